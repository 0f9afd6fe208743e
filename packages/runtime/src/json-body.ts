import { errorHeaders } from './error-from-response.js';
import { MalformedResponseError } from './errors.js';
import { redactedExcerpt } from './redact.js';
import { requestIdOf } from './request-id.js';
import { readBodyText } from './response-body.js';
import type { ResponseMeta } from './response-meta.js';

// Enough of a body to recognise it: an HTML page, a form, plain text.
const EXCERPT_LENGTH = 60;

/** Mirrors openapi-fetch 0.17: the responses whose body it parses as JSON into `data`. */
export function parsedAsJson(response: Response, method: string, parseAs: string): boolean {
  if (!response.ok || parseAs !== 'json' || response.status === 204 || method === 'HEAD') return false;
  const emptyByLength =
    response.headers.get('content-length') === '0' && !response.headers.get('transfer-encoding')?.includes('chunked');
  return !emptyByLength && !response.bodyUsed;
}

/**
 * Reads the body of a successful response that openapi-fetch is about to parse as JSON, so that one
 * which does not parse rejects the call with a {@link MalformedResponseError} instead of a bare
 * `SyntaxError` (whose message would echo the body). The text and the parsed value are handed on
 * through the response's own `text()` and `json()`: a body that came with a `Content-Length` is
 * parsed once, as before; openapi-fetch parses one without it (chunked) a second time from the text.
 */
export async function checkJsonBody(response: Response, meta: ResponseMeta, parseAs: string): Promise<void> {
  if (!parsedAsJson(response, meta.method, parseAs)) return;
  const raw = await readBodyText(response);
  let data: unknown;
  if (raw !== '') {
    try {
      data = JSON.parse(raw);
    } catch {
      // The SyntaxError is not kept: its message quotes the body.
      throw malformedResponseError(response, meta, raw);
    }
  }
  Object.defineProperties(response, {
    text: { configurable: true, value: () => Promise.resolve(raw) },
    json: { configurable: true, value: () => Promise.resolve(data) },
  });
}

function malformedResponseError(response: Response, meta: ResponseMeta, raw: string): MalformedResponseError {
  const contentType = response.headers.get('content-type') ?? undefined;
  const bodyLength = new TextEncoder().encode(raw).byteLength;
  const bodyExcerpt = redactedExcerpt(raw, EXCERPT_LENGTH);
  const message =
    `${meta.method} ${meta.url}${meta.operationId ? ` (${meta.operationId})` : ''} answered ${response.status} ` +
    `with a body that is not valid JSON (${contentType ?? 'no content type'}, ${bodyLength} bytes): "${bodyExcerpt}"`;
  return new MalformedResponseError(message, {
    status: response.status,
    operationId: meta.operationId,
    method: meta.method,
    url: meta.url,
    headers: errorHeaders(response.headers),
    requestId: requestIdOf(response.headers),
    attempts: meta.attempts,
    contentType,
    bodyLength,
    bodyExcerpt,
  });
}
