// Where a JSON pointer of a normalized description lands, in the words a client developer uses:
// which operation, whether the client sends or receives that part, and a readable location.
import { encodePointerSegment, HTTP_METHODS, isRecord, pointerSegments, resolvePointer } from './normalize.js';
import type { Json } from './pipeline-bundle.js';

export type Side = 'request' | 'response';

export interface Location {
  /** Pointer of the operation, e.g. `#/paths/~1users~1{userId}/get`, when the pointer is inside one. */
  readonly operationPointer?: string;
  /** `operationId`, or `METHOD /path` for an operation without one; null outside operations. */
  readonly operationId: string | null;
  /** What the client sends (request) or receives (response); webhooks swap the two. */
  readonly side?: Side;
  /** e.g. `Response 200 application/json`, `Request body`, `Query parameter \`limit\``. */
  readonly where: string;
  /** Dotted field path inside a schema, e.g. `transactions[].amount`. */
  readonly field?: string;
}

export function locate(pointer: string, revision: Json, base: Json): Location {
  const segments = pointerSegments(pointer);
  const [container, name, method, part, ...rest] = segments;
  if ((container !== 'paths' && container !== 'webhooks') || name === undefined) {
    return { operationId: null, where: segments.length > 0 ? segments.join('.') : 'document' };
  }
  if (method === undefined || !(HTTP_METHODS as readonly string[]).includes(method)) {
    return { operationId: null, where: container === 'paths' ? `Path ${name}` : `Webhook ${name}` };
  }
  const operationPointer = `#/${container}/${encodePointerSegment(name)}/${method}`;
  const operation = resolvePointer(revision, operationPointer) ?? resolvePointer(base, operationPointer);
  const operationId =
    isRecord(operation) && typeof operation['operationId'] === 'string'
      ? operation['operationId']
      : `${method.toUpperCase()} ${name}`;
  const webhook = container === 'webhooks';
  const flip = (side: Side): Side => (webhook ? (side === 'request' ? 'response' : 'request') : side);
  const located = { operationPointer, operationId };
  const field = fieldPath(rest);

  switch (part) {
    case 'parameters': {
      const parameter =
        resolvePointer(revision, `${operationPointer}/parameters/${rest[0]}`) ??
        resolvePointer(base, `${operationPointer}/parameters/${rest[0]}`);
      const label = isRecord(parameter)
        ? `${capitalize(String(parameter['in']))} parameter \`${String(parameter['name'])}\``
        : 'Parameter';
      return { ...located, side: flip('request'), where: label, ...(field && { field }) };
    }
    case 'requestBody': {
      const mediaType = rest[0] === 'content' && rest[1] ? ` ${rest[1]}` : '';
      return { ...located, side: flip('request'), where: `Request body${mediaType}`, ...(field && { field }) };
    }
    case 'responses': {
      const [status, section, key] = rest;
      const detail =
        section === 'content' && key ? ` ${key}` : section === 'headers' && key ? ` header \`${key}\`` : '';
      return {
        ...located,
        side: flip('response'),
        where: `Response ${status ?? ''}${detail}`.trimEnd(),
        ...(field && { field }),
      };
    }
    case 'security':
      return { ...located, where: 'Security' };
    case undefined:
      return { ...located, where: `${method.toUpperCase()} ${name}` };
    default:
      return { ...located, where: `${method.toUpperCase()} ${name} ${part}` };
  }
}

/** `schema/properties/items/items/properties/amount` → `items[].amount`; undefined when not inside a schema. */
function fieldPath(segments: readonly string[]): string | undefined {
  const start = segments.indexOf('schema');
  if (start < 0) return undefined;
  let path = '';
  for (let index = start + 1; index < segments.length; index++) {
    const segment = segments[index];
    const next = segments[index + 1];
    if (segment === 'properties' && next !== undefined) {
      path += path === '' ? next : `.${next}`;
      index++;
    } else if (segment === 'items') path += '[]';
    else if (segment === 'additionalProperties') path += '{}';
    else if ((segment === 'oneOf' || segment === 'anyOf' || segment === 'allOf') && next !== undefined) {
      path += `<${segment}[${next}]>`;
      index++;
    }
  }
  return path === '' ? undefined : path;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
