// What the generated maps say about each operation, read from the bundled document exactly as OpenAPI means it:
// - the key: the operationId, or for an operation without one a derived key (see `deriveOperationKey`);
// - the effective security: the operation's own `security` if it has the key (`[]` = public, `[{}]` = optional),
//   else the root `security`, else none (`[]`); each requirement needs ALL its schemes and all their scopes;
// - the server: the first `servers` entry of the operation, else of its path item, when either has its own;
// - the request media type when it is not `application/json` (openapi-fetch's default);
// - provenance from `x-source` (a Jack Henry reference URL, or `modeled: <reason>`).
import { createHash } from 'node:crypto';
import { type HttpMethod, isRecord, listOperations, resolveLocalRef } from '../load/openapi-walk.js';

export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

export interface Provenance {
  /** The Jack Henry reference page the element comes from. */
  readonly url?: string;
  /** A note after the URL (`<url> ; <note>`). */
  readonly note?: string;
  /** Why the element is modeled rather than published (`modeled: <reason>`). */
  readonly modeled?: string;
}

export interface OperationInfo {
  /** The map key: operationId, or the derived key. */
  readonly key: string;
  readonly operationId: string | undefined;
  readonly method: HttpMethod;
  readonly path: string;
  readonly requestContentType?: string;
  /** The operation's own server URL as written, when it (or its path item) has `servers`. */
  readonly server?: string;
  /** Effective requirement alternatives after root inheritance. */
  readonly security: readonly SecurityRequirement[];
  /** Every scope named by any requirement, deduplicated in order. */
  readonly scopes: readonly string[];
  readonly summary?: string;
  readonly deprecated: boolean;
  readonly provenance?: Provenance;
}

export type SecuritySchemeInfo =
  | { readonly type: 'http'; readonly scheme: string }
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  | { readonly type: 'oauth2' }
  | { readonly type: 'openIdConnect'; readonly openIdConnectUrl: string }
  | { readonly type: 'mutualTLS' };

export interface DescriptionInfo {
  readonly title: string;
  readonly version: string;
  readonly openapi: string;
  /** Root server URLs as written. */
  readonly servers: readonly string[];
}

const DEFAULT_MEDIA_TYPE = 'application/json';

export function collectOperations(document: unknown): OperationInfo[] {
  const rootSecurity = isRecord(document) && Array.isArray(document['security']) ? document['security'] : undefined;
  const entries = listOperations(document);
  const explicit = new Set(
    entries.map(({ operation }) => operation.operationId).filter((id): id is string => typeof id === 'string'),
  );
  const derived = entries
    .filter(({ operation }) => typeof operation.operationId !== 'string')
    .map(({ method, path }) => deriveOperationKey(method, path));
  return entries.map(({ path, method, operation, pathItem }) => {
    const operationId = typeof operation.operationId === 'string' ? operation.operationId : undefined;
    let key = operationId;
    if (key === undefined) {
      key = deriveOperationKey(method, path);
      // a derived key never takes a name that is taken: it gets a suffix from its own method and path
      if (explicit.has(key) || derived.filter((candidate) => candidate === key).length > 1)
        key = `${key}_${routeHash(method, path)}`;
    }
    const security = normalizeSecurity(Object.hasOwn(operation, 'security') ? operation.security : rootSecurity);
    const scopes = [...new Set(security.flatMap((requirement) => Object.values(requirement).flat()))];
    const requestContentType = requestMediaType(document, operation['requestBody']);
    const server = firstServerUrl(operation['servers']) ?? firstServerUrl(pathItem['servers']);
    const summary = typeof operation['summary'] === 'string' ? operation['summary'] : undefined;
    const provenance = parseProvenance(operation['x-source']);
    return {
      key,
      operationId,
      method,
      path,
      ...(requestContentType !== undefined && { requestContentType }),
      ...(server !== undefined && { server }),
      security,
      scopes,
      ...(summary !== undefined && { summary }),
      deprecated: operation['deprecated'] === true,
      ...(provenance !== undefined && { provenance }),
    };
  });
}

/**
 * The key of an operation without an operationId: the method followed by the path's words in PascalCase, a path
 * parameter as `By<Name>`: `GET /users/{userId}/accounts` → `getUsersByUserIdAccounts`, `POST /` → `postRoot`.
 * It depends only on the method and the path, so it stays the same as other operations come and go. When it equals
 * an operationId or another derived key, `_` and the first 8 hex digits of sha256("<METHOD> <path>") follow.
 */
