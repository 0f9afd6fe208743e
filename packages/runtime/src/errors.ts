// Every error a call can end with: one class per failure on @dtk/core's DtkError (stable `code`, one `details`
// object, secrets removed from everything that prints), and guards that work across installed copies.
import { DtkError, type DtkErrorOptions, hasErrorCode } from '@dtk/core';

/** The code of each error class: match on these (`error.code === API_ERROR_CODES.NotFoundError`) rather than messages. */
export const API_ERROR_CODES = {
  ApiError: 'ERR_DTK_API',
  BadRequestError: 'ERR_DTK_API_BAD_REQUEST',
  AuthenticationError: 'ERR_DTK_API_AUTHENTICATION',
  ReauthenticationRequiredError: 'ERR_DTK_REAUTHENTICATION_REQUIRED',
  PermissionDeniedError: 'ERR_DTK_API_PERMISSION_DENIED',
  NotFoundError: 'ERR_DTK_API_NOT_FOUND',
  ConflictError: 'ERR_DTK_API_CONFLICT',
  UnprocessableEntityError: 'ERR_DTK_API_UNPROCESSABLE_ENTITY',
  RateLimitError: 'ERR_DTK_API_RATE_LIMIT',
  InternalServerError: 'ERR_DTK_API_SERVER',
  UnexpectedRedirectError: 'ERR_DTK_API_REDIRECT',
  ApiConnectionError: 'ERR_DTK_API_CONNECTION',
  ApiTimeoutError: 'ERR_DTK_API_TIMEOUT',
  MalformedResponseError: 'ERR_DTK_API_MALFORMED_RESPONSE',
  ResponseTooLargeError: 'ERR_DTK_API_RESPONSE_TOO_LARGE',
  MissingScopeError: 'ERR_DTK_API_MISSING_SCOPE',
} as const;

/** Any code an {@link ApiError} can carry. */
export type ApiErrorCode = (typeof API_ERROR_CODES)[keyof typeof API_ERROR_CODES];

/** What every error of a call carries. URLs, headers and bodies are redacted before they get here. */
export interface ApiErrorDetails {
  /** HTTP status, or `undefined` when no response arrived (or nothing was sent). */
  readonly status?: number | undefined;
  /** The OpenAPI operationId, when the client knows its operation map. */
  readonly operationId?: string | undefined;
  readonly method?: string | undefined;
  /** The request URL, userinfo, fragment and secret-looking query values removed. */
  readonly url?: string | undefined;
  /** The parsed response body (JSON when it parses, else text), with the credentials the call sent removed. */
  readonly body?: unknown;
  /** Response headers without `set-cookie`, secret-named ones and the call's credentials redacted. */
  readonly headers?: Headers | undefined;
  /** The server's request id (`x-request-id` and similar), for support tickets. */
  readonly requestId?: string | undefined;
  /** How many times the request was sent, retries and a re-send after a 401 included (0 when it never left). */
  readonly attempts: number;
}

/**
 * A call that did not produce a usable successful response. Subclasses say why: one per HTTP status family, plus
 * {@link ApiConnectionError}, {@link ApiTimeoutError}, {@link MissingScopeError}, {@link MalformedResponseError},
 * {@link ResponseTooLargeError} and {@link UnexpectedRedirectError}. Its `body` is `unknown`: narrow it to the
 * spec's type with a guard from {@link apiErrorGuard}.
 */
export class ApiError extends DtkError<ApiErrorDetails> {
  static override readonly code: string = API_ERROR_CODES.ApiError;
  override readonly name: string = 'ApiError';
  declare readonly code: ApiErrorCode;

  /** `details` carries what a subclass adds too (`timeoutMs`, `location`, …). */
  constructor(
    message: string,
    details: ApiErrorDetails & Readonly<Record<string, unknown>>,
    options?: DtkErrorOptions,
  ) {
    super(message, details, options);
  }

  declare readonly status: number | undefined;
  declare readonly operationId: string | undefined;
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;
  /** `unknown`: narrow it to the spec's type with a guard from {@link apiErrorGuard}. */
  declare readonly body: unknown;
  declare readonly headers: Headers | undefined;
  declare readonly requestId: string | undefined;
  declare readonly attempts: number;
  /** Banno's `errorCode` when the body has its generic `{ errorCode, messages }` shape. */
  get errorCode(): number | undefined {
    const code = (this.details.body as { errorCode?: unknown } | null | undefined)?.errorCode;
    return typeof code === 'number' && typeof (this.details.body as { messages?: unknown }).messages === 'string'
      ? code
      : undefined;
  }
}

