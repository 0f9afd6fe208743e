// The generated types (src/generated/, by `pnpm generate`) and the maps, with one adjustment for openapi-fetch's
// `{ data, error }` style: error responses whose body Jack Henry does not describe get a body type.
//
// openapi-typescript renders such a response as `content?: never`, so openapi-fetch types `error` as `undefined`
// for it, and `const { data, error } = await client.GET(…); if (error) throw error; data.x` fails with TS18048
// ("data is possibly undefined"). The body is not described, not absent: `UndocumentedErrorBody` says only that
// there is one, without inventing its shape, and `if (error)` then narrows `data`.
import type { operations as GeneratedOperations, paths as GeneratedPaths } from './generated/schema.js';

export * from './generated/operations.js';
export type { $defs, components, webhooks } from './generated/schema.js';

/**
 * The body of an error response whose content Jack Henry's reference does not describe: whatever the server sent,
 * parsed as JSON (or its text). Only its presence is typed; read it with type guards.
 *
 * openapi-fetch resolves an error response with an empty body (`Content-Length: 0`, or nothing sent) with
 * `error: undefined`, so `if (error)` does not see it: where that matters, check `response.ok` or use the clients'
 * `unwrap`, which throw a typed error for every non-2xx status.
 */
export interface UndocumentedErrorBody {
  readonly [key: string]: unknown;
}

type ErrorStatus = `4${string}` | `5${string}` | 'default';

type WithErrorBody<Response> = Response extends { content?: never }
  ? {
      headers: Response extends { headers: infer Headers } ? Headers : never;
      content: { '*/*': UndocumentedErrorBody };
    }
  : Response;

type DescribedResponses<Responses> = {
  [Status in keyof Responses]: `${Status & (string | number)}` extends ErrorStatus
    ? WithErrorBody<Responses[Status]>
    : Responses[Status];
};

type DescribedOperation<Operation> = {
  [Key in keyof Operation]: Key extends 'responses' ? DescribedResponses<Operation[Key]> : Operation[Key];
};

type DescribedPathItem<PathItem> = {
  [Key in keyof PathItem]: PathItem[Key] extends { responses: unknown }
    ? DescribedOperation<PathItem[Key]>
    : PathItem[Key];
};

/** Every path of the API (openapi-typescript's `paths`), with undescribed error bodies typed `UndocumentedErrorBody`. */
export type paths = { [Path in keyof GeneratedPaths]: DescribedPathItem<GeneratedPaths[Path]> };

/** Every operation by operationId (openapi-typescript's `operations`), adjusted like `paths`. */
export type operations = {
  [OperationId in keyof GeneratedOperations]: DescribedOperation<GeneratedOperations[OperationId]>;
};