export function deriveOperationKey(method: string, path: string): string {
  const words = path
    .split('/')
    .filter((segment) => segment !== '')
    .flatMap((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment)?.[1];
      const parts = (parameter ?? segment)
        .split(/[^A-Za-z0-9]+/)
        .filter(Boolean)
        .map(pascal);
      return parameter === undefined ? parts : ['By', ...parts];
    });
  return `${method.toLowerCase()}${words.length > 0 ? words.join('') : 'Root'}`;
}

const pascal = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
const routeHash = (method: string, path: string): string =>
  createHash('sha256').update(`${method.toUpperCase()} ${path}`).digest('hex').slice(0, 8);

function normalizeSecurity(security: unknown): SecurityRequirement[] {
  if (!Array.isArray(security)) return [];
  return security
    .filter(isRecord)
    .map((requirement) =>
      Object.fromEntries(
        Object.entries(requirement).map(([scheme, scopes]) => [
          scheme,
          Array.isArray(scopes) ? scopes.map(String) : [],
        ]),
      ),
    );
}

function requestMediaType(document: unknown, requestBody: unknown): string | undefined {
  const body = resolveLocalRef(document, requestBody);
  const mediaTypes = isRecord(body) && isRecord(body['content']) ? Object.keys(body['content']) : [];
  return mediaTypes.includes(DEFAULT_MEDIA_TYPE) ? undefined : mediaTypes[0];
}

function firstServerUrl(servers: unknown): string | undefined {
  const [first] = Array.isArray(servers) ? servers : [];
  return isRecord(first) && typeof first['url'] === 'string' ? first['url'] : undefined;
}

/** `https://… ; note` or `modeled: reason` (see the provenance convention); `undefined` for anything else. */
export function parseProvenance(value: unknown): Provenance | undefined {
  if (typeof value !== 'string') return undefined;
  const modeled = /^modeled:\s*(.*)$/is.exec(value.trim())?.[1];
  if (modeled !== undefined) return { modeled: modeled.trim() };
  const [url = '', ...note] = value.split(' ; ');
  if (!/^https:\/\/\S+$/.test(url.trim())) return undefined;
  const text = note.join(' ; ').trim();
  return { url: url.trim(), ...(text !== '' && { note: text }) };
}

/** The provenance as JSDoc lines: `@see <url>` or the modeled notice. */
export function provenanceLines(provenance: Provenance): string[] {
  if (provenance.modeled !== undefined) {
    return [`Modeled: not in Jack Henry's published reference — ${provenance.modeled}`];
  }
  return provenance.url === undefined
    ? []
    : [`@see ${provenance.url}${provenance.note ? ` — ${provenance.note}` : ''}`];
}

export function collectSecuritySchemes(document: unknown): Record<string, SecuritySchemeInfo> {
  const components = isRecord(document) && isRecord(document['components']) ? document['components'] : {};
  const schemes = isRecord(components['securitySchemes']) ? components['securitySchemes'] : {};
  const result: Record<string, SecuritySchemeInfo> = {};
  for (const [name, raw] of Object.entries(schemes)) {
    const scheme = resolveLocalRef(document, raw);
    if (!isRecord(scheme)) continue;
    const info = schemeInfo(scheme);
    if (info) result[name] = info;
  }
  return result;
}

function schemeInfo(scheme: Record<string, unknown>): SecuritySchemeInfo | undefined {
  switch (scheme['type']) {
    case 'http':
      return { type: 'http', scheme: String(scheme['scheme'] ?? '').toLowerCase() };
    case 'apiKey': {
      const location = scheme['in'];
      if (location !== 'header' && location !== 'query' && location !== 'cookie') return undefined;
      return { type: 'apiKey', in: location, name: String(scheme['name'] ?? '') };
    }
    case 'oauth2':
      return { type: 'oauth2' };
    case 'openIdConnect':
      return { type: 'openIdConnect', openIdConnectUrl: String(scheme['openIdConnectUrl'] ?? '') };
    case 'mutualTLS':
      return { type: 'mutualTLS' };
    default:
      return undefined;
  }
}

export function describeDocument(document: unknown): DescriptionInfo {
  const root = isRecord(document) ? document : {};
  const info = isRecord(root['info']) ? root['info'] : {};
  const servers = Array.isArray(root['servers']) ? root['servers'] : [];
  return {
    title: String(info['title'] ?? ''),
    version: String(info['version'] ?? ''),
    openapi: String(root['openapi'] ?? ''),
    servers: servers.flatMap((server) =>
      isRecord(server) && typeof server['url'] === 'string' ? [server['url']] : [],
    ),
  };
}
