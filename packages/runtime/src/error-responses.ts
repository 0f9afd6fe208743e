// From an HTTP error response to the typed error for its status: the class, the server's own explanation for the
// message, and a body and headers with the call's credentials removed.
import { cleanText, redactHeaders, redactUrl, redactValue, type SecretSet, safeMessage } from '@dtk/core';
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
import { parseRetryAfter } from './retry.js';

/** What an error needs to know about the call behind a response. */
export interface CallSummary {
  readonly operationId: string | undefined;
  readonly method: string;
  /** The request URL as sent (redacted here before it is shown). */
  readonly url: string;
  readonly attempts: number;
  /** The exact credentials the call sent, to be removed wherever the server may have echoed them. */
  readonly secrets: SecretSet;
}

// Each class takes its own details; the caller passes what that class needs in `extra`.
type ApiErrorClass = new (message: string, details: never, options: { secrets: SecretSet }) => ApiError;

const ERROR_BY_STATUS: Readonly<Record<number, ApiErrorClass>> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

// Headers servers use for the id that ties a response to their own logs.
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'x-correlation-id', 'x-amzn-requestid'];
// How many entries of a list of errors make it into a message, and how long the server's part may be.
const MAX_LISTED_ERRORS = 3;
const MAX_SERVER_MESSAGE = 300;

/** The server's request id, if it sent one. */
export function requestIdOf(headers: Headers): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value) return cleanText(value, 200);
  }
  return undefined;
}

/**
 * Response headers fit to keep on an error: no `set-cookie`, secret-named ones (and credential-shaped values)
 * replaced, the call's own credentials removed from the rest.
 */
export function safeHeaders(headers: Headers, secrets?: SecretSet): Headers {
  const kept = new Headers(redactHeaders(headers, secrets));
  kept.delete('set-cookie');
  return kept;
}

type Fields = Record<string, unknown>;
const isFields = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** `{ errors: [{ code, message, field? }] }` (Entity Management): `CODE (field): message; ...`. */
function errorList(body: Fields): string | undefined {
  if (!Array.isArray(body.errors)) return undefined;
  const entries = body.errors.filter(isFields).flatMap((entry) => {
    const code = text(entry.code);
    const message = text(entry.message);
    if (!code && !message) return [];
    const field = text(entry.field);
    const label = [code, field && `(${field})`].filter(Boolean).join(' ');
    return [label && message ? `${label}: ${message}` : ((label || message) as string)];
  });
  if (entries.length === 0) return undefined;
  const more = entries.length > MAX_LISTED_ERRORS ? ` (+${entries.length - MAX_LISTED_ERRORS} more)` : '';
  return entries.slice(0, MAX_LISTED_ERRORS).join('; ') + more;
}

/**
 * The server's own explanation in an error body of a shape the specs declare: Banno's `{ errorCode, messages }`,
 * Entity Management's `{ errors: [...] }`, OAuth's `{ error, error_description }` (RFC 6749 §5.2), or bill pay's and
 * Zelle's `{ type, userFriendlyMessage }`. Not shortened or redacted here.
 */
export function errorBodyMessage(body: unknown): string | undefined {
  if (!isFields(body)) return undefined;
  if (typeof body.errorCode === 'number' && typeof body.messages === 'string') return text(body.messages);
  const oauthError = text(body.error);
  if (oauthError) return text(body.error_description) ? `${oauthError}: ${text(body.error_description)}` : oauthError;
  return errorList(body) ?? text(body.userFriendlyMessage) ?? text(body.type);
}

/** An error body as read: JSON when it parses, else the text (what openapi-fetch puts in `error`). */
export function parseErrorText(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** What every error of a call says about it, the URL redacted. */
export function callDetails(
  call: CallSummary,
  secrets = call.secrets,
): { operationId: string | undefined; method: string; url: string; attempts: number } {
  return {
    operationId: call.operationId,
    method: call.method,
    url: redactUrl(call.url, secrets),
    attempts: call.attempts,
  };
}

/** What every error about a response adds: the status, safe headers and the request id. */
export function responseDetails(
  response: Response,
  secrets: SecretSet,
): Pick<ApiErrorDetails, 'status' | 'headers' | 'requestId'> {
  return {
    status: response.status,
    headers: safeHeaders(response.headers, secrets),
    requestId: requestIdOf(response.headers),
  };
}

/**
 * The typed error for a response that was not successful: the subclass for its status (or `ErrorClass`, with its
 * `extra` details), with the parsed body, headers and request id — the call's credentials removed from all of them —
 * and what the client recorded about the call.
 */
export function errorFromResponse(
  call: CallSummary,
  response: Response,
  body: unknown,
  ErrorClass?: ApiErrorClass,
  extra?: object,
): ApiError {
  const { secrets } = call;
  const details: ApiErrorDetails & { retryAfterMs?: number | undefined } = {
    ...callDetails(call, secrets),
    ...responseDetails(response, secrets),
    body: redactValue(body, secrets),
    ...extra,
  };
  const Class =
    ErrorClass ?? ERROR_BY_STATUS[response.status] ?? (response.status >= 500 ? InternalServerError : ApiError);
  if (Class === RateLimitError) details.retryAfterMs = parseRetryAfter(response.headers, Date.now());
  const explanation = errorBodyMessage(body);
  const message =
    `${details.method} ${details.url} failed with ${response.status}` +
    (response.statusText ? ` ${cleanText(response.statusText, 60)}` : '') +
    (details.operationId ? ` (${details.operationId})` : '') +
    (explanation ? `: ${safeMessage(explanation, { maxLength: MAX_SERVER_MESSAGE, secrets })}` : '');
  return new Class(message, details as never, { secrets });
}
