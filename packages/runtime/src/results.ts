// What a call resolves to: openapi-fetch's `{ data, error, response }`, plus (out of sight) what the client knows
// about the call, which `unwrap` turns into a typed error and `getAttempts` reads.
import { SecretSet } from '@dtk/core';
import { type CallSummary, errorFromResponse } from './error-responses.js';

/**
 * Where a result keeps its call's summary: a registered symbol, so that `unwrap` of one installed copy of this
 * package reads results of another. Non-enumerable: the result prints and compares as openapi-fetch's own.
 */
const CALL = Symbol.for('@dtk/runtime.call');

/** The shape of what calls resolve to. */
export interface FetchResultLike {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The `data` type of a successful result (the branch of the union where `data` is required). */
export type DataOf<Result> = Result extends { data: infer Data } ? Data : never;

/** Attaches the call's summary to the result the client hands back. */
export function withCallSummary<Result extends object>(result: Result, call: CallSummary): Result {
  Object.defineProperty(result, CALL, { value: call });
  return result;
}

function callSummaryOf(result: FetchResultLike): CallSummary {
  const summary = (result as { [CALL]?: CallSummary })[CALL];
  if (summary) return summary;
  // A result that did not come from createApiClient: only the response is known.
  const { response } = result;
  return { operationId: undefined, method: 'Request', url: response.url, attempts: 0, secrets: new SecretSet() };
}

/**
 * Returns a call's `data`, or throws the typed {@link ApiError} subclass for its status (`NotFoundError`,
 * `RateLimitError`, ...) carrying the parsed error body, with the credentials the call sent removed from it.
 * Connection failures and timeouts were already thrown by the call itself.
 *
 * @throws {ApiError} the subclass for the response's status.
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15 (status codes)
 * @example const { accounts } = await unwrap(client.GET('/users/{userId}/accounts', { params }));
 */
export async function unwrap<Result extends FetchResultLike>(call: Result | Promise<Result>): Promise<DataOf<Result>> {
  const result = await call;
  if (!result.response.ok) throw errorFromResponse(callSummaryOf(result), result.response, result.error);
  return result.data as DataOf<Result>;
}

/**
 * How many times the request behind a result was sent, retries and a re-send after a 401 included; `undefined` for
 * a result that did not come from `createApiClient`.
 */
export function getAttempts(result: FetchResultLike): number | undefined {
  return (result as { [CALL]?: CallSummary })[CALL]?.attempts;
}
