// Request and response validation with Ajv, driven by the description: each schema is compiled as
// a reference into the description itself, so its own `$ref`s resolve as the description means them.
// OpenAPI 3.0 schemas (with `nullable`) go to Ajv's draft-07 validator, 3.1 schemas (JSON Schema
// 2020-12) to Ajv2020. Parameters are coerced from their string form and get their defaults.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';
import type { JsonObject, OpenApiDocument, OperationDescriptor, ParameterDescriptor } from './description.js';

// ajv-formats is CommonJS; its default export arrives one level down under NodeNext.
const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;

/** The id the description is registered under; schema pointers are `${DOCUMENT_ID}#/...`. */
const DOCUMENT_ID = 'openapi.json';
const MAX_REPORTED_ERRORS = 5;

export type ParameterValues = Record<'path' | 'query' | 'header', Record<string, unknown>>;

/** Problems found, as `query.limit must be <= 500`; empty when valid. */
export type Problems = string[];

function createAjv(openapi: string, forParameters: boolean): Ajv {
  const options = {
    // Descriptions carry annotations Ajv does not know (example, xml, x-*); they are not errors here.
    strict: false,
    allErrors: true,
    validateSchema: false,
    logger: false as const,
    ...(forParameters ? { coerceTypes: 'array' as const, useDefaults: true } : {}),
  };
  const ajv = openapi.startsWith('3.0') ? new Ajv(options) : (new Ajv2020(options) as unknown as Ajv);
  addFormats(ajv);
  return ajv;
}

function describeErrors(location: string, errors: readonly ErrorObject[] | null | undefined): Problems {
  return (errors ?? []).slice(0, MAX_REPORTED_ERRORS).map((error) => {
    const where = `${location}${error.instancePath.replace(/\//g, '.')}`.replace(/^\./, '') || 'body';
    const extra =
      error.keyword === 'additionalProperties'
        ? ` (${String(error.params.additionalProperty)})`
        : error.keyword === 'enum'
          ? ` (${(error.params.allowedValues as unknown[]).join(', ')})`
          : '';
    return `${where} ${error.message ?? 'is invalid'}${extra}`;
  });
}

/** Validators for one description, compiled on first use and cached. */
export class DescriptionValidators {
  readonly #bodies: Ajv;
  readonly #parameters: Ajv;
  readonly #cache = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    this.#bodies = createAjv(document.openapi, false);
    this.#parameters = createAjv(document.openapi, true);
    this.#bodies.addSchema(document as unknown as JsonObject, DOCUMENT_ID);
    this.#parameters.addSchema(document as unknown as JsonObject, DOCUMENT_ID);
  }

  /** Validates `value` against the schema at `pointer` (as `describeOperations` gives it). */
  validate(pointer: string, value: unknown, location = 'body'): Problems {
    let validate = this.#cache.get(pointer);
    if (!validate) {
      validate = this.#bodies.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.#cache.set(pointer, validate);
    }
    return validate(value) ? [] : describeErrors(location, validate.errors);
  }

  /**
   * Coerces and checks an operation's parameters in place (strings become the numbers, booleans and
   * arrays their schemas say; absent ones get their defaults). Required parameters must be present.
   */
  validateParameters(operation: OperationDescriptor, values: ParameterValues): Problems {
    const key = `parameters ${operation.method} ${operation.routeTemplate}`;
    let validate = this.#cache.get(key);
    if (!validate) {
      validate = this.#parameters.compile(parametersSchema(operation.parameters));
      this.#cache.set(key, validate);
    }
    return validate(values) ? [] : describeErrors('', validate.errors);
  }
}

function parametersSchema(parameters: readonly ParameterDescriptor[]): JsonObject {
  const groups: Record<string, { type: 'object'; properties: Record<string, JsonObject>; required: string[] }> = {};
  for (const location of ['path', 'query', 'header'] as const)
    groups[location] = { type: 'object', properties: {}, required: [] };
  for (const parameter of parameters) {
    const group = groups[parameter.in];
    if (!group) continue; // cookies are not checked
    // Header names are case-insensitive: they are looked up lower-cased.
    const name = parameter.in === 'header' ? parameter.name.toLowerCase() : parameter.name;
    const schema: JsonObject = parameter.schemaPointer ? { $ref: `${DOCUMENT_ID}${parameter.schemaPointer}` } : {};
    // Defaults beside the reference, where Ajv's useDefaults sees them.
    if (parameter.schema && 'default' in parameter.schema) schema.default = parameter.schema.default;
    group.properties[name] = schema;
    if (parameter.required) group.required.push(name);
  }
  return { type: 'object', properties: groups, required: ['path', 'query', 'header'] };
}
