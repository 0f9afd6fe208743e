// Maps step: operationId → route (with the request media type when it is not JSON), accepted scopes and security
// requirements, as `as const` TypeScript constants.
import { isRecord, listOperations, resolveLocalRef, type HttpMethod } from './openapi-walk.js';

export interface OperationInfo {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  /**
   * The request body's media type when it is not `application/json` (openapi-fetch's default), e.g.
   * `application/merge-patch+json`: the first the spec lists, unless it lists `application/json` too.
   */
  readonly requestContentType?: string;
  /** Every scope of every scheme of every alternative requirement, deduplicated in order; `[]` when public. */
  readonly scopes: readonly string[];
  /** The requirement alternatives as written: scheme name → scopes. */
  readonly security: readonly Readonly<Record<string, readonly string[]>>[];
}

export function collectOperationInfo(document: unknown): OperationInfo[] {
  return listOperations(document).flatMap(({ path, method, operation }) => {
    if (typeof operation.operationId !== 'string') return [];
    const security = (Array.isArray(operation.security) ? operation.security : []).filter(isRecord).map((requirement) =>
      Object.fromEntries(
        Object.entries(requirement).map(([scheme, scopes]) => [scheme, Array.isArray(scopes) ? scopes.map(String) : []]),
      ),
    );
    const scopes = [...new Set(security.flatMap((requirement) => Object.values(requirement).flat()))];
    const requestContentType = requestMediaType(document, operation.requestBody);
    return [{ operationId: operation.operationId, method, path, ...(requestContentType && { requestContentType }), scopes, security }];
  });
}

const DEFAULT_MEDIA_TYPE = 'application/json';

function requestMediaType(document: unknown, requestBody: unknown): string | undefined {
  const body = resolveLocalRef(document, requestBody);
  const mediaTypes = isRecord(body) && isRecord(body['content']) ? Object.keys(body['content']) : [];
  return mediaTypes.includes(DEFAULT_MEDIA_TYPE) ? undefined : mediaTypes[0];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (name: string): string => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
const literal = (value: string | readonly string[]): string =>
  typeof value === 'string' ? JSON.stringify(value) : `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;

export function renderOperationsModule(header: string, operations: readonly OperationInfo[]): string {
  const section = (entries: (operation: OperationInfo) => string): string =>
    operations.map((operation) => `  ${key(operation.operationId)}: ${entries(operation)},`).join('\n');
  return `${header}
/** Route of every operation: operationId → HTTP method, path template and, when not JSON, the request media type. */
export const operationRoutes = {
${section((o) => `{ method: ${literal(o.method)}, path: ${literal(o.path)}${o.requestContentType ? `, requestContentType: ${literal(o.requestContentType)}` : ''} }`)}
} as const;

/** The operationIds of this API. */
export type OperationId = keyof typeof operationRoutes;

/** Scopes that can authorize each operation (any one requirement's scopes suffice); \`[]\` for public operations. */
export const operationScopes = {
${section((o) => literal(o.scopes))}
} as const satisfies Record<OperationId, readonly string[]>;

/** Security requirements of each operation as the spec states them: alternatives of scheme name → scopes. */
export const operationSecurity = {
${section((o) => `[${o.security.map((requirement) => `{ ${Object.entries(requirement).map(([scheme, scopes]) => `${key(scheme)}: ${literal(scopes)}`).join(', ')} }`).join(', ')}]`)}
} as const satisfies Record<OperationId, readonly Readonly<Record<string, readonly string[]>>[]>;
`;
}
