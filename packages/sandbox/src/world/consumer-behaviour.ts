// The Consumer API's state: a signed-in user sees only their own data (userId = the token's sub);
// profile writes, account renames and aggregation change what later reads return; transactions page
// with offset/limit and filter by since/until/updatedSince.
import {
  type OpenApiDocument,
  type OperationDescriptor,
  preferredMedia,
  successResponse,
} from '../mock/description.js';
import type { MockRequest, MockResult, MockTools, OperationHandler } from '../mock/handler-types.js';
import { listShape, propertiesOf } from '../mock/schema-shapes.js';
import type { AggregationTasks, PlannedEvent } from './aggregation.js';
import { formatCents, type World, type WorldAccount, type WorldTransaction, type WorldUser } from './world.js';

type Lookup<T> = { found: T } | { result: MockResult };

/** The user named by the path, when the caller may act for them: their own token, or a machine token the operation allows. */
export function userOf(world: World, request: MockRequest, tools: MockTools): Lookup<WorldUser> {
  const userId = String(request.params.path.userId);
  const user = world.users.find((candidate) => candidate.userId === userId);
  if (!user) return { result: tools.error(404, `user ${userId} not found`) };
  if (request.token?.user && request.token.sub !== userId)
    return { result: tools.error(403, 'a user may only act on their own data (userId must be the sub of the token)') };
  return { found: user };
}

function accountOf(world: World, user: WorldUser, request: MockRequest, tools: MockTools): Lookup<WorldAccount> {
  const accountId = String(request.params.path.accountId);
  const account = world.accounts.find((candidate) => candidate.id === accountId && candidate.ownerId === user.userId);
  return account ? { found: account } : { result: tools.error(404, `account ${accountId} not found`) };
}

export function userView(world: World, user: WorldUser) {
  return {
    userId: user.userId,
    id: user.userId,
    email: user.email,
    userType: user.userType,
    firstName: user.firstName,
    middleName: user.middleName,
    lastName: user.lastName,
    preferredName: user.preferredName,
    businessName: user.businessName,
    institutionId: world.institution.id,
    username: user.username,
    phoneNumber: user.phoneNumber,
    address: user.address,
    userVerified: user.userVerified,
    userAddedDateTime: user.userAddedDateTime,
  };
}

function accountView(world: World, account: WorldAccount) {
  return {
    id: account.id,
    name: account.name,
    balance: formatCents(account.balanceCents),
    availableBalance: formatCents(account.availableBalanceCents),
    accountType: account.accountType,
    accountSubType: account.accountSubType,
    routingNumber: account.routingNumber,
    institution: { id: world.institution.id },
    hidden: account.hidden,
    contributesToAggregateTotals: !account.hidden,
    sortIndex: account.sortIndex,
    fetchedDate: account.fetchedDate,
  };
}

function transactionView(transaction: WorldTransaction) {
  return {
    id: transaction.id,
    accountId: transaction.accountId,
    amount: formatCents(transaction.amountCents),
    memo: transaction.memo,
    postedDate: transaction.postedDate,
    status: transaction.status,
    checkNumber: transaction.checkNumber,
    runningBalance: formatCents(transaction.runningBalanceCents),
    createdDate: transaction.postedDate,
    updatedDate: transaction.updatedDate,
  };
}

const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : Number.NaN);

function listTransactions(world: World, request: MockRequest, tools: MockTools): MockResult {
  const user = userOf(world, request, tools);
  if ('result' in user) return user.result;
  const account = accountOf(world, user.found, request, tools);
  if ('result' in account) return account.result;
  const { offset, limit, since, until, updatedSince } = request.params.query;
  if (since !== undefined && updatedSince !== undefined)
    return tools.error(400, 'since and updatedSince cannot be combined');
  const selected = account.found.transactions.filter((transaction) => {
    const posted = Date.parse(transaction.postedDate);
    return (
      (since === undefined || posted >= time(since)) &&
      (until === undefined || posted <= time(until)) &&
      (updatedSince === undefined || Date.parse(transaction.updatedDate) > time(updatedSince))
    );
  });
  const start = typeof offset === 'number' ? offset : 0;
  const page = selected.slice(start, typeof limit === 'number' ? start + limit : undefined);
  return tools.respond({ transactions: page.map(transactionView) });
}

