import { errorFromResponse } from './error-from-response.js';

/** The shape of what openapi-fetch calls resolve to. */
export interface FetchResultLike {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The `data` type of a successful result (the branch of the union where `data` is required). */
export type DataOf<Result> = Result extends { data: infer Data } ? Data : never;

/**
 * Returns a call's `data`, or throws the typed {@link ApiError} subclass for its status
 * (`NotFoundError`, `RateLimitError`, ...) with the parsed error body. Connection failures and
 * timeouts were already thrown by the call itself.
 *
 * @example const { accounts } = await unwrap(client.GET('/users/{userId}/accounts', { params }));
 */
export async function unwrap<Result extends FetchResultLike>(call: Result | Promise<Result>): Promise<DataOf<Result>> {
  const result = await call;
  if (!result.response.ok) throw errorFromResponse(result.response, result.error);
  return result.data as DataOf<Result>;
}
