/** What a client knows about the call behind a response, kept beside it for `unwrap` and `getAttempts`. */
export interface ResponseMeta {
  operationId: string | undefined;
  method: string;
  /** Redacted request URL. */
  url: string;
  attempts: number | undefined;
}

const metaByResponse = new WeakMap<Response, ResponseMeta>();

export function recordResponseMeta(response: Response, meta: ResponseMeta): void {
  metaByResponse.set(response, meta);
}

export function responseMetaOf(response: Response): ResponseMeta | undefined {
  return metaByResponse.get(response);
}

/**
 * How many times the request behind a result was sent, retries (and an auth middleware's re-send
 * after a 401) included. Takes a result (`{ response }`) or a `Response`; `undefined` for a
 * response that did not come through `createApiClient`.
 */
export function getAttempts(result: Response | { response: Response }): number | undefined {
  return responseMetaOf(result instanceof Response ? result : result.response)?.attempts;
}
