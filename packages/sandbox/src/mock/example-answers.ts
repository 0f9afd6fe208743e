// The answer of an operation with no state behind it: the success response's own example when it
// validates, else a sample made from its schema; path parameters echoed into same-named fields.
import {
  type JsonObject,
  type OpenApiDocument,
  type OperationDescriptor,
  preferredMedia,
  successResponse,
} from './description.js';
import type { MockResult } from './handler-types.js';
import { sampleOf } from './schema-shapes.js';
import type { DescriptionValidators, ParameterValues } from './validators.js';

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function exampleAnswer(
  document: OpenApiDocument,
  validators: DescriptionValidators,
  operation: OperationDescriptor,
  params: ParameterValues,
): MockResult {
  const response = successResponse(operation);
  const status = response && /^\d+$/.test(response.status) ? Number(response.status) : 200;
  const media = preferredMedia(response?.content ?? []);
  if (!media) return { status };
  const validates = (value: unknown) =>
    !media.schemaPointer || validators.validate(media.schemaPointer, value).length === 0;
  let body =
    media.hasExample && validates(media.example) ? structuredClone(media.example) : sampleOf(document, media.schema);
  if (isObject(body)) {
    // `GET /users/{userId}` about user u1 says `userId: "u1"`, when the schema allows it.
    const echoed: JsonObject = { ...body };
    for (const [name, value] of Object.entries(params.path))
      if (name in echoed && typeof echoed[name] === typeof value) echoed[name] = value;
    if (validates(echoed)) body = echoed;
  }
  return { status, body, mediaType: media.mediaType };
}
