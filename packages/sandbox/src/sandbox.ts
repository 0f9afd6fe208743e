// `startSandbox()`: Banno's three hosts on 127.0.0.1 — the institution's (Consumer provider and
// API), banno.com's (Admin provider and API) and Jack Henry Identity's with Entity Management —
// backed by one seeded world.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { durationOption } from '@dtk/core';
import {
  type CodeClient,
  clientMetadata,
  defaultClientOptions,
  defaultClients,
  type SandboxClientOptions,
  type SandboxClients,
} from './clients.js';
import { createHostListener } from './http/host.js';
import { type LoopbackListener, listenOnLoopback } from './http/loopback.js';
import { type ActiveFault, FaultInjector, type FaultRule } from './mock/faults.js';
import type { OperationHandler } from './mock/handler-types.js';
import { type MockApi, mock, type ResponseProblem } from './mock/mock-api.js';
import type { VerifiedToken } from './mock/security.js';
import { ADMIN_ISSUER_PATH, BANNO_OFFLINE_ACCESS_SCOPE, CONSUMER_ISSUER_PATH } from './provider/banno.js';
import {
  createOpenIdProvider,
  type LoginCredentials,
  type OpenIdProvider,
  type OpenIdProviderOptions,
} from './provider/openid-provider.js';
import { HOSTS, type HostName, providerScopes, resolveServedApi, type ServedApi, schemeIssuers } from './served-api.js';
import { servedApis } from './served-apis.js';
import { machineTokens, type SandboxTokens, userTokens } from './tokens.js';
import { adminBehaviour } from './world/admin-behaviour.js';
import { AggregationTasks } from './world/aggregation.js';
import { consumerBehaviour } from './world/consumer-behaviour.js';
import { entityBehaviour, seedEntities } from './world/entity-behaviour.js';
import { adminAccounts, consumerAccounts } from './world/identities.js';
import { SeededRandom } from './world/random.js';
import { buildWorld, type World } from './world/world.js';

export interface SandboxOptions {
  /** Port of each host on 127.0.0.1. Default 0: an ephemeral port each (what tests want). */
  ports?: Partial<Record<HostName, number>>;
  /** Seed of the world: the same seed gives the same users, accounts, transactions and ids. Default `banno-sandbox`. */
  seed?: number | string;
  /** How many consumer users. Default 3 (the second one a business). */
  users?: number;
  /** Password of every seeded user; default a fresh random one per start (see `users`). */
  password?: string;
  /** Clients to register besides the default ones (e.g. a CLI's loopback redirect URI, a web app's callback). */
  clients?: SandboxClientOptions[];
  /** Redirect URIs added to the default Consumer clients (`sandbox-web-app`, `sandbox-public-app`). */
  redirectUris?: string[];
  /** Fault rules in force from the start; change them later with `faults`. */
  faults?: FaultRule[];
  /** Aggregation tasks: time from `TaskStarted` to `TaskEnded` (default 2 500 ms) and the longest long-poll hold (default 7 000 ms, Banno's). */
  aggregation?: { durationMs?: number; longPollMs?: number };
  /** Lifetime of access tokens in seconds. Default 600, like Banno. */
  accessTokenTtlSeconds?: number;
  /** The instant the seeded history runs up to. Default `2026-03-31T12:00:00Z`. */
  dataDate?: string | Date;
  /** The APIs to serve. Default every API of the registry (`servedApis`). */
  apis?: readonly ServedApi[];
}

/** One host: its origin and OpenID provider. */
export interface SandboxHostInfo {
  /** e.g. `http://127.0.0.1:40123` */
  origin: string;
  issuer: string;
  discoveryUrl: string;
  tokenUrl: string;
  /** The provider, to sign in headlessly, count grants or revoke tokens. */
  provider: OpenIdProvider;
}

export interface SandboxUserInfo {
  /** The `sub` of the user's tokens and the `userId` of Consumer API paths. */
  userId: string;
  username: string;
  password: string;
  name: string;
  email: string;
  userType: 'Individual' | 'Company';
  accounts: Array<{ id: string; name: string; accountType: string }>;
}