/** Event types the description knows for task events (all, when it does not list them). */
function knownEventTypes(
  document: OpenApiDocument,
  operation: OperationDescriptor | undefined,
): Set<string> | undefined {
  const schema = operation ? preferredMedia(successResponse(operation)?.content ?? [])?.schema : undefined;
  const item = listShape(document, schema)?.item;
  const types = item ? propertiesOf(document, item).type?.enum : undefined;
  return Array.isArray(types) ? new Set(types.map(String)) : undefined;
}

function aggregationPlan(world: World, user: WorldUser, known: Set<string> | undefined): PlannedEvent[] {
  const balances = () => ({
    balances: world.accounts
      .filter((account) => account.ownerId === user.userId)
      .map((account) => ({
        accountId: account.id,
        balance: formatCents(account.balanceCents),
        availableBalance: formatCents(account.availableBalanceCents),
      })),
  });
  const plan: PlannedEvent[] = [
    { type: 'TaskStarted', at: 0 },
    { type: 'EnrichmentAccountBalancesStarted', at: 0.15 },
    { type: 'EnrichmentAccountBalancesFinished', at: 0.45, fields: balances },
    { type: 'EnrichmentTransactionsStarted', at: 0.55 },
    { type: 'EnrichmentTransactionsFinished', at: 0.85 },
    { type: 'TaskEnded', at: 1 },
  ];
  // A client needs TaskStarted and TaskEnded whatever the description lists; the rest follow it.
  return plan.filter(
    (event) => !known || known.has(event.type) || event.type === 'TaskStarted' || event.type === 'TaskEnded',
  );
}

export interface ConsumerBehaviourContext {
  world: World;
  document: OpenApiDocument;
  operations: readonly OperationDescriptor[];
  aggregation: AggregationTasks;
  recordPersonEvent: (personId: string, change: string) => void;
}

