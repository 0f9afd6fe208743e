import * as oauth from 'oauth4webapi';
import type { AuthorizationRequest } from './authorization-request.js';
import { AuthorizationResponseError } from './errors.js';

/** What the callback is checked against: the pending {@link AuthorizationRequest}, or the parts of it that matter. */
export type CallbackExpectations = Pick<AuthorizationRequest, 'state' | 'issuer' | 'clientId'> &
  Partial<Pick<AuthorizationRequest, 'issParameterSupported'>>;

/** A validated authorization response, ready for `exchangeCode`. */
export interface AuthorizationCallback {
  readonly code: string;
  readonly state: string;
  readonly iss: string | undefined;
}

/** Callbacks this module validated: only their codes are exchanged. */
const validatedCallbacks = new WeakSet<AuthorizationCallback>();
/** Expectation objects already used once: a state is good for one callback only. */
const usedExpectations = new WeakSet<object>();

/** The code of a callback returned by {@link handleCallback}; anything else is refused. */
export function validatedCode(callback: AuthorizationCallback): string {
  if (!validatedCallbacks.has(callback)) throw new TypeError('pass the object returned by handleCallback()');
  return callback.code;
}

/** Names the failed check in one of oauth4webapi's authorization-response errors. */
function rejection(error: unknown): AuthorizationResponseError {
  if (error instanceof oauth.AuthorizationResponseError) {
    return new AuthorizationResponseError(
      'error_response',
      `the authorization server answered ${error.error.slice(0, 64)}`,
      {
        error: error.error,
        error_description: error.error_description,
        error_uri: error.cause.get('error_uri') ?? undefined,
      },
    );
  }
  const message = error instanceof Error ? error.message : '';
  const parameter = /"(iss|state)"/.exec(message)?.[1];
  if (!parameter)
    return new AuthorizationResponseError('unsupported_response', `authorization response not supported: ${message}`);
  const prefix = parameter === 'iss' ? 'issuer' : 'state';
  return new AuthorizationResponseError(/missing/.test(message) ? `${prefix}_missing` : `${prefix}_mismatch`, message);
}

/** The callback URL parsed; a relative one gets a fixed message, since the input holds the authorization code. */
function absoluteCallbackUrl(callbackUrl: string | URL): URL {
  if (callbackUrl instanceof URL) return callbackUrl;
  try {
    return new URL(callbackUrl);
  } catch {
    throw new TypeError(
      "handleCallback needs the absolute callback URL; on a server, pass new URL(req.url, 'https://your.app')",
    );
  }
}

/**
 * Validates the redirect back from the authorization endpoint with
 * oauth4webapi: `iss` first (RFC 9207, against mix-up; required when the
 * provider advertises it), then the one-time `state`, then error responses.
 * Every failure is an {@link AuthorizationResponseError} with a `reason`.
 *
 * The same `expected` object is accepted only once. When it was persisted
 * (a session, `sessionStorage`), delete it there as well.
 *
 * @param callbackUrl The absolute URL the browser was redirected to. On a Node server `req.url` is relative: pass
 *   `new URL(req.url, 'https://your.app')`.
 * @throws {AuthorizationResponseError} with `details.reason` naming the failed check.
 * @throws {TypeError} for a relative callback URL (the message never repeats it: it holds the code).
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2
 * @see https://www.rfc-editor.org/rfc/rfc9207#section-2.4
 * @see https://www.rfc-editor.org/rfc/rfc9700#section-4.7
 */
export function handleCallback(callbackUrl: string | URL, expected: CallbackExpectations): AuthorizationCallback {
  if (usedExpectations.has(expected)) {
    throw new AuthorizationResponseError('state_reused', 'this authorization request was already completed');
  }
  if (!expected.state) throw new TypeError('expected.state is required');
  const url = absoluteCallbackUrl(callbackUrl);
  const issuer = {
    issuer: expected.issuer,
    authorization_response_iss_parameter_supported: expected.issParameterSupported === true,
  };
  let validated: URLSearchParams;
  try {
    validated = oauth.validateAuthResponse(issuer, { client_id: expected.clientId }, url, expected.state);
  } catch (error) {
    // A response carrying the right state has used it up, even when it reports an error.
    if (error instanceof oauth.AuthorizationResponseError) usedExpectations.add(expected);
    throw rejection(error);
  }
  usedExpectations.add(expected);
  const code = validated.get('code');
  if (!code) throw new AuthorizationResponseError('code_missing', 'the authorization response has no "code"');
  const callback: AuthorizationCallback = Object.freeze({
    code,
    state: expected.state,
    iss: validated.get('iss') ?? undefined,
  });
  validatedCallbacks.add(callback);
  return callback;
}
