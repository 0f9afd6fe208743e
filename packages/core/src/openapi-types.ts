// One adjustment of openapi-typescript's output for openapi-fetch's `{ data, error }` style, shared by every types
// package: error responses whose body the description does not describe get a body type.
//
// openapi-typescript renders such a response as `content?: never`, so openapi-fetch types `error` as `undefined`
// for it, and `const { data, error } = await client.GET(…); if (error) throw error; data.x` fails with TS18048
// ("data is possibly undefined"). The body is not described, not absent: `UndocumentedErrorBody` says only that
// there is one, without inventing its shape, and `if (error)` then narrows `data`.

/**
 * The body of an error response whose content the API's reference does not describe: whatever the server sent,
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

/** One operation (openapi-typescript's shape) with its undescribed error bodies typed `UndocumentedErrorBody`. */
export type DescribedOperation<Operation> = {
  [Key in keyof Operation]: Key extends 'responses' ? DescribedResponses<Operation[Key]> : Operation[Key];
};

type DescribedPathItem<PathItem> = {
  [Key in keyof PathItem]: PathItem[Key] extends { responses: unknown }
    ? DescribedOperation<PathItem[Key]>
    : PathItem[Key];
};

/** openapi-typescript's `paths`, with undescribed error bodies typed `UndocumentedErrorBody`. */
export type DescribedPaths<Paths> = { [Path in keyof Paths]: DescribedPathItem<Paths[Path]> };

/** openapi-typescript's `operations`, adjusted like {@link DescribedPaths}. */
export type DescribedOperations<Operations> = {
  [OperationId in keyof Operations]: DescribedOperation<Operations[OperationId]>;
};