export interface Sandbox {
  consumer: SandboxHostInfo & {
    /** The Consumer API base URL, e.g. `http://127.0.0.1:40123/a/consumer/api/v0`. */
    baseUrl: string;
    /** Signs in headlessly (default the first user) and returns the redirect to the client, with `code`, `state`, `iss`. */
    login(authorizationUrl: string | URL, credentials?: Partial<LoginCredentials>): Promise<URL>;
  };
  /** The Admin API base URL is the origin (its paths are absolute, under `/a/...`). */
  admin: SandboxHostInfo & {
    baseUrl: string;
    login(authorizationUrl: string | URL, credentials?: Partial<LoginCredentials>): Promise<URL>;
  };
  entityManagement: SandboxHostInfo & { baseUrl: string };
  /** Every served API by name: its base URL and mock. */
  apis: Record<string, { baseUrl: string; mock: MockApi }>;
  clients: SandboxClients;
  users: SandboxUserInfo[];
  /** Back-office staff who sign in at the Admin provider (the command-line flow). */
  admins: Array<{ userId: string; username: string; password: string }>;
  institution: { id: string; name: string; routingNumber: string; universalId: string };
  /**
   * Tokens for a test in one call, obtained from the providers as a client would: a user's (sign-in with
   * PKCE through `sandbox-web-app`, default the first user and every Consumer scope, offline access
   * included) or a machine client's (client credentials, default every scope the client may have).
   */
  tokens: {
    consumer(options?: { scope?: string | readonly string[]; username?: string }): Promise<SandboxTokens>;
    admin(options?: { scope?: string | readonly string[] }): Promise<SandboxTokens>;
    entityManagement(options?: { scope?: string | readonly string[] }): Promise<SandboxTokens>;
  };
  /** Fault rules, changed while running. */
  faults: { add(rule: FaultRule): string; remove(id: string): boolean; clear(): void; list(): ActiveFault[] };
  /** Answers that did not validate against the description (should stay empty). */
  responseProblems(): Array<ResponseProblem & { api: string }>;
  /** Stateful behaviour written for operations the descriptions no longer have (`api: operationId`); should be empty. */
  unusedBehaviours: string[];
  /** Stops every server and timer (calling it again waits for the same stop). */
  stop(): Promise<void>;
}

const ISSUER_PATHS: Record<HostName, string> = {
  consumer: CONSUMER_ISSUER_PATH,
  admin: ADMIN_ISSUER_PATH,
  entityManagement: ADMIN_ISSUER_PATH,
};
const PROVIDER_NAMES: Record<HostName, string> = {
  consumer: 'Sandbox Bank',
  admin: 'Sandbox Bank Back Office',
  entityManagement: 'Sandbox Identity',
};

function userInfo(world: World): SandboxUserInfo[] {
  return world.users.map((user) => ({
    userId: user.userId,
    username: user.username,
    password: user.password,
    name: `${user.firstName} ${user.lastName}`,
    email: user.email,
    userType: user.userType,
    accounts: world.accounts
      .filter((account) => account.ownerId === user.userId)
      .map((account) => ({ id: account.id, name: account.name, accountType: account.accountType })),
  }));
}

async function listenAll(
  ports: SandboxOptions['ports'],
  servers: Record<HostName, ReturnType<typeof createServer>>,
): Promise<Record<HostName, LoopbackListener>> {
  const results = await Promise.allSettled(HOSTS.map((host) => listenOnLoopback(servers[host], ports?.[host] ?? 0)));
  const failed = results.findIndex((result) => result.status === 'rejected');
  if (failed >= 0) {
    await Promise.all(results.map((result) => (result.status === 'fulfilled' ? result.value.close() : undefined)));
    const host = HOSTS[failed] as HostName;
    const error = (results[failed] as PromiseRejectedResult).reason as NodeJS.ErrnoException;
    const port = ports?.[host] ?? 0;
    throw new Error(
      error.code === 'EADDRINUSE'
        ? `port ${port} (${host}) is in use on 127.0.0.1; choose other ports`
        : `cannot listen for ${host} on 127.0.0.1:${port}: ${error.message}`,
      { cause: error },
    );
  }
  return Object.fromEntries(
    HOSTS.map((host, index) => [host, (results[index] as PromiseFulfilledResult<LoopbackListener>).value]),
  ) as Record<HostName, LoopbackListener>;
}

function checkPositive(name: string, value: number | undefined, fallback: number): number {
  return value === undefined ? fallback : durationOption(name, value);
}

