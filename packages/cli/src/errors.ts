// The failures `dtk` reports, and the one table that turns any failure (its own or one of @dtk/auth's) into a
// documented exit code, a one-line message cleaned of secrets, and a hint saying what to do next.
import {
  isAuthorizationResponseError,
  isIdTokenValidationError,
  isOAuthError,
  isProviderResponseError,
  isReauthenticationRequiredError,
  isTokenStoreError,
} from '@dtk/auth';
import { isPrivateKeyError } from '@dtk/auth/confidential';
import { DtkError, type DtkErrorOptions, isDtkError, safeMessage } from '@dtk/core';

/** The exit codes of `dtk`, one per kind of failure, so scripts can tell them apart. */
export const EXIT_CODES = {
  /** Done. */
  ok: 0,
  /** A failure with no better code (a bug: please report it). */
  failure: 1,
  /** Bad usage: an unknown command or flag, a missing or malformed value. */
  usage: 2,
  /** Configuration: a bad config file, a missing issuer or client ID, an unusable key file. */
  config: 3,
  /** Authentication: not signed in, the sign-in was denied, the provider refused the grant or the client. */
  auth: 4,
  /** Network: the provider could not be reached, or answered with something that is not OAuth. */
  network: 5,
  /** The browser sign-in did not come back within `--timeout`. */
  timeout: 6,
  /** The port of the redirect URI is taken by another program. */
  portInUse: 7,
  /** The token file is corrupt, unreadable, unwritable or locked (and was left as it is). */
  tokenStore: 8,
  /** Interrupted (Ctrl-C). */
  interrupted: 130,
} as const;

export type ExitCodeName = keyof typeof EXIT_CODES;

/** One line per exit code, for `dtk --help`. */
export const EXIT_CODE_MEANINGS: Readonly<Record<ExitCodeName, string>> = {
  ok: 'done',
  failure: 'unexpected failure',
  usage: 'bad usage (unknown command or flag, bad value)',
  config: 'configuration (config file, missing issuer or client ID, key file)',
  auth: 'authentication (not signed in, sign-in denied, grant or client refused)',
  network: 'network (provider unreachable, failing, or not answering OAuth)',
  timeout: 'the browser sign-in timed out',
  portInUse: 'the redirect URI port is in use',
  tokenStore: 'token file corrupt, unreadable or locked (left untouched)',
  interrupted: 'interrupted',
};
export type ExitCode = (typeof EXIT_CODES)[ExitCodeName];

export const ERR_DTK_CLI = 'ERR_DTK_CLI';
export const ERR_DTK_CLI_USAGE = 'ERR_DTK_CLI_USAGE';
export const ERR_DTK_CLI_CONFIG = 'ERR_DTK_CLI_CONFIG';
export const ERR_DTK_CLI_NOT_SIGNED_IN = 'ERR_DTK_CLI_NOT_SIGNED_IN';
export const ERR_DTK_CLI_PORT_IN_USE = 'ERR_DTK_CLI_PORT_IN_USE';

export interface CliErrorDetails {
  /** What the user can do about it, e.g. the command to run. */
  hint?: string | undefined;
}

/** Base of the errors `dtk` raises itself (`code` `ERR_DTK_CLI…`). */
export class CliError<Details extends CliErrorDetails = CliErrorDetails> extends DtkError<Details> {
  static override readonly code: string = ERR_DTK_CLI;
  override readonly name: string = 'CliError';
}

/** A command line `dtk` cannot run: unknown command or flag, missing or malformed value. */
export class UsageError extends CliError<CliErrorDetails & { command: string }> {
  static override readonly code: string = ERR_DTK_CLI_USAGE;
  override readonly name: string = 'UsageError';

  constructor(message: string, command: string, options?: DtkErrorOptions) {
    super(message, { command, hint: `run: dtk ${command === 'dtk' ? '' : `${command} `}--help` }, options);
  }
}

/** The configuration cannot be used: a bad config file, a missing setting, an unreadable key file. */
export class ConfigError extends CliError {
  static override readonly code: string = ERR_DTK_CLI_CONFIG;
  override readonly name: string = 'ConfigError';

  constructor(message: string, hint?: string, options?: DtkErrorOptions) {
    super(message, { hint }, options);
  }
}

/** No tokens are stored for the profile. */
export class NotSignedInError extends CliError<CliErrorDetails & { profile: string }> {
  static override readonly code: string = ERR_DTK_CLI_NOT_SIGNED_IN;
  override readonly name: string = 'NotSignedInError';

  constructor(profile: string) {
    const hint = `run: dtk login${profile === 'default' ? '' : ` --profile ${profile}`}`;
    super(`not signed in (profile "${profile}")`, { profile, hint });
  }
}

/** The redirect URI's port is taken, so the browser's redirect cannot be received. */
export class PortInUseError extends CliError<CliErrorDetails & { redirectUri: string }> {
  static override readonly code: string = ERR_DTK_CLI_PORT_IN_USE;
  override readonly name: string = 'PortInUseError';

  constructor(redirectUri: string, options?: DtkErrorOptions) {
    super(
      `cannot listen on ${redirectUri}: the port is in use by another program`,
      {
        redirectUri,
        hint: 'stop the program holding the port (e.g. an earlier dtk login still waiting), then try again; the port must stay the one registered with the provider',
      },
      options,
    );
  }
}

