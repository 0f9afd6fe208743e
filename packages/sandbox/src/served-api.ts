import type { ApiMaps, OpenApiDocument } from './mock/description.js';

/** The sandbox's three origins, each with its OpenID provider (Banno's hosts). */
export type HostName = 'consumer' | 'admin' | 'entityManagement';

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
  errorSchema: string | undefined;
}

export function resolveServedApi(api: ServedApi): ResolvedServedApi {
  const description = api.description as OpenApiDocument;
  if (typeof description !== 'object' || description === null || typeof description.openapi !== 'string' || typeof description.paths !== 'object') {
    throw new TypeError(`served API "${api.name}": description is not an OpenAPI document`);
  }
  return {
    name: api.name,
    description,
    maps: (api.maps ?? {}) as ApiMaps,
    host: api.host ?? 'consumer',
    tokenIssuers: api.tokenIssuers ?? {},
    errorSchema: api.errorSchema,
  };
}
