import type { ApiMaps, JsonObject, OpenApiDocument } from './mock/description.js';
import type { MockApi } from './mock/mock-api.js';

/** The sandbox's three origins, each with its OpenID provider (Banno's hosts). */
export type HostName = 'consumer' | 'admin' | 'entityManagement';

export const HOSTS: readonly HostName[] = ['consumer', 'admin', 'entityManagement'];

/** One API the sandbox serves. */
export interface ServedApi {
  /** The registry name, e.g. `consumer-api` (fault rules and `apis` use it). */
  name: string;
  /** The bundled description (`@dtk/<name>-types/openapi.json`). */
  description: unknown;
  /** The generated maps (`import * as maps from '@dtk/<name>-types'`). */
  maps?: unknown;
  /**
   * The origin that serves it: `consumer` (the institution's host, with the Consumer provider),
   * `admin` (banno.com, with the Admin provider) or `entityManagement` (with Jack Henry Identity's
   * token endpoint). Paths of APIs on one host must not collide. Default `consumer`.
   */
  host?: HostName;
  /**
   * The providers whose tokens each security scheme of the description accepts. A scheme not listed
   * accepts tokens of the host's provider.
   */
  tokenIssuers?: Readonly<Record<string, readonly HostName[]>>;
  /**
   * The security schemes that take only a token issued to a signed-in user: a client-credentials token gets 401
   * `invalid_token` there, and the schemes' scopes are never granted through client credentials.
   */
  userTokenSchemes?: readonly string[];
  /** The component schema of the API's usual error body; default the one most operations declare. */
  errorSchema?: string;
}

/** A served API with its description and maps typed. */
export interface ResolvedServedApi {
  name: string;
  description: OpenApiDocument;
  maps: ApiMaps;
  host: HostName;
  tokenIssuers: Readonly<Record<string, readonly HostName[]>>;
  userTokenSchemes: readonly string[];
  errorSchema: string | undefined;
}

export function resolveServedApi(api: ServedApi): ResolvedServedApi {
  const description = api.description as OpenApiDocument;
  if (
    typeof description !== 'object' ||
    description === null ||
    typeof description.openapi !== 'string' ||
    typeof description.paths !== 'object'
  ) {
    throw new TypeError(`served API "${api.name}": description is not an OpenAPI document`);
  }
  return {
    name: api.name,
    description,
    maps: (api.maps ?? {}) as ApiMaps,
    host: api.host ?? 'consumer',
    tokenIssuers: api.tokenIssuers ?? {},
    userTokenSchemes: api.userTokenSchemes ?? [],
    errorSchema: api.errorSchema,
  };
}

function schemeType(
  api: ResolvedServedApi,
  scheme: string,
): { type?: string; scheme?: string; flows?: Record<string, { scopes?: Record<string, string> }> } {
  const schemes = (api.description.components?.securitySchemes ?? {}) as Record<string, JsonObject>;
  return (schemes[scheme] ?? {}) as never;
}

/** The providers whose tokens a scheme of an API accepts; none for schemes that take no bearer token. */
export function schemeIssuers(api: ResolvedServedApi, scheme: string): readonly HostName[] | undefined {
  const declared = schemeType(api, scheme);
  const bearer =
    declared.type === 'oauth2' ||
    declared.type === 'openIdConnect' ||
    (declared.type === 'http' && declared.scheme?.toLowerCase() === 'bearer');
  if (!bearer) return undefined;
  return api.tokenIssuers[scheme] ?? [api.host];
}

/**
 * Every scope each provider must know (from the requirements of the APIs), with the descriptions the APIs give, and
 * the scopes only user-token schemes name (`userOnly`), which a provider must not grant through client credentials.
 */
export function providerScopes(apis: readonly ResolvedServedApi[], mocks: ReadonlyMap<string, MockApi>) {
  const perHost = () => ({
    consumer: new Set<string>(),
    admin: new Set<string>(),
    entityManagement: new Set<string>(),
  });
  const scopes: Record<HostName, Set<string>> = perHost();
  const userScopes: Record<HostName, Set<string>> = perHost();
  const machineScopes: Record<HostName, Set<string>> = perHost();
  const descriptions: Record<string, string> = {};
  const add = (api: ResolvedServedApi, scheme: string, name: string) => {
    const kind = api.userTokenSchemes.includes(scheme) ? userScopes : machineScopes;
    for (const host of schemeIssuers(api, scheme) ?? []) {
      scopes[host].add(name);
      kind[host].add(name);
    }
  };
  for (const api of apis) {
    for (const operation of mocks.get(api.name)?.operations ?? []) {
      for (const requirement of operation.security) {
        for (const [scheme, names] of Object.entries(requirement)) for (const name of names) add(api, scheme, name);
      }
    }
    for (const scheme of Object.keys(api.description.components?.securitySchemes ?? {})) {
      for (const flow of Object.values(schemeType(api, scheme).flows ?? {})) {
        for (const [name, text] of Object.entries(flow.scopes ?? {})) {
          descriptions[name] = text;
          add(api, scheme, name);
        }
      }
    }
  }
  const sorted = (pick: (host: HostName) => string[]) =>
    Object.fromEntries(HOSTS.map((host) => [host, pick(host).sort()])) as Record<HostName, string[]>;
  return {
    scopes: sorted((host) => [...scopes[host]]),
    userOnly: sorted((host) => [...userScopes[host]].filter((name) => !machineScopes[host].has(name))),
    descriptions,
  };
}