/**
 * Starts the sandbox. Every server listens on 127.0.0.1 and is unref'd (a forgotten sandbox does not
 * keep a test process alive); `stop()` closes them. Keys, client secrets and user passwords are made
 * at each start unless given.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const dataDate = new Date(options.dataDate ?? '2026-03-31T12:00:00Z');
  if (Number.isNaN(dataDate.getTime()))
    throw new TypeError(`dataDate must be an ISO date, got ${String(options.dataDate)}`);
  const seed = options.seed ?? 'banno-sandbox';
  const world = buildWorld({ seed, users: options.users, password: options.password, dataDate });
  const apis = (options.apis ?? servedApis).map(resolveServedApi);
  const stopping = new AbortController();
  const ids = new SeededRandom(`${String(seed)}:ids`);
  const aggregation = new AggregationTasks({
    durationMs: checkPositive('aggregation.durationMs', options.aggregation?.durationMs, 2500),
    longPollMs: checkPositive('aggregation.longPollMs', options.aggregation?.longPollMs, 7000),
    now: () => new Date(),
  });
  const faults = new FaultInjector(options.faults);

  // The issuers need the ports, so the servers listen before the providers exist.
  const listeners: Record<HostName, (req: IncomingMessage, res: ServerResponse) => void> = {
    consumer: (_req, res) => res.writeHead(503).end(),
    admin: (_req, res) => res.writeHead(503).end(),
    entityManagement: (_req, res) => res.writeHead(503).end(),
  };
  const servers = Object.fromEntries(
    HOSTS.map((host) => [host, createServer((req, res) => listeners[host](req, res))]),
  ) as Record<HostName, ReturnType<typeof createServer>>;
  const origins = await listenAll(options.ports, servers);
  const closeAll = () => Promise.all(HOSTS.map((host) => origins[host].close())).then(() => undefined);
  let stopped: Promise<void> | undefined;

  try {
    const providers = {} as Record<HostName, OpenIdProvider>;
    const verifyToken = async (value: string): Promise<VerifiedToken | undefined> => {
      for (const host of HOSTS) {
        const found = await providers[host].introspect(value);
        if (found.active)
          return {
            issuer: host,
            sub: found.token.sub,
            clientId: found.token.client_id,
            scopes: new Set(found.token.scope.split(' ').filter(Boolean)),
            user: found.user,
          };
      }
      return undefined;
    };
    const recordPersonEvent = (personId: string, change: string) => {
      world.personEvents.unshift({
        id: ids.uuid(),
        timestamp: new Date().toISOString(),
        application: 'Banno Online',
        change,
        personId,
      });
    };
    const mocks = new Map<string, MockApi>();
    for (const api of apis) {
      const created = mock({
        description: api.description,
        maps: api.maps,
        name: api.name,
        verifyToken,
        schemeIssuers: (scheme) => schemeIssuers(api, scheme),
        userTokenSchemes: (scheme) => api.userTokenSchemes.includes(scheme),
        ...(api.errorSchema && { errorSchema: api.errorSchema }),
        newId: () => ids.uuid(),
        signal: stopping.signal,
      });
      mocks.set(api.name, created);
    }
    const behaviours: Record<string, () => Record<string, OperationHandler>> = {
      'consumer-api': () => {
        const api = mocks.get('consumer-api') as MockApi;
        return consumerBehaviour({
          world,
          document: api.description,
          operations: api.operations,
          aggregation,
          recordPersonEvent,
        });
      },
      'admin-api': () =>
        adminBehaviour({
          world,
          operations: mocks.get('admin-api')?.operations ?? [],
          registerConsumerClient: (metadata) => providers.consumer.registerClient(metadata),
          removeConsumerClient: (clientId) => void providers.consumer.removeClient(clientId),
        }),
      'entity-management': () => {
        const api = mocks.get('entity-management') as MockApi;
        seedEntities(api.description, api.collections, world, seed);
        return entityBehaviour(api.description, api.collections);
      },
    };
    // Behaviour keyed by operationId outlives a renamed operation: it is reported, not fatal.
    const unusedBehaviours = apis.flatMap((api) =>
      (mocks.get(api.name) as MockApi).use(behaviours[api.name]?.() ?? {}).map((key) => `${api.name}: ${key}`),
    );

    const { scopes, userOnly, descriptions } = providerScopes(apis, mocks);
    const clients = await defaultClients(scopes, options.redirectUris ?? []);
    const registrations = [...defaultClientOptions(clients), ...(options.clients ?? [])];
    const ttl = options.accessTokenTtlSeconds;
    const providerOptions = (host: HostName): OpenIdProviderOptions => ({
      issuerPath: ISSUER_PATHS[host],
      clients: registrations.filter((client) => client.provider === host).map(clientMetadata),
      scopes: scopes[host],
      userOnlyScopes: userOnly[host],
      scopeDescriptions: descriptions,
      name: PROVIDER_NAMES[host],
      ...(ttl !== undefined && { accessTokenTtlSeconds: ttl }),
      ...(host === 'consumer' && {
        accounts: consumerAccounts(world),
        idTokenSigningAlgs: ['ES256', 'PS256', 'RS256'],
        defaultLogin: { username: world.users[0]?.username ?? '', password: world.users[0]?.password ?? '' },
        loginHint: `Test users: ${world.users.map((user) => user.username).join(', ')} (the password is printed when the sandbox starts).`,
      }),
      ...(host === 'admin' && {
        accounts: adminAccounts(world),
        idTokenSigningAlgs: ['ES256'],
        defaultLogin: { username: world.admins[0]?.username ?? '', password: world.admins[0]?.password ?? '' },
        loginHint: `Staff user: ${world.admins.map((admin) => admin.username).join(', ')}.`,
      }),
      ...(host === 'entityManagement' && { idTokenSigningAlgs: ['ES256'] }),
    });
    const created = await Promise.all(
      HOSTS.map((host) => createOpenIdProvider(origins[host].url, providerOptions(host))),
    );
    HOSTS.forEach((host, index) => {
      providers[host] = created[index] as OpenIdProvider;
    });

    const baseUrls = new Map(
      apis.map((api) => [
        api.name,
        `${origins[api.host].url}${(mocks.get(api.name) as MockApi).operations[0]?.serverPath ?? ''}`,
      ]),
    );
    const index = () => ({
      name: 'Banno Digital Toolkit sandbox',
      hosts: Object.fromEntries(
        HOSTS.map((host) => [host, { origin: origins[host].url, issuer: providers[host].issuer }]),
      ),
      apis: Object.fromEntries(
        apis.map((api) => [
          api.name,
          { baseUrl: baseUrls.get(api.name), operations: (mocks.get(api.name) as MockApi).operations.length },
        ]),
      ),
      faults: '/__sandbox/faults',
    });
    for (const host of HOSTS) {
      listeners[host] = createHostListener({
        provider: providers[host],
        mocks: apis.filter((api) => api.host === host).map((api) => mocks.get(api.name) as MockApi),
        faults,
        index,
        ownOrigins: HOSTS.map((each) => origins[each].url),
        signal: stopping.signal,
      });
    }

    const hostInfo = (host: HostName): SandboxHostInfo => ({
      origin: origins[host].url,
      issuer: providers[host].issuer,
      discoveryUrl: providers[host].discoveryUrl,
      tokenUrl: providers[host].tokenEndpoint,
      provider: providers[host],
    });
    return {
      consumer: {
        ...hostInfo('consumer'),
        baseUrl: baseUrls.get('consumer-api') ?? `${origins.consumer.url}/a/consumer/api/v0`,
        login: (url, credentials) => providers.consumer.login(url, credentials),
      },
      admin: {
        ...hostInfo('admin'),
        baseUrl: origins.admin.url,
        login: (url, credentials) => providers.admin.login(url, credentials),
      },
      entityManagement: { ...hostInfo('entityManagement'), baseUrl: origins.entityManagement.url },
      apis: Object.fromEntries(
        apis.map((api) => [api.name, { baseUrl: baseUrls.get(api.name) ?? '', mock: mocks.get(api.name) as MockApi }]),
      ),
      clients,
      users: userInfo(world),
      admins: world.admins.map(({ userId, username, password }) => ({ userId, username, password })),
      institution: { ...world.institution },
      tokens: {
        consumer: ({ scope, username } = {}) => {
          const user =
            username === undefined ? world.users[0] : world.users.find((candidate) => candidate.username === username);
          if (!user)
            return Promise.reject(
              new TypeError(
                `no sandbox user "${String(username)}"; the users are ${world.users.map((candidate) => candidate.username).join(', ')}`,
              ),
            );
          return userTokens(
            providers.consumer,
            clients.consumerWebApp,
            scope ?? ['openid', 'profile', 'email', BANNO_OFFLINE_ACCESS_SCOPE, ...scopes.consumer],
            { username: user.username, password: user.password },
          );
        },
        admin: ({ scope } = {}) =>
          machineTokens(providers.admin, clients.adminJob, scope ?? ['openid', ...clients.adminJob.scopes]),
        entityManagement: ({ scope } = {}) =>
          machineTokens(
            providers.entityManagement,
            clients.entityManagementJob,
            scope ?? ['openid', ...clients.entityManagementJob.scopes],
          ),
      },
      faults: {
        add: (rule) => faults.add(rule),
        remove: (id) => faults.remove(id),
        clear: () => faults.clear(),
        list: () => faults.list(),
      },
      unusedBehaviours,
      responseProblems: () =>
        [...mocks].flatMap(([api, created]) => created.responseProblems().map((problem) => ({ api, ...problem }))),
      stop() {
        if (!stopped) {
          stopping.abort(new Error('the sandbox stopped'));
          aggregation.stop();
          stopped = closeAll();
        }
        return stopped;
      },
    };
  } catch (error) {
    stopping.abort();
    aggregation.stop();
    await closeAll();
    throw error;
  }
}

export type { CodeClient, SandboxClients };
