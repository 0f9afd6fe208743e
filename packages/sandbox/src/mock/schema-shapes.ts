// Reading the shape of a schema (its properties, their types, which list a response wraps) and
// making sample values from it with openapi-sampler, for everything the sandbox builds generically.
import { sample } from 'openapi-sampler';
import type { JsonObject, OpenApiDocument } from './description.js';

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Follows local `$ref`s; undefined for anything that is not a schema object. */
export function resolveSchema(document: OpenApiDocument, schema: unknown): JsonObject | undefined {
  let current = schema;
  for (let hops = 0; hops < 16 && isObject(current) && typeof current.$ref === 'string'; hops += 1) {
    const path = current.$ref
      .replace(/^#\//, '')
      .split('/')
      .map((part) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~'));
    current = path.reduce<unknown>((node, key) => (isObject(node) ? node[key] : undefined), document);
  }
  return isObject(current) ? current : undefined;
}

/** The object properties a schema declares, `allOf` parts merged, each resolved. */
export function propertiesOf(document: OpenApiDocument, schema: unknown): Record<string, JsonObject> {
  const resolved = resolveSchema(document, schema);
  if (!resolved) return {};
  const properties: Record<string, JsonObject> = {};
  for (const part of Array.isArray(resolved.allOf) ? resolved.allOf : [])
    Object.assign(properties, propertiesOf(document, part));
  if (isObject(resolved.properties)) {
    for (const [name, property] of Object.entries(resolved.properties)) {
      const value = resolveSchema(document, property);
      if (value) properties[name] = value;
    }
  }
  return properties;
}

/** The schema's type (the first non-null one of a 3.1 type list). */
export function typeOf(schema: JsonObject | undefined): string | undefined {
  const type = schema?.type;
  if (Array.isArray(type)) return type.find((entry) => entry !== 'null') as string | undefined;
  return typeof type === 'string' ? type : schema && isObject(schema.properties) ? 'object' : undefined;
}

/** A deterministic sample of the schema: examples, defaults and enums first, then values of the right type and format. */
export function sampleOf(
  document: OpenApiDocument,
  schema: unknown,
  options: { skipNonRequired?: boolean } = {},
): unknown {
  if (!isObject(schema)) return undefined;
  return sample(schema as never, { quiet: true, skipWriteOnly: true, enablePatterns: true, ...options }, document);
}

/**
 * How a list response carries its items: the array itself, or the one array property of an object
 * (`{ accounts: [...] }`, `{ entities: [...], totalCount }`), with the item schema.
 */
export function listShape(
  document: OpenApiDocument,
  schema: unknown,
): { property: string | undefined; item: JsonObject } | undefined {
  const resolved = resolveSchema(document, schema);
  if (!resolved) return undefined;
  if (typeOf(resolved) === 'array') {
    const item = resolveSchema(document, resolved.items);
    return item ? { property: undefined, item } : undefined;
  }
  const arrays = Object.entries(propertiesOf(document, resolved)).filter(
    ([, property]) => typeOf(property) === 'array',
  );
  if (arrays.length !== 1) return undefined;
  const [property, arraySchema] = arrays[0] as [string, JsonObject];
  const item = resolveSchema(document, arraySchema.items);
  return item ? { property, item } : undefined;
}

/** Two schemas are the same when they are, or reference, the same component. */
export function sameSchema(document: OpenApiDocument, a: unknown, b: unknown): boolean {
  return (
    a === b || (resolveSchema(document, a) !== undefined && resolveSchema(document, a) === resolveSchema(document, b))
  );
}

/**
 * Fits values to a schema: properties the schema has are kept (recursively fitted), others dropped
 * unless the schema allows extra properties, and required ones missing from `values` are taken
 * from `base` (an example) or sampled. Data built by hand thus follows the description as it changes.
 */
export function conform(document: OpenApiDocument, schema: unknown, values: unknown, base?: unknown): unknown {
  const resolved = resolveSchema(document, schema);
  if (!resolved) return values === undefined ? base : values;
  const type = typeOf(resolved);
  if (type === 'array' && Array.isArray(values)) return values.map((value) => conform(document, resolved.items, value));
  if (type !== 'object' || !isObject(values)) return values === undefined ? base : values;
  const properties = propertiesOf(document, resolved);
  if (Object.keys(properties).length === 0) return values;
  const required = new Set(Array.isArray(resolved.required) ? (resolved.required as string[]) : []);
  const fallback = isObject(base) ? base : undefined;
  const out: JsonObject = {};
  for (const [name, property] of Object.entries(properties)) {
    if (values[name] !== undefined) out[name] = conform(document, property, values[name], fallback?.[name]);
    else if (required.has(name)) out[name] = fallback?.[name] ?? sampleOf(document, property);
  }
  if (resolved.additionalProperties !== undefined && resolved.additionalProperties !== false) {
    for (const [name, value] of Object.entries(values))
      if (!(name in properties) && value !== undefined) out[name] = value;
  }
  return out;
}