/** 400: the request was malformed (Banno also answers 400 for out-of-range parameters). */
export class BadRequestError extends ApiError {
  static override readonly code = API_ERROR_CODES.BadRequestError;
  override readonly name = 'BadRequestError';
}
/** 401: the access token is missing, expired or revoked. */
export class AuthenticationError extends ApiError {
  static override readonly code: string = API_ERROR_CODES.AuthenticationError;
  override readonly name: string = 'AuthenticationError';
}
/**
 * The API still answered 401 after the token source renewed the token: the session cannot continue without a new
 * sign-in. Its code is the one `@dtk/auth` gives its own re-authentication error, so one check
 * (`error instanceof ReauthenticationRequiredError` from either package) catches both ways a session ends.
 */
export class ReauthenticationRequiredError extends AuthenticationError {
  static override readonly code = API_ERROR_CODES.ReauthenticationRequiredError;
  override readonly name = 'ReauthenticationRequiredError';
  declare readonly details: ApiErrorDetails & { readonly reason: 'unauthorized' };
  /** Why, in `@dtk/auth`'s terms: the renewed token was refused too. */
  declare readonly reason: 'unauthorized';
}
/** 403: the token is valid but not allowed to do this. */
export class PermissionDeniedError extends ApiError {
  static override readonly code = API_ERROR_CODES.PermissionDeniedError;
  override readonly name = 'PermissionDeniedError';
}
/** 404 */
export class NotFoundError extends ApiError {
  static override readonly code = API_ERROR_CODES.NotFoundError;
  override readonly name = 'NotFoundError';
}
/** 409 */
export class ConflictError extends ApiError {
  static override readonly code = API_ERROR_CODES.ConflictError;
  override readonly name = 'ConflictError';
}
/** 422 */
export class UnprocessableEntityError extends ApiError {
  static override readonly code = API_ERROR_CODES.UnprocessableEntityError;
  override readonly name = 'UnprocessableEntityError';
}
/** 429: rate limited. `retryAfterMs` is the server's `Retry-After`, when it sent one. */
export class RateLimitError extends ApiError {
  static override readonly code = API_ERROR_CODES.RateLimitError;
  override readonly name = 'RateLimitError';
  declare readonly details: ApiErrorDetails & { readonly retryAfterMs: number | undefined };
  declare readonly retryAfterMs: number | undefined;
}
/** Any status of 500 or above. */
export class InternalServerError extends ApiError {
  static override readonly code = API_ERROR_CODES.InternalServerError;
  override readonly name = 'InternalServerError';
}

/**
 * The server answered with a redirect (3xx). Redirects are never followed: Banno's APIs do not redirect, and
 * following one could carry credentials or a request body to another origin. `location` is the redacted target
 * (`'[unparseable url]'` when it does not parse).
 */
export class UnexpectedRedirectError extends ApiError {
  static override readonly code = API_ERROR_CODES.UnexpectedRedirectError;
  override readonly name = 'UnexpectedRedirectError';
  declare readonly details: ApiErrorDetails & { readonly location: string | undefined };
  declare readonly location: string | undefined;
}

/** No response arrived: connection refused or reset, DNS failure, or the body broke off. `status` is undefined. */
export class ApiConnectionError extends ApiError {
  static override readonly code: string = API_ERROR_CODES.ApiConnectionError;
  override readonly name: string = 'ApiConnectionError';
}
/** An attempt took longer than its timeout. A caller's own abort is never turned into this. */
export class ApiTimeoutError extends ApiConnectionError {
  static override readonly code = API_ERROR_CODES.ApiTimeoutError;
  override readonly name = 'ApiTimeoutError';
  declare readonly details: ApiErrorDetails & { readonly timeoutMs: number };
  /** The per-attempt timeout that expired. */
  declare readonly timeoutMs: number;
}

/** Details of a {@link MalformedResponseError}. */
export interface MalformedResponseDetails extends ApiErrorDetails {
  /** The response's `Content-Type`, if it sent one. */
  readonly contentType: string | undefined;
  /** Size of the body in bytes (as decoded, after any content encoding). */
  readonly bodyLength: number;
  /** Its first characters, cleaned and redacted. */
  readonly bodyExcerpt: string;
}

/**
 * A successful (2xx) response whose body is not the JSON it should be: an HTML error page from a proxy, a truncated
 * document, plain text. The body itself is not kept (it may be large, or hold what it should not).
 */
export class MalformedResponseError extends ApiError {
  static override readonly code = API_ERROR_CODES.MalformedResponseError;
  override readonly name = 'MalformedResponseError';
  declare readonly details: MalformedResponseDetails;
  declare readonly contentType: string | undefined;
  declare readonly bodyLength: number;
  declare readonly bodyExcerpt: string;
}

/**
 * The response body is larger than `maxResponseBytes`. Detected from `Content-Length` before anything is read, or
 * while reading; the rest of the body is never read.
 */
