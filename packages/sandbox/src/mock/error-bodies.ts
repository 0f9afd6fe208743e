// Error responses in each API's own shape. An operation that declares the status answers with its
// declared body (none when it declares none); otherwise the API's usual error schema is used: the one
// most operations declare for their 4xx/5xx answers (Banno's Consumer API: `{ errorCode, messages }`).
import { STATUS_CODES } from 'node:http';
import {
  declaredResponse,
  type JsonObject,
  type MediaDescriptor,
  type OpenApiDocument,
  type OperationDescriptor,
  preferredMedia,
} from './description.js';
import { propertiesOf, resolveSchema, sampleOf, typeOf } from './schema-shapes.js';
import type { DescriptionValidators } from './validators.js';

export interface ErrorBody {
  /** Undefined for a response declared without a body. */
  body: unknown;
  mediaType: string | undefined;
}

const CODE_NAME = /^(error)?(code|status|statuscode)$/i;
const MESSAGE_NAME = /message|description|detail|reason|title/i;
const LIST_NAME = /^(errors|messages|details|problems)$/i;

/** `404` → `NOT_FOUND`, for error codes that are strings. */
const statusCode = (status: number) => (STATUS_CODES[status] ?? 'Error').toUpperCase().replace(/[^A-Z0-9]+/g, '_');

/** Puts the status and message into the fields of an error body (sampled with its required fields only) that are meant for them. */
function fillErrorFields(
  document: OpenApiDocument,
  schema: unknown,
  value: unknown,
  status: number,
  message: string,
): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const filled: JsonObject = { ...(value as JsonObject) };
  for (const [name, property] of Object.entries(propertiesOf(document, schema))) {
    const type = typeOf(property);
    const free = !Array.isArray(property.enum);
    if ((type === 'integer' || type === 'number') && CODE_NAME.test(name)) filled[name] = status;
    else if (type === 'string' && CODE_NAME.test(name) && free) filled[name] = statusCode(status);
    else if (type === 'string' && MESSAGE_NAME.test(name) && free) filled[name] = message;
    else if (type === 'array' && LIST_NAME.test(name)) {
      const item = resolveSchema(document, property.items);
      filled[name] =
        typeOf(item) === 'string'
          ? [message]
          : [fillErrorFields(document, item, sampleOf(document, item, { skipNonRequired: true }), status, message)];
    } else if (type === 'object' && name in filled)
      filled[name] = fillErrorFields(document, property, filled[name], status, message);
  }
  return filled;
}

export class ErrorBodies {
  readonly #document: OpenApiDocument;
  readonly #validators: DescriptionValidators;
  readonly #apiErrorMedia: MediaDescriptor | undefined;

  /** `errorSchema` names the API's usual error component schema; by default the one most operations declare. */
  constructor(
    document: OpenApiDocument,
    operations: readonly OperationDescriptor[],
    validators: DescriptionValidators,
    errorSchema?: string,
  ) {
    this.#document = document;
    this.#validators = validators;
    this.#apiErrorMedia = errorSchema ? namedErrorMedia(document, errorSchema) : usualErrorMedia(operations);
  }

  /** The body of an error answer with `status` from `operation` (or outside any operation). */
  body(operation: OperationDescriptor | undefined, status: number, message: string): ErrorBody {
    const declared = operation ? declaredResponse(operation, status) : undefined;
    if (declared && declared.content.length === 0) return { body: undefined, mediaType: undefined };
    const media = declared ? preferredMedia(declared.content) : this.#apiErrorMedia;
    if (!media?.schema) return { body: undefined, mediaType: undefined };
    const sampled = sampleOf(this.#document, media.schema, { skipNonRequired: true });
    const filled = fillErrorFields(this.#document, media.schema, sampled, status, message);
    const valid = !media.schemaPointer || this.#validators.validate(media.schemaPointer, filled).length === 0;
    return { body: valid ? filled : sampled, mediaType: media.mediaType };
  }
}

function namedErrorMedia(document: OpenApiDocument, name: string): MediaDescriptor {
  const schemas = (document.components?.schemas ?? {}) as JsonObject;
  if (!(name in schemas))
    throw new TypeError(
      `errorSchema "${name}" is not a component schema of ${document.info?.title ?? 'the description'}`,
    );
  const schemaPointer = `#/components/schemas/${encodeURIComponent(name.replace(/~/g, '~0').replace(/\//g, '~1'))}`;
  return {
    mediaType: 'application/json',
    schemaPointer,
    schema: resolveSchema(document, schemas[name]),
    example: undefined,
    hasExample: false,
  };
}

/** The error body schema declared by the most operations (ties: the first seen). */
function usualErrorMedia(operations: readonly OperationDescriptor[]): MediaDescriptor | undefined {
  const users = new Map<JsonObject, { media: MediaDescriptor; operations: Set<string> }>();
  for (const operation of operations) {
    for (const response of operation.responses) {
      if (!/^[45]/.test(response.status)) continue;
      const media = preferredMedia(response.content);
      if (!media?.schema || typeOf(media.schema) !== 'object') continue;
      const entry = users.get(media.schema) ?? { media, operations: new Set<string>() };
      entry.operations.add(operation.key);
      users.set(media.schema, entry);
    }
  }
  let best: { media: MediaDescriptor; operations: Set<string> } | undefined;
  for (const entry of users.values()) if (!best || entry.operations.size > best.operations.size) best = entry;
  return best?.media;
}
