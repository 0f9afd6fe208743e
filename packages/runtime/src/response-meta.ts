import { redactUrl } from './redact.js';

/** What a client knows about the call behind a response, kept beside it for `unwrap` and `getAttempts`. */
export interface ResponseMeta {
  readonly operationId: string | undefined;
  readonly method: string;
  /** Redacted request URL. */
  readonly url: string;
  readonly attempts: number | undefined;
}

/** A {@link ResponseMeta} whose URL is redacted on first use: only an error message needs it. */
export function responseMeta(operationId: string | undefined, method: string, requestUrl: string, attempts: number | undefined): ResponseMeta {
  let url: string | undefined;
  return {
    operationId,
    method,
    get url() {
      return (url ??= redactUrl(requestUrl));
    },
    attempts,
  };
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
