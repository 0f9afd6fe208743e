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
