// The sandbox's errors: one base on @dtk/core's DtkError (stable `code`, one `details` object, secrets removed from
// everything that prints), its codes, and a guard that works across installed copies.
import { DtkError, hasErrorCode } from '@dtk/core';

/** The code of each error class: match on these (`error.code === SANDBOX_ERROR_CODES.SandboxTokenError`). */
export const SANDBOX_ERROR_CODES = {
  SandboxError: 'ERR_DTK_SANDBOX',
  SandboxUsageError: 'ERR_DTK_SANDBOX_USAGE',
  AuthorizationFlowError: 'ERR_DTK_SANDBOX_AUTHORIZATION_FLOW',
  SandboxTokenError: 'ERR_DTK_SANDBOX_TOKEN',
  BodyTooLargeError: 'ERR_DTK_SANDBOX_BODY_TOO_LARGE',
} as const;

/** Any code a {@link SandboxError} can carry. */
export type SandboxErrorCode = (typeof SANDBOX_ERROR_CODES)[keyof typeof SANDBOX_ERROR_CODES];

/** Base of every error the sandbox throws. */
export class SandboxError<Details extends object = Record<string, unknown>> extends DtkError<Details> {
  static override readonly code: string = SANDBOX_ERROR_CODES.SandboxError;
  override readonly name: string = 'SandboxError';
  declare readonly code: SandboxErrorCode;
}

/** A command line `dtk-sandbox` cannot run: an unknown flag, a bad value, an unreadable `--config`. */
export class SandboxUsageError extends SandboxError<Record<string, never>> {
  static override readonly code: string = SANDBOX_ERROR_CODES.SandboxUsageError;
  override readonly name: string = 'SandboxUsageError';

  constructor(message: string) {
    super(message, {});
  }
}

/** The provider answered the authorization request with something other than a redirect or a sign-in page. */
export class AuthorizationFlowError extends SandboxError<Record<string, never>> {
  static override readonly code: string = SANDBOX_ERROR_CODES.AuthorizationFlowError;
  override readonly name: string = 'AuthorizationFlowError';

  constructor(message: string) {
    super(message, {});
  }
}

/** Details of a {@link SandboxTokenError}. */
export interface SandboxTokenErrorDetails {
  /** The token endpoint's HTTP status; `undefined` when sign-in failed before the token request. */
  readonly status: number | undefined;
  /** The OAuth `error` code (RFC 6749 §5.2) or the authorization response's `error`. */
  readonly error: string | undefined;
}

/** The token endpoint refused a request the sandbox made for you. */
export class SandboxTokenError extends SandboxError<SandboxTokenErrorDetails> {
  static override readonly code: string = SANDBOX_ERROR_CODES.SandboxTokenError;
  override readonly name: string = 'SandboxTokenError';
}

/** A request body over the sandbox's limit (answered with 413). */
export class BodyTooLargeError extends SandboxError<{ readonly limit: number }> {
  static override readonly code: string = SANDBOX_ERROR_CODES.BodyTooLargeError;
  override readonly name: string = 'BodyTooLargeError';

  constructor(limit: number) {
    super(`request body over ${limit} bytes`, { limit });
  }
}

/** True for any error of the sandbox, from this installed copy or another one (matched by code, not prototype). */
export function isSandboxError(value: unknown): value is SandboxError {
  return hasErrorCode(value, SANDBOX_ERROR_CODES.SandboxError);
}
