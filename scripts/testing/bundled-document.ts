// Checks a types package runs against its shipped `openapi.json` with a JSON Schema validator (ajv), independently
// of the lint rules that guard the specs (so a rule's bug cannot vouch for itself):
// - `bundledDocument(url)`: validators for the response and request bodies of the bundled document;
// - `describeOpenResponseEnums`: every enum a response can carry takes a value outside its known set, unless the
//   spec says Jack Henry publishes the set as closed (`x-closed-enum`);
// - `describeProvenanceAndSecurity`: every operation says where it comes from (`x-source`), and every security
//   requirement names one scope (Banno's "scope A or scope B" are alternatives, never one requirement of both).

import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

type Json = Record<string, unknown>;

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const DOCUMENT_ID = 'openapi.json';

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const escapeSegment = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const pointerOf = (segments: readonly string[]) =>
  segments
    .map(escapeSegment)
    .map((segment) => `/${segment}`)
    .join('');

export interface OperationRef {
  readonly path: string;
  readonly method: string;
}

export interface BundledDocument {
  readonly document: Json;
  /** The operations of the document, with their operationIds. */
  readonly operations: readonly (OperationRef & { readonly operationId: string; readonly operation: Json })[];
  /** The schema at a JSON pointer of the document, compiled (`$ref`s resolve inside the document). */
  validatorAt(pointer: string): ValidateFunction;
  /** The schema of a response body: e.g. `responseBody({ path: '/users/{userId}', method: 'get' }, 200)`. */
  responseBody(operation: OperationRef, status: number | string, mediaType?: string): ValidateFunction;
  /** The schema of a request body. */
  requestBody(operation: OperationRef, mediaType?: string): ValidateFunction;
  /** Follows a local `$ref` (`#/components/...`). */
  resolve(value: unknown): unknown;
}

/** Loads a bundled `openapi.json` (OpenAPI 3.0: ajv reads its `nullable`; formats come from ajv-formats). */
export function bundledDocument(url: URL): BundledDocument {
  const document = JSON.parse(readFileSync(url, 'utf8')) as Json;
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  // ajv-formats is CommonJS: under Node's ESM its plugin is the `default` of the imported module
  formats.default(ajv);
  ajv.addSchema(document, DOCUMENT_ID);

  const resolve = (value: unknown): unknown => {
    let current = value;
    for (let depth = 0; isObject(current) && typeof current['$ref'] === 'string' && depth < 32; depth += 1) {
      current = pointerTarget(document, (current['$ref'] as string).slice(1));
    }
    return current;
  };
  const validatorAt = (pointer: string): ValidateFunction => {
    const validate = ajv.getSchema(`${DOCUMENT_ID}#${encodeURI(pointer)}`);
    if (!validate) throw new Error(`No schema at ${pointer}`);
    return validate;
  };
  const operationPointer = ({ path, method }: OperationRef) => pointerOf(['paths', path, method]);
  const operations = listOperations(document);
  return {
    document,
    operations,
    validatorAt,
    resolve,
    responseBody(operation, status, mediaType = 'application/json') {
      const responses = (resolve(pointerTarget(document, operationPointer(operation))) as Json | undefined)?.[
        'responses'
      ];
      const response = isObject(responses) ? resolve(responses[String(status)]) : undefined;
      if (!isObject(response))
        throw new Error(`${operation.method.toUpperCase()} ${operation.path} declares no ${status} response`);
      // a response reached through `#/components/responses/...` is validated where it is defined
      const base =
        isObject(responses) &&
        isObject(responses[String(status)]) &&
        typeof (responses[String(status)] as Json)['$ref'] === 'string'
          ? ((responses[String(status)] as Json)['$ref'] as string).slice(1)
          : `${operationPointer(operation)}${pointerOf(['responses', String(status)])}`;
      return validatorAt(`${base}${pointerOf(['content', mediaType, 'schema'])}`);
    },
    requestBody(operation, mediaType = 'application/json') {
      return validatorAt(`${operationPointer(operation)}${pointerOf(['requestBody', 'content', mediaType, 'schema'])}`);
    },
  };
}

function pointerTarget(document: unknown, pointer: string): unknown {
  let target = document;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    target = isObject(target) || Array.isArray(target) ? (target as Json)[segment] : undefined;
  }
  return target;
}

function listOperations(document: Json): BundledDocument['operations'] {
  const paths = isObject(document['paths']) ? document['paths'] : {};
  return Object.entries(paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = isObject(item) ? item[method] : undefined;
      return isObject(operation) && typeof operation['operationId'] === 'string'
        ? [{ path, method, operationId: operation['operationId'], operation }]
        : [];
    }),
  );
}

