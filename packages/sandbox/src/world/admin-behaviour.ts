// The Admin API's state: the institution's users found by search and detailed, their history, push
// alerts that land in the user's Consumer API inbox, and partner clients that become real clients of
// the Consumer provider (create one, then sign in with it).
import { randomBytes } from 'node:crypto';
import type { ClientMetadata } from 'oidc-provider';
import { fillTemplate } from '../mock/collections.js';
import type { OperationDescriptor } from '../mock/description.js';
import type { MockRequest, MockResult, MockTools, OperationHandler } from '../mock/handler-types.js';
import type { HistoryEvent, World, WorldUser } from './world.js';

/** Banno's rule: HTTPS, except `localhost`, hosts ending in `.local`, and private IPv4 addresses. */
export function isAllowedRedirectUri(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  if (url.hash) return false;
  if (url.protocol === 'https:') return true;
  if (url.protocol !== 'http:') return false;
  const host = url.hostname;
  if (host === 'localhost' || host.endsWith('.local')) return true;
  const octets = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(host)?.slice(1).map(Number);
  if (!octets) return false;
  const [a = -1, b = -1] = octets;
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

function adminUserView(world: World, user: WorldUser) {
  return {
    userId: user.userId,
    userActive: true,
    primaryInstitutionUsername: user.username,
    primaryInstitutionId: world.institution.id,
    firstName: user.firstName,
    middleInitial: user.middleName.charAt(0),
    lastName: user.lastName,
    userAdded: user.userAddedDateTime,
    userModified: user.userAddedDateTime,
    email: user.email,
    userVerified: user.userVerified,
    businessName: user.businessName ?? null,
    userType: user.userType === 'Company' ? 'Business' : 'Individual',
  };
}

function userDetailsView(world: World, user: WorldUser) {
  const [zip = '', zipPlusFour = '0000'] = user.address.zip.split('-');
  return {
    ...adminUserView(world, user),
    businessName: user.businessName ?? '',
    abilities: {},
    userImage: '',
    address: {
      addressLineOne: user.address.streetAddress,
      addressLineTwo: '',
      city: user.address.city,
      state: user.address.state,
      zip,
      zipPlusFour,
    },
  };
}

const sameText = (a: unknown, b: string | undefined) =>
  a === undefined || (typeof a === 'string' && a.toLowerCase() === (b ?? '').toLowerCase());

function historyPage(
  events: readonly HistoryEvent[],
  query: Record<string, unknown>,
  idField: 'userId' | 'personId',
  idParameter: string,
): HistoryEvent[] {
  const from = typeof query.From === 'string' ? Date.parse(query.From) : -Infinity;
  const to = typeof query.To === 'string' ? Date.parse(query.To) : Infinity;
  const selected = events.filter((event) => {
    const at = Date.parse(event.timestamp);
    return (
      at >= from &&
      at <= to &&
      sameText(query.Application, event.application) &&
      sameText(query.Change, event.change) &&
      (query[idParameter] === undefined || query[idParameter] === event[idField])
    );
  });
  const offset = typeof query.Offset === 'number' ? query.Offset : 0;
  const count = typeof query.Count === 'number' ? query.Count : 50;
  return selected.slice(offset, offset + count);
}

export interface AdminBehaviourContext {
  world: World;
  operations: readonly OperationDescriptor[];
  /** Registers (or replaces) a client of the Consumer provider. */
  registerConsumerClient: (metadata: ClientMetadata) => Promise<void>;
  removeConsumerClient: (clientId: string) => void;
}

/** Handlers of the Admin API, by operationId; every operation about an institution checks it is the sandbox's. */
export function adminBehaviour({
  world,
  operations,
  registerConsumerClient,
  removeConsumerClient,
}: AdminBehaviourContext): Record<string, OperationHandler> {
  const secrets = new Map<string, string>();
  const person = (request: MockRequest, tools: MockTools): { found: WorldUser } | { result: MockResult } => {
    const user = world.users.find((candidate) => candidate.userId === request.params.path.userId);
    return user
      ? { found: user }
      : { result: tools.error(404, `user ${String(request.params.path.userId)} not found`) };
  };
  const withPerson =
    (act: (user: WorldUser, request: MockRequest, tools: MockTools) => MockResult): OperationHandler =>
    (request, tools) => {
      const user = person(request, tools);
      return 'result' in user ? user.result : act(user.found, request, tools);
    };

  const partnerClientMetadata = (clientId: string, details: Record<string, unknown>): ClientMetadata => ({
    client_id: clientId,
    client_secret: secrets.get(clientId) ?? '',
    client_name: typeof details.name === 'string' ? details.name : clientId,
    redirect_uris: Array.isArray(details.redirectUris) ? details.redirectUris.map(String) : [],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_basic',
  });
  const refusedRedirects = (body: unknown) => {
    const uris = (body as { redirectUris?: unknown }).redirectUris;
    return Array.isArray(uris) ? uris.map(String).filter((uri) => !isAllowedRedirectUri(uri)) : [];
  };

  const handlers: Record<string, OperationHandler> = {
    searchConsumerUsers: (request, tools) => {
      const { query, limit, offset } = request.params.query;
      const needle = typeof query === 'string' ? query.toLowerCase() : '';
      const matches = world.users.filter((user) =>
        [user.firstName, user.lastName, user.username, user.email, user.businessName ?? ''].some((field) =>
          field.toLowerCase().includes(needle),
        ),
      );
      const start = typeof offset === 'number' ? offset : 0;
      const page = matches.slice(start, typeof limit === 'number' ? start + limit : undefined);
      return tools.respond({ users: page.map((user) => adminUserView(world, user)), totalCount: matches.length });
    },
    getUserDetails: withPerson((user, _request, tools) => tools.respond(userDetailsView(world, user))),
    getPersonEvents: (request, tools) =>
      tools.respond(historyPage(world.personEvents, request.params.query, 'personId', 'PersonId')),
    getUserEvents: (request, tools) =>
      tools.respond(historyPage(world.userEvents, request.params.query, 'userId', 'UserId')),
    sendGenericAlert: withPerson((user, request, tools) => {
      const { title, message } = request.body as { title: string; message: string };
      const alertId = tools.newId();
      user.inbox.unshift({ id: alertId, title, message, createdAt: tools.now().toISOString() });
      return tools.respond({ alertId });
    }),
    createPartnerClient: async (request, tools) => {
      const refused = refusedRedirects(request.body);
      if (refused.length > 0)
        return tools.error(
          400,
          `redirect URIs must use https (http only for localhost, *.local and private IPv4): ${refused.join(', ')}`,
        );
      const found = tools.collections.roleOf(request.operation.key);
      const listPath = found && fillTemplate(found.model.listTemplate, request.params.path);
      const clientId = tools.newId();
      const clientSecret = randomBytes(32).toString('base64url');
      const details = { ...(request.body as Record<string, unknown>), clientId };
      secrets.set(clientId, clientSecret);
      await registerConsumerClient(partnerClientMetadata(clientId, details));
      if (found && listPath) tools.collections.put(found.model, listPath, details);
      return tools.respond({ client: { clientId, clientSecret } });
    },
    updatePartnerClient: async (request, tools) => {
      const refused = refusedRedirects(request.body);
      if (refused.length > 0)
        return tools.error(
          400,
          `redirect URIs must use https (http only for localhost, *.local and private IPv4): ${refused.join(', ')}`,
        );
      const result = tools.generic();
      const clientId = String(request.params.path.clientId);
      if (result.status < 300 && secrets.has(clientId)) {
        const found = tools.collections.roleOf(request.operation.key);
        const listPath = found && fillTemplate(found.model.listTemplate, request.params.path);
        const details = listPath ? tools.collections.get(listPath, clientId) : undefined;
        if (details) await registerConsumerClient(partnerClientMetadata(clientId, details));
      }
      return result;
    },
    deletePartnerClient: (request, tools) => {
      const result = tools.generic();
      const clientId = String(request.params.path.clientId);
      if (result.status < 300 && secrets.delete(clientId)) removeConsumerClient(clientId);
      return result;
    },
  };

  // Every operation under /institutions/{institutionId} is about the sandbox's one institution.
  for (const operation of operations) {
    if (!operation.parameters.some((parameter) => parameter.in === 'path' && parameter.name === 'institutionId'))
      continue;
    const inner = handlers[operation.key];
    handlers[operation.key] = (request, tools) =>
      request.params.path.institutionId === world.institution.id
        ? inner
          ? inner(request, tools)
          : tools.generic()
        : tools.error(404, `institution ${String(request.params.path.institutionId)} not found`);
  }
  return handlers;
}