/** Handlers of the Consumer API, by operationId; every other user-scoped operation gets the ownership check. */
export function consumerBehaviour({
  world,
  document,
  operations,
  aggregation,
  recordPersonEvent,
}: ConsumerBehaviourContext): Record<string, OperationHandler> {
  const withUser =
    (
      act: (user: WorldUser, request: MockRequest, tools: MockTools) => MockResult | Promise<MockResult>,
    ): OperationHandler =>
    (request, tools) => {
      const user = userOf(world, request, tools);
      return 'result' in user ? user.result : act(user.found, request, tools);
    };
  const withAccount = (
    act: (account: WorldAccount, request: MockRequest, tools: MockTools) => MockResult,
  ): OperationHandler =>
    withUser((user, request, tools) => {
      const account = accountOf(world, user, request, tools);
      return 'result' in account ? account.result : act(account.found, request, tools);
    });
  const eventTypes = knownEventTypes(
    document,
    operations.find((operation) => operation.key === 'getTaskEvents'),
  );

  const handlers: Record<string, OperationHandler> = {
    getUser: withUser((user, _request, tools) => tools.respond(userView(world, user))),
    updateUser: withUser((user, request, tools) => {
      const { email } = request.body as { email?: string };
      if (email !== undefined && email !== user.email) {
        user.email = email;
        recordPersonEvent(user.userId, 'Email changed');
      }
      return tools.respond(undefined);
    }),
    patchUser: withUser((user, request, tools) => {
      const patch = request.body as { preferredName?: string | null };
      if ('preferredName' in patch) {
        user.preferredName = patch.preferredName ?? undefined;
        recordPersonEvent(user.userId, 'Preferred name changed');
      }
      return tools.respond(undefined);
    }),
    listAccounts: withUser((user, request, tools) => {
      const visibleOnly = request.params.query.active === true;
      const accounts = world.accounts.filter(
        (account) => account.ownerId === user.userId && (!visibleOnly || !account.hidden),
      );
      return tools.respond({ accounts: accounts.map((account) => accountView(world, account)) });
    }),
    getAccount: withAccount((account, _request, tools) => tools.respond(accountView(world, account))),
    getAccountNumber: withAccount((account, _request, tools) => tools.respond({ number: account.number })),
    renameAccount: withAccount((account, request, tools) => {
      account.name = String((request.body as { name: string }).name);
      return tools.respond(undefined);
    }),
    getAccountEntitlements: withUser((user, _request, tools) =>
      tools.respond({
        entitlements: world.accounts
          .filter((account) => account.ownerId === user.userId)
          .map((account) => ({
            accountId: account.id,
            canView: true,
            hideAccountDetails: false,
            canTransferFrom: account.accountType === 'Deposit',
            canTransferTo: true,
          })),
      }),
    ),
    listTransactions: (request, tools) => listTransactions(world, request, tools),
    startAggregation: withUser((user, _request, tools) => {
      const taskId = tools.newId();
      aggregation.start(taskId, user.userId, aggregationPlan(world, user, eventTypes), () => {
        const at = tools.now().toISOString();
        for (const account of world.accounts.filter((candidate) => candidate.ownerId === user.userId)) {
          account.fetchedDate = at;
          // Fetching settles what was pending: it shows up to an `updatedSince` sync.
          for (const transaction of account.transactions.filter((candidate) => candidate.status === 'Pending')) {
            transaction.status = 'Posted';
            transaction.updatedDate = at;
          }
        }
      });
      return tools.respond({ taskId });
    }),
    getTaskEvents: withUser(async (user, request, tools) => {
      const taskId = String(request.params.path.taskId);
      const task = aggregation.find(taskId, user.userId);
      if (!task) return tools.error(404, `task ${taskId} not found`);
      const raw = request.params.query.sinceVersion;
      if (raw === undefined) return tools.respond({ version: task.version, events: task.events });
      const since = Number(raw);
      if (!Number.isFinite(since)) return tools.error(400, 'sinceVersion must be a number');
      if (since > task.version) return tools.error(400, 'sinceVersion is greater than the current version');
      await aggregation.waitForNewer(taskId, since, request.signal);
      const now = aggregation.find(taskId, user.userId) ?? task;
      return tools.respond({ version: now.version, events: now.events.filter((event) => event.version > since) });
    }),
    getUserInstitution: withUser((_user, request, tools) => {
      if (request.params.path.institutionId !== world.institution.id) return tools.error(404, 'institution not found');
      return tools.respond({ ...objectBody(tools.generic()), id: world.institution.id, name: world.institution.name });
    }),
    getAlertInbox: withUser((user, _request, tools) => {
      const generic = objectBody(tools.generic());
      const sent = user.inbox.map((entry) => ({
        id: entry.id,
        alertType: 'generic',
        title: entry.title,
        message: entry.message,
        createdAt: entry.createdAt,
        read: false,
      }));
      return tools.respond({ ...generic, alerts: [...sent, ...(Array.isArray(generic.alerts) ? generic.alerts : [])] });
    }),
    getUserAbilities: (request, tools) => {
      if (request.params.path.institutionId !== world.institution.id) return tools.error(404, 'institution not found');
      const user = userOf(world, request, tools);
      return 'result' in user ? user.result : tools.generic();
    },
  };
  // Every other operation about a user checks that the caller may see that user, then answers generically.
  for (const operation of operations) {
    if (
      handlers[operation.key] ||
      !operation.parameters.some((parameter) => parameter.in === 'path' && parameter.name === 'userId')
    )
      continue;
    handlers[operation.key] = withUser((_user, _request, tools) => tools.generic());
  }
  return handlers;
}

function objectBody(result: MockResult): Record<string, unknown> {
  return typeof result.body === 'object' && result.body !== null && !Array.isArray(result.body)
    ? (result.body as Record<string, unknown>)
    : {};
}