/** An enum that a response body can carry. */
export interface ResponseEnum {
  /** Where it is met: `getTaskEvents 200 application/json events[].type`. */
  readonly label: string;
  /** JSON pointer of the schema holding the enum (or the open `anyOf`). */
  readonly pointer: string;
  /** Where its values sit in a response body: property names, `[]` for array items and map values. */
  readonly instancePath: readonly string[];
  readonly known: readonly unknown[];
  /** Written open (`anyOf: [{ enum }, { type: string }]`), or closed with the reason in `x-closed-enum`. */
  readonly open: boolean;
  readonly closedBecause: string | undefined;
  readonly status: string;
  readonly mediaType: string;
  readonly operation: OperationRef & { readonly operationId: string };
}

function openUnionMembers(bundle: BundledDocument, schema: Json): Json[] {
  const union = Array.isArray(schema['anyOf'])
    ? schema['anyOf']
    : Array.isArray(schema['oneOf'])
      ? schema['oneOf']
      : [];
  const members = union.map((member) => bundle.resolve(member)).filter(isObject);
  const anyString = members.some(
    (member) => member['type'] === 'string' && !('enum' in member) && !('pattern' in member) && !('format' in member),
  );
  return anyString ? members.filter((member) => Array.isArray(member['enum'])) : [];
}

/** Every enum reachable from a response body of the document, with where it sits in the body. */
export function responseEnums(bundle: BundledDocument): ResponseEnum[] {
  const found: ResponseEnum[] = [];
  for (const operation of bundle.operations) {
    const responses = isObject(operation.operation['responses']) ? operation.operation['responses'] : {};
    for (const [status, reply] of Object.entries(responses)) {
      const responseRef =
        isObject(reply) && typeof reply['$ref'] === 'string' ? (reply['$ref'] as string).slice(1) : undefined;
      const response = bundle.resolve(reply);
      const content = isObject(response) && isObject(response['content']) ? response['content'] : {};
      for (const [mediaType, media] of Object.entries(content)) {
        if (!isObject(media) || media['schema'] === undefined) continue;
        const base = responseRef ?? pointerOf(['paths', operation.path, operation.method, 'responses', status]);
        const start = `${base}${pointerOf(['content', mediaType, 'schema'])}`;
        walk(bundle, start, [], new Set(), (pointer, instancePath, known, open, closedBecause) => {
          const where = instancePath.length > 0 ? instancePath.join('.').replace(/\.\[\]/g, '[]') : '(body)';
          found.push({
            label: `${operation.operationId} ${status} ${mediaType} ${where}`,
            pointer,
            instancePath,
            known,
            open,
            closedBecause,
            status,
            mediaType,
            operation,
          });
        });
      }
    }
  }
  return found;
}

type Visit = (
  pointer: string,
  instancePath: readonly string[],
  known: readonly unknown[],
  open: boolean,
  closedBecause: string | undefined,
) => void;

function walk(
  bundle: BundledDocument,
  pointer: string,
  instancePath: readonly string[],
  seen: Set<string>,
  visit: Visit,
): void {
  let at = pointer;
  let schema = pointerTarget(bundle.document, at);
  for (let depth = 0; isObject(schema) && typeof schema['$ref'] === 'string' && depth < 32; depth += 1) {
    at = (schema['$ref'] as string).slice(1);
    schema = pointerTarget(bundle.document, at);
  }
  const key = `${at} ${instancePath.join('.')}`;
  if (!isObject(schema) || seen.has(key) || instancePath.length > 12) return;
  seen.add(key);

  const openMembers = openUnionMembers(bundle, schema);
  if (openMembers.length > 0) {
    visit(
      at,
      instancePath,
      openMembers.flatMap((member) => member['enum'] as unknown[]),
      true,
      undefined,
    );
    return;
  }
  if (Array.isArray(schema['enum'])) {
    const reason = schema['x-closed-enum'];
    visit(at, instancePath, schema['enum'], false, typeof reason === 'string' ? reason : undefined);
  }
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const members = schema[keyword];
    if (Array.isArray(members))
      for (const index of members.keys())
        walk(bundle, `${at}${pointerOf([keyword, String(index)])}`, instancePath, seen, visit);
  }
  if (isObject(schema['properties'])) {
    for (const name of Object.keys(schema['properties']))
      walk(bundle, `${at}${pointerOf(['properties', name])}`, [...instancePath, name], seen, visit);
  }
  if (isObject(schema['items'])) walk(bundle, `${at}/items`, [...instancePath, '[]'], seen, visit);
  if (isObject(schema['additionalProperties']))
    walk(bundle, `${at}/additionalProperties`, [...instancePath, '[]'], seen, visit);
}