export class ResponseTooLargeError extends ApiError {
  static override readonly code = API_ERROR_CODES.ResponseTooLargeError;
  override readonly name = 'ResponseTooLargeError';
  declare readonly details: ApiErrorDetails & {
    readonly maxResponseBytes: number;
    readonly contentLength: number | undefined;
  };
  declare readonly maxResponseBytes: number;
}

/** Details of a {@link MissingScopeError}. */
export interface MissingScopeDetails extends ApiErrorDetails {
  /** The operation's requirements the client could use, as scope sets: all scopes of any one set would do. */
  readonly requiredScopes: readonly (readonly string[])[];
  /** The scopes the token has. */
  readonly grantedScopes: readonly string[];
}

/** The token lacks a scope of every security requirement the client could use for the operation; nothing was sent. */
export class MissingScopeError extends ApiError {
  static override readonly code = API_ERROR_CODES.MissingScopeError;
  override readonly name = 'MissingScopeError';
  declare readonly details: MissingScopeDetails;
  declare readonly requiredScopes: readonly (readonly string[])[];
  declare readonly grantedScopes: readonly string[];
}

/** Fields of `details` that read as properties of the error too (`error.status` is `error.details.status`). */
const DETAIL_PROPERTIES = [
  'status',
  'operationId',
  'method',
  'url',
  'body',
  'headers',
  'requestId',
  'attempts',
  'reason',
  'retryAfterMs',
  'location',
  'timeoutMs',
  'contentType',
  'bodyLength',
  'bodyExcerpt',
  'maxResponseBytes',
  'requiredScopes',
  'grantedScopes',
] as const;
for (const key of DETAIL_PROPERTIES) {
  Object.defineProperty(ApiError.prototype, key, {
    configurable: true,
    get(this: ApiError) {
      return (this.details as unknown as Record<string, unknown>)[key];
    },
  });
}

/**
 * True for any error of this package, from this installed copy or another one (matched by code, not prototype).
 *
 * @example if (isApiError(error) && error.status === 404) …
 */
export function isApiError(value: unknown): value is ApiError {
  return hasErrorCode(value, API_ERROR_CODES.ApiError);
}

// Typed error bodies: what the spec declares for an operation's error responses, by status.

type ResponsesOf<Operation> = Operation extends { responses: infer Responses } ? Responses : never;
type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | '2XX';

/** The error statuses an operation declares (`404`, `'4XX'`, `'default'`, …). */
export type ErrorStatusOf<Operation> = Exclude<keyof ResponsesOf<Operation>, SuccessStatus> & (number | string);

/** The body type the spec declares for `Status` of an operation; `unknown` when it declares none. */
export type ErrorBodyOf<
  Operation,
  Status extends keyof ResponsesOf<Operation>,
> = ResponsesOf<Operation>[Status] extends {
  content: infer Content;
}
  ? Content[keyof Content]
  : unknown;

/** An {@link ApiError} whose `body` and `status` are known from the spec. */
export type TypedApiError<Body, Status> = ApiError & {
  readonly body: Body;
  readonly status: Status extends number ? Status : number;
};

/** A guard from {@link apiErrorGuard}: narrows `error` to the typed error of one operation (and status). */
export type ApiErrorGuard<Operations> = <
  OperationId extends keyof Operations & string,
  Status extends ErrorStatusOf<Operations[OperationId]> = ErrorStatusOf<Operations[OperationId]>,
>(
  error: unknown,
  operationId: OperationId,
  status?: Status,
) => error is TypedApiError<ErrorBodyOf<Operations[OperationId], Status>, Status>;

function statusMatches(actual: number | undefined, expected: number | string | undefined): boolean {
  if (expected === undefined || expected === 'default') return true;
  if (actual === undefined) return false;
  if (typeof expected === 'number') return actual === expected;
  // '4XX', '5XX': a range of statuses.
  return /^[1-5]XX$/i.test(expected) && Math.floor(actual / 100) === Number(expected[0]);
}

/**
 * A guard that types error bodies from a generated `operations` type, for the class-based style:
 *
 * ```ts
 * const isConsumerApiError = apiErrorGuard<operations>();
 * if (isConsumerApiError(error, 'getAccount', 404)) error.body.messages; // typed from the spec
 * ```
 *
 * It matches an {@link ApiError} (from any installed copy) of that operation, and of that status when given (`404`, a
 * range such as `'4XX'`, or `'default'` for any). `error instanceof NotFoundError` alone leaves `body` as `unknown`.
 */
export function apiErrorGuard<Operations>(): ApiErrorGuard<Operations> {
  return ((error: unknown, operationId: string, status?: number | string) =>
    isApiError(error) &&
    error.operationId === operationId &&
    statusMatches(error.status, status)) as ApiErrorGuard<Operations>;
}
