// Rewrites a bundled description so that a structural diff sees every change where a client meets it:
// - each operation states its effective security (the root requirements it inherits are copied into it), and
// - every local `$ref` under paths and webhooks is inlined, so a shared schema changed in one place shows up in
//   each request and response that uses it, judged in that context (a new enum value means something else in a
//   request than in a response). A `$ref` back into a schema being inlined stays a `$ref` (recursion).
// Components are kept only where something still refers to them (security schemes, recursive schemas); which
// component names exist is compared separately (they are exported as `components[...]` types).
import type { Json } from './pipeline-bundle.js';

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A parameter is identified by where it goes and its name (header names are case-insensitive). */
export function parameterIdentity(parameter: Json): string {
  const name = String(parameter['name']);
  return `${String(parameter['in'])}:${parameter['in'] === 'header' ? name.toLowerCase() : name}`;
}

export function normalizeForDiff(document: Json): Json {
  const rootSecurity = Array.isArray(document['security']) ? document['security'] : undefined;
  const keptRefs = new Set<string>();
  const inline = (value: unknown, active: readonly string[]): unknown => {
    if (Array.isArray(value)) return value.map((item) => inline(item, active));
    if (!isRecord(value)) return value;
    const ref = value['$ref'];
    if (typeof ref === 'string' && ref.startsWith('#/')) {
      const target = resolvePointer(document, ref);
      if (target === undefined || active.includes(ref)) {
        keptRefs.add(ref);
        return value;
      }
      const { $ref: _ref, ...siblings } = value;
      const resolved = inline(target, [...active, ref]);
      // OpenAPI 3.1 lets description/summary beside a $ref override the target's
      return isRecord(resolved) && Object.keys(siblings).length > 0
        ? { ...resolved, ...(inline(siblings, active) as Json) }
        : resolved;
    }
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, inline(item, active)]));
  };

  const withSecurity = (pathItems: unknown): Json | undefined => {
    if (!isRecord(pathItems)) return undefined;
    const result: Json = {};
    for (const [name, rawItem] of Object.entries(pathItems)) {
      const item = inline(rawItem, []);
      if (!isRecord(item)) continue;
      // path-level parameters apply to every operation of the path: state them on each (an operation's own wins)
      const shared = Array.isArray(item['parameters']) ? item['parameters'].filter(isRecord) : [];
      const { parameters: _parameters, ...operations } = item;
      result[name] = Object.fromEntries(
        Object.entries(operations).map(([key, operation]) => {
          if (!(HTTP_METHODS as readonly string[]).includes(key) || !isRecord(operation)) return [key, operation];
          const own = Array.isArray(operation['parameters']) ? operation['parameters'].filter(isRecord) : [];
          const parameters = [
            ...shared.filter((p) => !own.some((o) => parameterIdentity(o) === parameterIdentity(p))),
            ...own,
          ];
          return [
            key,
            {
              ...operation,
              ...(parameters.length > 0 && { parameters }),
              security: operation['security'] ?? rootSecurity ?? [],
            },
          ];
        }),
      );
    }
    return result;
  };

  const paths = withSecurity(document['paths']) ?? {};
  const webhooks = withSecurity(document['webhooks']);
  const { security: _security, components, ...rest } = document;
  const keptComponents: Record<string, Json> = {};
  const securitySchemes = isRecord(components) ? components['securitySchemes'] : undefined;
  if (isRecord(securitySchemes)) keptComponents['securitySchemes'] = securitySchemes;
  // recursive schemas still point into components: keep exactly those targets (and what they refer to)
  const pending = [...keptRefs];
  for (let ref = pending.pop(); ref !== undefined; ref = pending.pop()) {
    const [, , section, name] = ref.split('/');
    if (section === undefined || name === undefined) continue;
    const key = decodePointerSegment(name);
    if (keptComponents[section]?.[key] !== undefined) continue;
    const target = resolvePointer(document, `#/components/${section}/${name}`);
    keptComponents[section] ??= {};
    keptComponents[section][key] = target;
    for (const nested of collectRefs(target)) pending.push(nested);
  }
  return { ...rest, paths, ...(webhooks && { webhooks }), components: keptComponents };
}

/** The names a description defines under components, per section, e.g. `schemas/Account`. */
export function componentNames(document: Json): Set<string> {
  const names = new Set<string>();
  const components = isRecord(document['components']) ? document['components'] : {};
  for (const [section, entries] of Object.entries(components)) {
    if (isRecord(entries)) for (const name of Object.keys(entries)) names.add(`${section}/${name}`);
  }
  return names;
}

export function decodePointerSegment(segment: string): string {
  return decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
}

export function encodePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Splits `#/paths/~1a~1{id}/get` into its decoded segments. */
export function pointerSegments(pointer: string): string[] {
  const body = pointer.replace(/^#\/?/, '');
  return body === '' ? [] : body.split('/').map(decodePointerSegment);
}

export function resolvePointer(document: unknown, pointer: string): unknown {
  let target: unknown = document;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(target)) target = target[Number(segment)];
    else target = isRecord(target) ? target[segment] : undefined;
  }
  return target;
}

function collectRefs(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, found);
  else if (isRecord(value)) {
    if (typeof value['$ref'] === 'string' && value['$ref'].startsWith('#/')) found.push(value['$ref']);
    for (const item of Object.values(value)) collectRefs(item, found);
  }
  return found;
}
