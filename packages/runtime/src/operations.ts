// The generated maps of one API and what a call needs from them: its operation (found by method and path), the
// server it is served from, its security plan, its request media type, and the path parameters it may not take.
import { SERIALISED_BODY_TYPE } from './openapi-fetch-contract.js';
import {
  type CredentialConfig,
  type OperationSecurity,
  type SecurityPlan,
  type SecurityRequirement,
  type SecuritySchemes,
  securityPlan,
} from './security.js';

/** One operation's entry in the generated route map. */
export interface OperationRoute {
  readonly method: string;
  /** The OpenAPI path, as in the `paths` type. */
  readonly path: string;
  /** The request body's media type when the spec's is not `application/json`, e.g. `application/merge-patch+json`. */
  readonly requestContentType?: string;
  /** The operation's own server (as written in the description) when it is not the API's root server. */
  readonly server?: string;
}

/** Generated map: operationId → the method and OpenAPI path that call it. */
export type OperationRoutes = Readonly<Record<string, OperationRoute>>;

/** Generated map: operationId → every scope any of its requirements names (informational). */
export type OperationScopes = Readonly<Record<string, readonly string[]>>;

/** Generated description of the API: `servers` are its root server URLs as written. */
export interface ApiDescription {
  readonly title?: string;
  readonly version?: string;
  readonly openapi?: string;
  readonly sha256?: string;
  readonly servers?: readonly string[];
}

/** The generated maps of one API, as `createApiClient` takes them. Every map but `routes` is optional. */
export interface OperationMaps {
  readonly routes: OperationRoutes;
  /** Security requirements per operation (OpenAPI semantics); drives credentials and the scope check. */
  readonly security?: OperationSecurity;
  /** The schemes `security` names; without it every scheme is taken for a bearer-token scheme. */
  readonly securitySchemes?: SecuritySchemes;
  /**
   * Flat scope lists, each read as alternatives (any one scope suffices), for maps without `security`. When both are
   * given, `security` wins.
   */
  readonly scopes?: OperationScopes;
  /**
   * The API's root server URLs as written in the description (the generated `apiServers`): the base URL of an
   * operation with its own `servers` is rebased from them.
   */
  readonly servers?: readonly string[];
  /** @deprecated Pass `servers: apiServers`; only `apiDescription.servers` is read, when `servers` is absent. */
  readonly apiDescription?: ApiDescription;
}

/** A path template's parameter: `{id}`, `{.id}` (label style, prefixed with a dot). */
interface PathParameter {
  readonly name: string;
  readonly prefix: '' | '.';
}

/** What a call needs to know about its operation. */
export interface Operation {
  readonly operationId: string | undefined;
  readonly requestContentType: string | undefined;
  readonly pathParameters: readonly PathParameter[];
  /** The base URL of an operation with its own server, when it can be rebased from the client's. */
  readonly baseUrl: string | undefined;
  readonly security: SecurityPlan;
}

// What an operation without a map entry needs: the client's token, if it has one (and no scope check).
const TOKEN_ONLY: readonly SecurityRequirement[] = [{ '': [] }];
const MAX_UNMAPPED = 256;

function pathParameters(path: string): PathParameter[] {
  const found: PathParameter[] = [];
  for (const match of path.matchAll(/\{([^{}]{1,200})\}/g)) {
    let name = (match[1] as string).replace(/\*$/, '');
    const prefix = name.startsWith('.') ? '.' : '';
    if (name.startsWith('.') || name.startsWith(';')) name = name.slice(1);
    found.push({ name, prefix });
  }
  return found;
}

/** The path of a server URL as written: `https://{host}/a/consumer/api/v1` → `/a/consumer/api/v1`; `/v1` → `/v1`. */
function serverPath(server: string): string | undefined {
  const path =
    /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(server)?.[1] ?? (server.startsWith('/') ? server : undefined);
  if (path === undefined) return server.includes('://') ? '' : undefined;
  return path.replace(/\/+$/, '');
}

/**
 * The base URL for an operation served from its own server: when the client's `baseUrl` ends with a root server's
 * path, that path is replaced by the operation server's path (so a gateway prefix or an institution host is kept);
 * an absolute operation server without variables is used as it is. `undefined` when neither applies (the client's
 * `baseUrl` is used).
 */
function onPublishedHost(baseUrl: string, rootServers: readonly string[]): boolean {
  const origin = new URL(baseUrl).origin;
  return rootServers.some((root) => URL.canParse(root) && new URL(root).origin === origin);
}

export function rebasedBaseUrl(
  baseUrl: string,
  rootServers: readonly string[],
  operationServer: string,
): string | undefined {
  // An absolute server (Jack Henry's identity host beside banno.com) is used as it is only by a client that talks to
  // the published hosts; a client pointed elsewhere (a gateway, the sandbox) keeps its own origin and path prefix.
  if (
    /^https?:\/\//i.test(operationServer) &&
    !operationServer.includes('{') &&
    onPublishedHost(baseUrl, rootServers)
  ) {
    return operationServer.replace(/\/+$/, '');
  }
  const target = serverPath(operationServer);
  if (target === undefined || target.includes('{')) return undefined;
  const base = new URL(baseUrl);
  const basePath = base.pathname.replace(/\/+$/, '');
  for (const root of rootServers) {
    const rootPath = serverPath(root);
    if (rootPath === undefined || rootPath.includes('{') || !basePath.endsWith(rootPath)) continue;
    return `${base.origin}${basePath.slice(0, basePath.length - rootPath.length)}${target}`;
  }
  return undefined;
}

