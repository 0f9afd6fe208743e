// Typegen step: openapi-typescript turns the bundled document into `paths`, `components` and `operations` types.
// It is handed the document the pipeline already parsed, linted and bundled (its transform, not its CLI, which would
// parse, lint and bundle the same file again). Two things are adjusted in the document it sees, never in the
// published openapi.json:
// - a header, query or cookie parameter that a security scheme of the operation supplies (an `Authorization`
//   header, which OpenAPI says to ignore as a parameter; an apiKey's own parameter) becomes optional, so callers do
//   not pass a placeholder for what the client's credentials send;
// - `x-source` provenance is added to the JSDoc, so a hover shows `@see <url>` or the modeled notice.
import { createRequire } from 'node:module';
import type * as OpenApiTypescript from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { isRecord, resolveLocalRef } from '../load/openapi-walk.js';
import { type OperationInfo, parseProvenance, provenanceLines, type SecuritySchemeInfo } from './operations.js';

type Json = Record<string, unknown>;

// Its CommonJS build, which loads TypeScript with `require`: an ESM import of TypeScript's 9 MB CommonJS file would
// first scan it for export names, which costs more than the transform of a large description.
const { astToString, resolveRef, scanDiscriminators, transformSchema }: typeof OpenApiTypescript = createRequire(
  import.meta.url,
)('openapi-typescript');

/** Prepares the bundled document for openapi-typescript, IN PLACE (render openapi.json before calling this). */
export function prepareForTypegen(
  document: Json,
  operations: readonly OperationInfo[],
  schemes: Readonly<Record<string, SecuritySchemeInfo>>,
): void {
  const paths = isRecord(document['paths']) ? document['paths'] : {};
  for (const operation of operations) {
    const pathItem = resolveLocalRef(document, paths[operation.path]);
    if (!isRecord(pathItem) || !isRecord(pathItem[operation.method])) continue;
    const supplied = suppliedParameters(operation, schemes);
    if (supplied.length > 0) relaxSuppliedParameters(document, pathItem, pathItem[operation.method] as Json, supplied);
  }
  appendProvenance(document, new Set());
}

interface SuppliedParameter {
  readonly in: 'header' | 'query' | 'cookie';
  /** Lower-cased for headers (case-insensitive), as written otherwise. */
  readonly name: string;
}

/** The parameters the operation's credentials supply: `Authorization` for http/OAuth/OIDC schemes, apiKey params. */
function suppliedParameters(
  operation: OperationInfo,
  schemes: Readonly<Record<string, SecuritySchemeInfo>>,
): SuppliedParameter[] {
  const supplied: SuppliedParameter[] = [];
  for (const requirement of operation.security) {
    for (const name of Object.keys(requirement)) {
      const scheme = schemes[name];
      if (!scheme) continue;
      if (scheme.type === 'apiKey')
        supplied.push({ in: scheme.in, name: scheme.in === 'header' ? scheme.name.toLowerCase() : scheme.name });
      else if (scheme.type !== 'mutualTLS') supplied.push({ in: 'header', name: 'authorization' });
    }
  }
  return supplied;
}

function isSupplied(parameter: unknown, supplied: readonly SuppliedParameter[]): boolean {
  if (!isRecord(parameter) || parameter['required'] !== true || typeof parameter['name'] !== 'string') return false;
  const name = parameter['in'] === 'header' ? parameter['name'].toLowerCase() : parameter['name'];
  return supplied.some((candidate) => candidate.in === parameter['in'] && candidate.name === name);
}

/**
 * Overrides each supplied required parameter (declared on the operation or its path item, inline or by `$ref`) with an
 * optional copy on the operation itself: a shared component or path-level parameter is left as it is for the others.
 */
function relaxSuppliedParameters(
  document: Json,
  pathItem: Json,
  operation: Json,
  supplied: readonly SuppliedParameter[],
): void {
  const own = Array.isArray(operation['parameters']) ? [...operation['parameters']] : [];
  const keyOf = (parameter: unknown) =>
    isRecord(parameter) ? `${String(parameter['in'])}\0${String(parameter['name'])}` : '';
  let changed = false;
  own.forEach((raw, index) => {
    const parameter = resolveLocalRef(document, raw);
    if (isSupplied(parameter, supplied)) {
      own[index] = { ...(parameter as Json), required: false };
      changed = true;
    }
  });
  const ownKeys = new Set(own.map((raw) => keyOf(resolveLocalRef(document, raw))));
  for (const raw of Array.isArray(pathItem['parameters']) ? pathItem['parameters'] : []) {
    const parameter = resolveLocalRef(document, raw);
    if (!ownKeys.has(keyOf(parameter)) && isSupplied(parameter, supplied)) {
      own.push({ ...(parameter as Json), required: false });
      changed = true;
    }
  }
  if (changed) operation['parameters'] = own;
}

/**
 * Every object with an `x-source` (operations, schemas, properties) gets its provenance as lines of its `summary`,
 * which openapi-typescript puts first in the JSDoc it writes, each on a line of its own: a `@see <url>` line is then a
 * JSDoc tag of its own that editors show on hover.
 */
function appendProvenance(value: unknown, seen: Set<unknown>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) appendProvenance(item, seen);
    return;
  }
  const node = value as Json;
  const provenance = parseProvenance(node['x-source']);
  if (provenance !== undefined) {
    const lines = provenanceLines(provenance);
    const summary =
      typeof node['summary'] === 'string' && node['summary'].trim() !== '' ? [node['summary'].trim()] : [];
    node['summary'] = [...summary, ...lines].join('\n');
  }
  for (const [name, child] of Object.entries(node))
    if (!name.startsWith('x-') && name !== 'example' && name !== 'examples') appendProvenance(child, seen);
}

/** openapi-typescript's transform with its defaults (what its CLI does after it has parsed, linted and bundled). */
export function generateSchemaTypes(document: Json): string {
  const schema = document as unknown as OpenAPI3;
  const options = { silent: true } as const;
  const ast = transformSchema(schema, {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    redoc: undefined as never,
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref: string) => resolveRef(schema, $ref, options),
  });
  return astToString(ast);
}
