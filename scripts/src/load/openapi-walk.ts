// Reading plain OpenAPI 3 documents: operations in document order, local `$ref`s, and every `$ref` with its place.

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
  /** The path item the operation belongs to (its `servers` and `parameters` apply to the operation too). */
  readonly pathItem: Readonly<Record<string, unknown>>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The operations under `paths` (or another section with path items, e.g. `webhooks`), in document order. */
export function listOperations(document: unknown, section: 'paths' | 'webhooks' = 'paths'): OperationEntry[] {
  const items = isRecord(document) && isRecord(document[section]) ? document[section] : {};
  const entries: OperationEntry[] = [];
  for (const [path, rawItem] of Object.entries(items)) {
    const pathItem = resolveLocalRef(document, rawItem);
    if (!isRecord(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (isRecord(operation)) entries.push({ path, method, operation, pathItem });
    }
  }
  return entries;
}

/** Follows `$ref`s that point into the document itself (`#/components/requestBodies/Patch`); anything else as it is. */
export function resolveLocalRef(document: unknown, value: unknown, depth = 0): unknown {
  if (!isRecord(value) || typeof value['$ref'] !== 'string' || !value['$ref'].startsWith('#/') || depth > 32)
    return value;
  return resolveLocalRef(document, valueAtPointer(document, value['$ref']), depth + 1);
}

/** The value at a local pointer such as `#/components/schemas/Pet`, or `undefined`. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  let target: unknown = document;
  for (const segment of pointer.replace(/^#\/?/, '').split('/')) {
    if (segment === '' && pointer.replace(/^#\/?/, '') === '') break;
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    target = isRecord(target) ? target[key] : Array.isArray(target) ? target[Number(key)] : undefined;
  }
  return target;
}
