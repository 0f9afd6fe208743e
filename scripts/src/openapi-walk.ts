// Iterates the operations of a plain OpenAPI 3 document, in document order.

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface OperationObject {
  readonly operationId?: unknown;
  readonly security?: unknown;
  readonly [key: string]: unknown;
}

export interface OperationEntry {
  readonly path: string;
  readonly method: HttpMethod;
  readonly operation: OperationObject;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function listOperations(document: unknown): OperationEntry[] {
  const paths = isRecord(document) && isRecord(document['paths']) ? document['paths'] : {};
  const entries: OperationEntry[] = [];
  for (const [path, pathItem] of Object.entries(paths)) {
    if (!isRecord(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (isRecord(operation)) entries.push({ path, method, operation });
    }
  }
  return entries;
}

/** Follows `$ref`s that point into the document itself (`#/components/requestBodies/Patch`); anything else as it is. */
export function resolveLocalRef(document: unknown, value: unknown, depth = 0): unknown {
  if (!isRecord(value) || typeof value['$ref'] !== 'string' || !value['$ref'].startsWith('#/') || depth > 16) return value;
  let target: unknown = document;
  for (const segment of value['$ref'].slice(2).split('/')) {
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    target = isRecord(target) ? target[key] : undefined;
  }
  return resolveLocalRef(document, target, depth + 1);
}
