import { errorBodyMessage } from './error-body-message.js';
import {
  ApiError,
  type ApiErrorDetails,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors.js';
import { redactedExcerpt, redactUrl } from './redact.js';
import { requestIdOf } from './request-id.js';
import { responseMetaOf } from './response-meta.js';

type ApiErrorClass = new (message: string, details: ApiErrorDetails) => ApiError;

const ERROR_BY_STATUS: Readonly<Record<number, ApiErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

const MAX_MESSAGE_DETAIL = 300;

/** Response headers worth keeping on an error: everything but cookies the server set. */
export function errorHeaders(headers: Headers): Headers {
  const kept = new Headers(headers);
  kept.delete('set-cookie');
  return kept;
}

/** The server's own explanation, when the body carries one: redacted, on one line, shortened. */
function serverMessage(body: unknown): string | undefined {
  const message = errorBodyMessage(body);
  return message ? redactedExcerpt(message, MAX_MESSAGE_DETAIL) : undefined;
}

/**
 * The typed error for a response that was not successful: the subclass for its status, with the
 * parsed body, headers, request id and what the client recorded about the call.
 */
export function errorFromResponse(response: Response, body: unknown): ApiError {
  const meta = responseMetaOf(response);
  const url = meta?.url ?? (response.url ? redactUrl(response.url) : undefined);
  const ErrorClass = ERROR_BY_STATUS[response.status] ?? (response.status >= 500 ? InternalServerError : ApiError);
  const detail = serverMessage(body);
  const message =
    `${meta?.method ?? 'Request'} ${url ?? ''} failed with ${response.status}` +
    (response.statusText ? ` ${response.statusText}` : '') +
    (meta?.operationId ? ` (${meta.operationId})` : '') +
    (detail ? `: ${detail}` : '');
  return new ErrorClass(message.replace(/\s+/g, ' '), {
    status: response.status,
    operationId: meta?.operationId,
    method: meta?.method,
    url,
    body,
    headers: errorHeaders(response.headers),
    requestId: requestIdOf(response.headers),
    attempts: meta?.attempts,
  });
}