/** Replaces every value at `instancePath` in `value` (a deep copy); returns how many were replaced. */
function replaceAt(
  value: unknown,
  instancePath: readonly string[],
  replacement: unknown,
): { value: unknown; replaced: number } {
  if (instancePath.length === 0) return { value: replacement, replaced: 1 };
  const [head, ...rest] = instancePath;
  if (head === '[]') {
    const entries = Array.isArray(value)
      ? value.map((item, index) => [index, item] as const)
      : isObject(value)
        ? Object.entries(value)
        : [];
    let replaced = 0;
    const copy: unknown = Array.isArray(value) ? [...value] : { ...(value as Json) };
    for (const [index, item] of entries) {
      const inner = replaceAt(item, rest, replacement);
      (copy as Record<string | number, unknown>)[index] = inner.value;
      replaced += inner.replaced;
    }
    return { value: copy, replaced };
  }
  if (head === undefined || !isObject(value) || !(head in value)) return { value, replaced: 0 };
  const inner = replaceAt(value[head], rest, replacement);
  return { value: { ...value, [head]: inner.value }, replaced: inner.replaced };
}

function exampleOf(bundle: BundledDocument, entry: ResponseEnum): unknown {
  const responses = pointerTarget(
    bundle.document,
    pointerOf(['paths', entry.operation.path, entry.operation.method, 'responses']),
  ) as Json;
  const response = bundle.resolve(responses[entry.status]) as Json;
  const media = (response['content'] as Json)[entry.mediaType] as Json;
  if (media['example'] !== undefined) return media['example'];
  const examples = isObject(media['examples']) ? Object.values(media['examples']) : [];
  return examples.map((example) => bundle.resolve(example)).find(isObject)?.['value'];
}

/** A value no enum of ours lists: what Banno might add tomorrow. */
export const VALUE_BANNO_MAY_ADD = 'ValueAddedLater_7f3c9a12';

export function describeOpenResponseEnums({ title, document }: { title: string; document: URL }): void {
  const bundle = bundledDocument(document);
  const entries = responseEnums(bundle);

  describe(`${title}: response enums take values Banno may add`, () => {
    it('finds the enums of the response bodies', () => {
      expect(entries.length).toBeGreaterThan(0);
    });

    it.each(entries.map((entry) => [entry.label, entry] as const))('%s', (_label, entry) => {
      const validate = bundle.validatorAt(entry.pointer);
      for (const known of entry.known) expect(validate(known), `known value ${String(known)}`).toBe(true);
      if (!entry.open) {
        // closed only where Jack Henry publishes the set as closed, and then an unknown value is refused
        expect(entry.closedBecause, `closed enum without x-closed-enum at ${entry.pointer}`).toMatch(/\S/);
        expect(validate(VALUE_BANNO_MAY_ADD)).toBe(false);
        return;
      }
      expect(validate(VALUE_BANNO_MAY_ADD), JSON.stringify(validate.errors)).toBe(true);
      // and through the whole response body, where its example carries the value
      const example = exampleOf(bundle, entry);
      const { value, replaced } = replaceAt(example, entry.instancePath, VALUE_BANNO_MAY_ADD);
      if (replaced > 0) {
        const body = bundle.responseBody(entry.operation, entry.status, entry.mediaType);
        expect(body(value), JSON.stringify(body.errors)).toBe(true);
      }
    });
  });
}

export function describeProvenanceAndSecurity({ title, document }: { title: string; document: URL }): void {
  const bundle = bundledDocument(document);
  describe(`${title}: provenance and security requirements`, () => {
    it.each(bundle.operations.map((operation) => [operation.operationId, operation] as const))(
      '%s',
      (_id, { operation }) => {
        const source = operation['x-source'];
        expect(
          typeof source === 'string' && (/^modeled: \S/.test(source) || /^https:\/\/\S+( ; \S.*)?$/.test(source)),
          `x-source: ${String(source)}`,
        ).toBe(true);
        const security = Array.isArray(operation['security']) ? (operation['security'] as Json[]) : [];
        for (const requirement of security) {
          for (const [scheme, scopes] of Object.entries(requirement)) {
            // Banno lists alternatives ("accounts.readonly or accounts.readwrite"): one scope per requirement
            expect((scopes as unknown[]).length, `${scheme}: ${JSON.stringify(scopes)}`).toBeLessThanOrEqual(1);
          }
        }
      },
    );
  });
}