/** Finds the operation of a call from its method and OpenAPI path, compiled once per operation. */
export class OperationIndex {
  // method → path → operation: two lookups, no key string built per call.
  readonly #byRoute = new Map<string, Map<string, Operation>>();
  readonly #unmapped = new Map<string, Map<string, Operation>>();
  #unmappedCount = 0;
  readonly #credentials: CredentialConfig;

  constructor(maps: OperationMaps | undefined, baseUrl: string, credentials: CredentialConfig) {
    this.#credentials = credentials;
    const rootServers = maps?.servers ?? maps?.apiDescription?.servers ?? [];
    for (const [operationId, route] of Object.entries(maps?.routes ?? {})) {
      const requirements = maps?.security?.[operationId] ?? legacyRequirements(maps?.scopes?.[operationId]);
      const method = route.method.toUpperCase();
      let byPath = this.#byRoute.get(method);
      if (byPath === undefined) {
        byPath = new Map();
        this.#byRoute.set(method, byPath);
      }
      byPath.set(route.path, {
        operationId,
        requestContentType: route.requestContentType,
        pathParameters: pathParameters(route.path),
        baseUrl: route.server === undefined ? undefined : rebasedBaseUrl(baseUrl, rootServers, route.server),
        security: securityPlan(requirements, credentials),
      });
    }
  }

  find(method: string, path: string): Operation {
    const mapped = this.#byRoute.get(method)?.get(path);
    if (mapped) return mapped;
    let byPath = this.#unmapped.get(method);
    const known = byPath?.get(path);
    if (known) return known;
    const operation: Operation = {
      operationId: undefined,
      requestContentType: undefined,
      pathParameters: pathParameters(path),
      baseUrl: undefined,
      security: securityPlan(TOKEN_ONLY, this.#credentials),
    };
    // Paths built from values (not templates) would grow the cache without end: keep the first few hundred.
    if (this.#unmappedCount < MAX_UNMAPPED) {
      if (byPath === undefined) {
        byPath = new Map();
        this.#unmapped.set(method, byPath);
      }
      byPath.set(path, operation);
      this.#unmappedCount += 1;
    }
    return operation;
  }
}

/** A flat scope list as requirements: each scope alone is an alternative; `[]` needs the token but no scope. */
function legacyRequirements(scopes: readonly string[] | undefined): readonly SecurityRequirement[] {
  if (scopes === undefined || scopes.length === 0) return TOKEN_ONLY;
  return scopes.map((scope) => ({ '': [scope] }));
}

function isDotSegment(value: string): boolean {
  let decoded = value;
  // Percent-decoding may be applied more than once on the way (proxies, frameworks): follow a few rounds.
  for (let round = 0; round < 3 && decoded.includes('%'); round++) {
    try {
      decoded = decodeURIComponent(decoded);
    } catch {
      break;
    }
  }
  return decoded === '' || decoded === '.' || decoded === '..';
}

/**
 * An object as openapi-fetch's simple style writes it, `key,value,key,value` (unencoded: only whether it is empty or a
 * dot segment matters here). An empty object is written as nothing at all.
 */
function serializedObject(value: object): string {
  const parts: string[] = [];
  // for...in, as openapi-fetch iterates: the same keys, inherited enumerable ones included.
  for (const key in value) parts.push(key, String((value as Record<string, unknown>)[key]));
  return parts.join(',');
}

/**
 * Refuses path parameter values that would change which endpoint is called: URL parsers drop `.` and `..` segments
 * (percent-encoded ones too) and an empty value merges two segments, so `DELETE …/{id}` with `..` would delete the
 * parent. A missing parameter would leave `{id}` in the URL.
 *
 * @throws {TypeError} naming the parameter, before anything is sent.
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-5.2.4
 */
export function checkPathParameters(operation: Operation, values: Readonly<Record<string, unknown>> | undefined): void {
  for (const { name, prefix } of operation.pathParameters) {
    const value = values?.[name];
    if (value === undefined || value === null) throw new TypeError(`path parameter "${name}" is missing`);
    const serialized = Array.isArray(value)
      ? value.join(',')
      : typeof value === 'object'
        ? serializedObject(value)
        : String(value);
    if (isDotSegment(prefix + serialized)) {
      throw new TypeError(
        `path parameter "${name}" is ${serialized.length <= 24 ? JSON.stringify(serialized) : 'a dot segment'}: "", "." and ".." ` +
          '(also percent-encoded, such as "%2e%2e") would change which endpoint is called',
      );
    }
  }
}

/** `application/json`, `application/merge-patch+json`, `application/vnd.x+json; charset=utf-8`, ... */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.!#$&^-]{1,100}\+)?json$/i.test((mediaType.split(';')[0] as string).trim());
}

/**
 * Labels a request body with the media type its operation declares (`requestContentType`) in place of the default
 * `application/json`. For `+json` types the JSON already written is right. A body the spec wants in another format
 * (a form, multipart) cannot be re-serialised here: unless the caller set its `Content-Type`, the call fails before
 * the network instead of sending JSON. A `Content-Type` the caller set is left alone.
 *
 * @throws {TypeError} for a non-JSON media type left at the default.
 */
export function applyRequestMediaType(request: Request, operation: Operation): void {
  const mediaType = operation.requestContentType;
  if (mediaType === undefined || request.body === null || request.headers.get('content-type') !== SERIALISED_BODY_TYPE)
    return;
  if (isJsonMediaType(mediaType)) {
    request.headers.set('content-type', mediaType);
    return;
  }
  throw new TypeError(
    `${operation.operationId} sends its body as ${mediaType}, not JSON: pass headers: { 'Content-Type': '${mediaType}' } ` +
      '(openapi-fetch serialises a form body by it; other formats need a bodySerializer too)',
  );
}