/** An error with a better hint for where it happened (e.g. a failed revocation: the tokens are still stored). */
export class HintedError extends Error {
  override readonly name = 'HintedError';
  constructor(
    readonly error: unknown,
    readonly hint: string,
  ) {
    super('hinted error', { cause: error });
  }
}

/** Ctrl-C during a command that waits (e.g. for the browser). */
export class InterruptedError extends CliError {
  static override readonly code: string = 'ERR_DTK_CLI_INTERRUPTED';
  override readonly name: string = 'InterruptedError';

  constructor() {
    super('interrupted', {});
  }
}

/** A failure as `dtk` reports it. */
export interface Failure {
  exitCode: ExitCode;
  /** Stable code: ours or @dtk/auth's `ERR_DTK_…`, or `ERR_DTK_CLI` for anything else. */
  code: string;
  message: string;
  hint?: string | undefined;
  /** For OAuth errors and authorization redirects: the `error` code, e.g. `access_denied`. */
  error?: string | undefined;
}

function oauthHint(error: string | undefined): string | undefined {
  switch (error) {
    case 'access_denied':
      return 'the sign-in was cancelled or refused in the browser; run dtk login to try again';
    case 'invalid_grant':
      return 'the grant has expired or was revoked; run dtk login again';
    case 'invalid_client':
    case 'unauthorized_client':
      return 'check the client ID (and key or secret) against the registration at the provider';
    case 'invalid_scope':
      return 'ask only for scopes the client is registered for (--scope, DTK_SCOPES or the profile)';
    default:
      return undefined;
  }
}

/** What kind of failure `error` is; the exit code and message `dtk` reports for it. */
export function describeFailure(error: unknown): Failure {
  const message = (text: string) => safeMessage(text, { maxLength: 1_000 });
  if (error instanceof HintedError) return { ...describeFailure(error.error), hint: error.hint };
  if (isDtkError(error)) {
    const base = { code: error.code, message: message(error.message) };
    const details = error.details as Record<string, unknown>;
    if (error instanceof CliError) {
      const exit: ExitCodeName =
        error instanceof UsageError
          ? 'usage'
          : error instanceof ConfigError
            ? 'config'
            : error instanceof NotSignedInError
              ? 'auth'
              : error instanceof PortInUseError
                ? 'portInUse'
                : error instanceof InterruptedError
                  ? 'interrupted'
                  : 'failure';
      return { ...base, exitCode: EXIT_CODES[exit], hint: error.details.hint };
    }
    if (isTokenStoreError(error)) {
      const hint =
        error.details.reason === 'corrupt'
          ? 'the file was left untouched: move it away (or delete it) and sign in again'
          : error.details.reason === 'lock_timeout'
            ? 'another dtk holds the token file lock; wait for it, or remove a stale .lock file'
            : 'check the permissions of the dtk config directory';
      return { ...base, exitCode: EXIT_CODES.tokenStore, hint };
    }
    if (isAuthorizationResponseError(error)) {
      if (error.details.reason === 'timeout') {
        return {
          ...base,
          message: 'the sign-in did not finish in time',
          exitCode: EXIT_CODES.timeout,
          hint: 'run dtk login again (and --timeout <seconds> to wait longer)',
        };
      }
      const oauthError = error.details.error;
      return { ...base, exitCode: EXIT_CODES.auth, error: oauthError, hint: oauthHint(oauthError) };
    }
    if (isOAuthError(error)) {
      const oauthError = error.details.error;
      // RFC 6749 §4.1.2.1: the provider is failing, not refusing: a network-class failure, worth a retry.
      if (oauthError === 'server_error' || oauthError === 'temporarily_unavailable') {
        return {
          ...base,
          exitCode: EXIT_CODES.network,
          error: oauthError,
          hint: 'the provider is failing; try again later',
        };
      }
      return { ...base, exitCode: EXIT_CODES.auth, error: oauthError, hint: oauthHint(oauthError) };
    }
    if (isReauthenticationRequiredError(error)) {
      return { ...base, exitCode: EXIT_CODES.auth, hint: 'run: dtk login' };
    }
    if (isIdTokenValidationError(error)) return { ...base, exitCode: EXIT_CODES.auth };
    if (isPrivateKeyError(error)) return { ...base, exitCode: EXIT_CODES.config };
    if (isProviderResponseError(error)) {
      const where = typeof details.url === 'string' ? ` (${details.url})` : '';
      return {
        ...base,
        message: message(`${error.message}${where && !error.message.includes(details.url as string) ? where : ''}`),
        exitCode: EXIT_CODES.network,
        hint:
          typeof details.status === 'number' && details.status >= 500
            ? `the provider is failing (HTTP ${details.status}); try again later`
            : 'check the issuer URL and your network connection',
      };
    }
    return { ...base, exitCode: EXIT_CODES.failure };
  }
  if (error instanceof TypeError || error instanceof RangeError) {
    // @dtk/auth and @dtk/core refuse unusable options with these, naming the option.
    return { code: ERR_DTK_CLI_CONFIG, message: message(error.message), exitCode: EXIT_CODES.config };
  }
  const text = error instanceof Error ? error.message : String(error);
  return { code: ERR_DTK_CLI, message: message(text), exitCode: EXIT_CODES.failure };
}
