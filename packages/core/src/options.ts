import { cleanText, redactUrl } from './redaction.js';

/** Longest delay `setTimeout` honours (a larger one fires at once). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** A value as it may appear in an option error: short, one line, never a credential. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(cleanText(value, 60));
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined)
    return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/** Bounds of a duration option. */
export interface DurationBounds {
  /** Whether 0 is allowed (default false: durations are positive). */
  allowZero?: boolean;
  /** Whether `Infinity` (no limit) is allowed (default false). */
  allowInfinity?: boolean;
}

/**
 * A duration in milliseconds, checked: a finite number > 0 (or ≥ 0) up to {@link MAX_TIMER_MS}, or `Infinity` when
 * allowed. Throws a RangeError naming the option.
 */
export function durationOption(name: string, value: unknown, bounds: DurationBounds = {}): number {
  const ok =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    (bounds.allowZero ? value >= 0 : value > 0) &&
    (value <= MAX_TIMER_MS || (bounds.allowInfinity === true && value === Number.POSITIVE_INFINITY));
  if (!ok) {
    const lower = bounds.allowZero ? 'a non-negative' : 'a positive';
    const upper = bounds.allowInfinity ? ` up to ${MAX_TIMER_MS} (or Infinity)` : ` up to ${MAX_TIMER_MS}`;
    throw new RangeError(`${name} must be ${lower} number of milliseconds${upper}, got ${describeValue(value)}`);
  }
  return value as number;
}

/** A whole number within `[min, max]`; throws a RangeError naming the option. */
export function integerOption(name: string, value: unknown, min = 0, max = Number.MAX_SAFE_INTEGER): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
    throw new RangeError(`${name} must be a whole number ${range}, got ${describeValue(value)}`);
  }
  return value;
}

/** A finite number within `[min, max]`; throws a RangeError naming the option. */
export function numberOption(name: string, value: unknown, min = 0, max = Number.MAX_VALUE): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new RangeError(
      `${name} must be a finite number ≥ ${min}${max === Number.MAX_VALUE ? '' : ` and ≤ ${max}`}, got ${describeValue(value)}`,
    );
  }
  return value;
}

/** What {@link urlOption} accepts. */
export interface UrlOptionRules {
  /** A valid value to show in the error, e.g. `https://digital.garden-fi.com/a/consumer/api/v0`. */
  example: string;
  /** Allowed schemes (default `https:` and `http:`). */
  protocols?: readonly string[];
}

/**
 * An absolute URL option, parsed. A bare host, a relative path or another scheme gets a TypeError that names the
 * option and shows the expected form (the value is shown redacted: it may carry userinfo or a token).
 */
export function urlOption(name: string, value: unknown, rules: UrlOptionRules): URL {
  const protocols = rules.protocols ?? ['https:', 'http:'];
  let url: URL | undefined;
  if (typeof value === 'string' || value instanceof URL) {
    try {
      url = new URL(String(value));
    } catch {
      url = undefined;
    }
  }
  if (!url || !protocols.includes(url.protocol) || url.host === '') {
    const shown = typeof value === 'string' && url ? JSON.stringify(redactUrl(value)) : describeValue(value);
    const schemes = protocols.map((protocol) => protocol.replace(/:$/, '')).join(' or ');
    throw new TypeError(`${name} must be an absolute ${schemes} URL such as "${rules.example}", got ${shown}`);
  }
  return url;
}

/** Longest token accepted: far above any real one, far below what would hurt a header or a store. */
export const MAX_TOKEN_LENGTH = 16_384;
// RFC 6750 §2.1 b64token: what may follow `Bearer ` in an Authorization header.
const BEARER_TOKEN = /^[A-Za-z0-9\-._~+/]+=*$/;

/**
 * True when `token` can be sent as `Authorization: Bearer <token>`: RFC 6750 `b64token` syntax, at most
 * {@link MAX_TOKEN_LENGTH} characters. One rule for `@dtk/auth` and `@dtk/runtime`.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function isBearerToken(token: unknown): token is string {
  return typeof token === 'string' && token.length <= MAX_TOKEN_LENGTH && BEARER_TOKEN.test(token);
}
