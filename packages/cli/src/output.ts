// What a command prints: results on stdout (plain text for people, one JSON document with --json), everything else
// (progress, the sign-in URL, errors) on stderr, so `$(dtk token)` captures the token and nothing more.
import type { TokenSet } from '@dtk/auth';
import type { Environment } from './config-file.js';
import type { Failure } from './errors.js';
import type { Settings } from './settings.js';

export interface OutputStream {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
}

/** The process around a command; tests and embedders pass their own. */
export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  env: Environment;
  cwd: string;
  /** Aborted on Ctrl-C: a command that waits stops waiting. */
  signal?: AbortSignal | undefined;
  /** Opens a URL in the user's browser (default: `DTK_BROWSER`, else the system browser). */
  openBrowser?: ((url: string) => Promise<void>) | undefined;
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(io: CliIo, text = ''): void {
  io.stdout.write(`${text}\n`);
}

export function note(io: CliIo, text: string): void {
  io.stderr.write(`${text}\n`);
}

/** Prints a failure on stderr: `dtk: message` and a hint, or `{ "error": … }` with --json. */
export function printFailure(io: CliIo, failure: Failure, json: boolean): void {
  if (json) {
    const { exitCode, code, message, hint, error } = failure;
    io.stderr.write(`${JSON.stringify({ error: { code, message, exitCode, hint, oauthError: error } })}\n`);
    return;
  }
  io.stderr.write(`dtk: ${failure.message}\n${failure.hint ? `hint: ${failure.hint}\n` : ''}`);
}

/** What `dtk status` and `dtk login --json` say about a session: never a token value. */
export interface SessionSummary {
  profile: string;
  signedIn: boolean;
  issuer?: string | undefined;
  clientId?: string | undefined;
  subject?: string | undefined;
  scopes?: string[] | undefined;
  /** ISO 8601, or null when the provider did not say. */
  accessTokenExpiresAt?: string | null;
  accessTokenExpired?: boolean;
  hasRefreshToken?: boolean;
  tokenFile: string;
}

export function sessionSummary(settings: Settings, tokenSet: TokenSet | undefined, now = Date.now()): SessionSummary {
  const base = {
    profile: settings.profile,
    issuer: settings.issuer,
    clientId: settings.clientId,
    tokenFile: settings.files.tokenFile,
  };
  if (!tokenSet) return { ...base, signedIn: false };
  return {
    ...base,
    issuer: tokenSet.idTokenClaims?.iss ?? settings.issuer,
    signedIn: true,
    subject: tokenSet.idTokenClaims?.sub,
    scopes: tokenSet.scope?.split(' ').filter(Boolean),
    accessTokenExpiresAt: tokenSet.expiresAt === undefined ? null : new Date(tokenSet.expiresAt).toISOString(),
    accessTokenExpired: tokenSet.expiresAt !== undefined && now >= tokenSet.expiresAt,
    hasRefreshToken: tokenSet.refreshToken !== undefined,
  };
}

/** "in 9 min", "2 h ago": how far `at` is from `now`, roughly. */
export function relativeTime(at: number, now = Date.now()): string {
  const seconds = Math.round(Math.abs(at - now) / 1000);
  const amount =
    seconds < 90
      ? `${seconds} s`
      : seconds < 90 * 60
        ? `${Math.round(seconds / 60)} min`
        : seconds < 36 * 3600
          ? `${Math.round(seconds / 3600)} h`
          : `${Math.round(seconds / 86400)} days`;
  return at >= now ? `in ${amount}` : `${amount} ago`;
}

/** Aligned `label  value` lines. */
export function table(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}
