/** What a redacted value is replaced with, in URLs, headers and log fields. */
export const REDACTED = '[redacted]';

// Name words that mark a query parameter or header as secret. Names are split into words
// (`access_token`, `apiKey`, `X-Amz-Signature`) so `limit` or `offset` never match by accident.
const SECRET_WORDS = new Set([
  'token', 'secret', 'password', 'passwd', 'pwd', 'code', 'verifier', 'assertion', 'key', 'apikey',
  'signature', 'sig', 'session', 'sessionid', 'sid', 'credential', 'credentials', 'auth',
  'authorization', 'jwt', 'otp', 'pin', 'cookie',
]);

// Values that are secrets whatever their name: JWTs and bearer credentials.
const SECRET_VALUE = /^(?:eyJ[\w-]*\.[\w-]*\.[\w-]*|bearer\s.+)$/i;

/** Splits `client_secret`, `apiKey`, `X-Api-Key` or `code-verifier` into lower-case words. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/** True when a query parameter or header name, or its value, looks like it carries a secret. */
export function isSecret(name: string, value = ''): boolean {
  return nameWords(name).some((word) => SECRET_WORDS.has(word)) || SECRET_VALUE.test(value.trim());
}

interface RedactedUrlParts {
  origin: string;
  pathAndQuery: string;
}

function redactUrlParts(raw: string): RedactedUrlParts | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  const userinfo = url.username || url.password ? 'redacted@' : '';
  const query = [...url.searchParams]
    .map(([name, value]) => `${encodeURIComponent(name)}=${isSecret(name, value) ? REDACTED : encodeURIComponent(value)}`)
    .join('&');
  // The fragment is dropped: it never reaches the server and is where implicit-flow tokens used to live.
  return { origin: `${url.protocol}//${userinfo}${url.host}`, pathAndQuery: query ? `${url.pathname}?${query}` : url.pathname };
}

/**
 * A URL safe to show in errors and logs: userinfo and fragment removed, and the values of
 * secret-looking query parameters replaced. An unparseable input is not echoed back.
 */
export function redactUrl(raw: string): string {
  const parts = redactUrlParts(raw);
  return parts ? parts.origin + parts.pathAndQuery : '[unparseable url]';
}

/** The path and query of a URL, redacted like {@link redactUrl}. */
export function redactPath(raw: string): string {
  return redactUrlParts(raw)?.pathAndQuery ?? '[unparseable url]';
}

/** Headers as a plain object with secret-looking ones (Authorization, cookies, API keys) replaced. */
export function redactHeaders(headers: Headers): Record<string, string> {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name] = isSecret(name, value) ? REDACTED : value;
  });
  return result;
}

// Free text (error messages, a broken body's first characters) can carry secrets in three shapes:
// `name=value` or `"name": "value"` pairs with a secret-looking name, JWTs and `Bearer` credentials,
// and long random-looking strings.
// (Names and the space around a separator are bounded so the scan stays linear on hostile input.)
const NAMED_VALUE = /([A-Za-z][\w.-]{0,63})("?\s{0,8}[:=]\s{0,8}"?)([^\s"&,;}]+)/g;
const JWT_OR_BEARER = /eyJ[\w-]*\.[\w-]*\.[\w-]*|\bbearer\s+[^\s",;]+/gi;
const LONG_RUN = /[\w+/~.=-]{24,}/g;

/**
 * True for what random tokens look like: 24 or more characters mixing upper case, lower case and
 * digits. Identifiers people read (UUIDs, hex ids, paths, media types) are single-case and kept.
 */
function looksRandom(run: string): boolean {
  return /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9]/.test(run);
}

/**
 * Free text made safe for an error message: values of secret-looking `name=value` / `"name": "value"`
 * pairs, JWTs, `Bearer` credentials and long random-looking strings are replaced with `[redacted]`.
 */
export function redactText(text: string): string {
  return text
    .replace(JWT_OR_BEARER, REDACTED)
    .replace(NAMED_VALUE, (pair, name: string, separator: string) => (isSecret(name) ? `${name}${separator}${REDACTED}` : pair))
    .replace(LONG_RUN, (run) => (looksRandom(run) ? REDACTED : run));
}

/**
 * The start of some free text, safe and short enough for one line of an error message: whitespace
 * and control characters collapsed, redacted (over a longer prefix first, so a secret the cut would
 * halve is still recognised), and cut at `maxLength` with `…`.
 */
export function redactedExcerpt(text: string, maxLength: number): string {
  const line = redactText(text.slice(0, maxLength * 4).replace(/[\s\p{Cc}]+/gu, ' '));
  return line.length > maxLength ? `${line.slice(0, maxLength)}…` : line;
}
