import { isBannoErrorBody } from './banno-error-body.js';
import { parseRetryAfter } from './retry-after.js';

/** What every error of a call carries. URLs are already redacted when they get here. */
export interface ApiErrorDetails<Body = unknown> {
  status?: number | undefined;
  operationId?: string | undefined;
  method?: string | undefined;
  url?: string | undefined;
  body?: Body | undefined;
  headers?: Headers | undefined;
  requestId?: string | undefined;
  attempts?: number | undefined;
  cause?: unknown;
}

/**
 * A call that did not produce a successful response. Subclasses say why: one per HTTP status
 * family, plus {@link ConnectionError}, {@link TimeoutError} and {@link MissingScopeError}
 * (those three have no `status`), and {@link MalformedResponseError} for a 2xx body that is not JSON.
 */
export class ApiError<Body = unknown> extends Error {
  override name = 'ApiError';
  /** HTTP status, or `undefined` when no response arrived. */
  readonly status: number | undefined;
  /** The OpenAPI operationId, when the client knows its operation map. */
  readonly operationId: string | undefined;
  readonly method: string | undefined;
  /** The request URL with userinfo and secret-looking query values redacted. */
  readonly url: string | undefined;
  /** The parsed response body (JSON when it parses, else text). */
  readonly body: Body | undefined;
  /** Response headers, without `set-cookie`. */
  readonly headers: Headers | undefined;
  /** The server's request id (`x-request-id` and similar), for support tickets. */
  readonly requestId: string | undefined;
  /** How many times the request was sent, retries included (0 when it never left). */
  readonly attempts: number;

  constructor(message: string, details: ApiErrorDetails<Body> = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.status = details.status;
    this.operationId = details.operationId;
    this.method = details.method;
    this.url = details.url;
    this.body = details.body;
    this.headers = details.headers;
    this.requestId = details.requestId;
    this.attempts = details.attempts ?? 0;
  }

  /** Banno's `errorCode` when the body has its generic `{ errorCode, messages }` shape. */
  get errorCode(): number | undefined {
    return isBannoErrorBody(this.body) ? this.body.errorCode : undefined;
  }
}

/** 400: the request was malformed (Banno also answers 400 for out-of-range parameters). */
export class BadRequestError<Body = unknown> extends ApiError<Body> {
  override name = 'BadRequestError';
}
/** 401: the access token is missing, expired or revoked. */
export class AuthenticationError<Body = unknown> extends ApiError<Body> {
  override name = 'AuthenticationError';
}
/** 403: the token is valid but not allowed to do this. */
export class PermissionDeniedError<Body = unknown> extends ApiError<Body> {
  override name = 'PermissionDeniedError';
}
/** 404 */
export class NotFoundError<Body = unknown> extends ApiError<Body> {
  override name = 'NotFoundError';
}
/** 409 */
export class ConflictError<Body = unknown> extends ApiError<Body> {
  override name = 'ConflictError';
}
/** 422 */
export class UnprocessableEntityError<Body = unknown> extends ApiError<Body> {
  override name = 'UnprocessableEntityError';
}
/** 429: rate limited. `retryAfterMs` is the server's `Retry-After` when it sent one. */
export class RateLimitError<Body = unknown> extends ApiError<Body> {
  override name = 'RateLimitError';
  readonly retryAfterMs: number | undefined;
  constructor(message: string, details: ApiErrorDetails<Body> = {}) {
    super(message, details);
    this.retryAfterMs = details.headers ? parseRetryAfter(details.headers, Date.now()) : undefined;
  }
}
/** Any status of 500 or above. */
export class InternalServerError<Body = unknown> extends ApiError<Body> {
  override name = 'InternalServerError';
}

/** No response arrived: connection refused or reset, DNS failure, or the body broke off. */
export class ConnectionError extends ApiError<never> {
  override name = 'ConnectionError';
}
/** An attempt took longer than its timeout. A caller's own abort is never turned into this. */
export class TimeoutError extends ConnectionError {
  override name = 'TimeoutError';
  /** The per-attempt timeout that expired. */
  readonly timeoutMs: number;
  constructor(message: string, details: ApiErrorDetails<never> & { timeoutMs: number }) {
    super(message, details);
    this.timeoutMs = details.timeoutMs;
  }
}

/**
 * A successful (2xx) response whose body is not the JSON it should be: an HTML error page from a
 * proxy, a truncated document, plain text. The body itself is not kept (it may be large, or hold
 * what it should not); `bodyLength` and a short, redacted `bodyExcerpt` say what came instead.
 */
export class MalformedResponseError extends ApiError<never> {
  override name = 'MalformedResponseError';
  /** The response's `Content-Type`, if it sent one. */
  readonly contentType: string | undefined;
  /** Size of the body in bytes (as decoded, after any content encoding). */
  readonly bodyLength: number;
  /** Its first characters, secret-looking values redacted. */
  readonly bodyExcerpt: string;
  constructor(
    message: string,
    details: ApiErrorDetails<never> & { contentType: string | undefined; bodyLength: number; bodyExcerpt: string },
  ) {
    super(message, details);
    this.contentType = details.contentType;
    this.bodyLength = details.bodyLength;
    this.bodyExcerpt = details.bodyExcerpt;
  }
}

/** The token lacks every scope that grants the operation; nothing was sent. */
export class MissingScopeError extends ApiError<never> {
  override name = 'MissingScopeError';
  /** Any one of these scopes would grant the operation. */
  readonly acceptedScopes: readonly string[];
  /** The scopes the token has. */
  readonly grantedScopes: readonly string[];
  constructor(
    message: string,
    details: ApiErrorDetails<never> & { acceptedScopes: readonly string[]; grantedScopes: readonly string[] },
  ) {
    super(message, details);
    this.acceptedScopes = details.acceptedScopes;
    this.grantedScopes = details.grantedScopes;
  }
}
