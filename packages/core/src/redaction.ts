/**
 * Redaction of credentials from anything that may be printed: error messages, server error bodies, headers, URLs,
 * log fields. One implementation for every package, so that a rule fixed here is fixed everywhere.
 *
 * Every function is linear in its input: input is bounded before any regular expression runs, and no pattern has
 * nested or adjacent unbounded quantifiers that can backtrack. Names are classified in code, not by alternations
 * inside a pattern, which is what made the old `name=value` rule cubic on text like `key.key.key…`.
 */

/** What a redacted value is replaced with. */
export const REDACTED = '[redacted]';

/** Longest text any function here looks at; the rest is cut off (`…[truncated]`), never scanned. */
export const MAX_SCANNED_TEXT = 1_000_000;

/** Shortest exact secret that is searched for: shorter values would match ordinary text. */
const MIN_EXACT_SECRET = 4;

// Words that mark a name as carrying a secret. A name is split into words (`client_secret`, `apiKey`,
// `X-Api-Key`) and also checked as one lower-case run, so `accesstoken` or `clientsecret` match too.
const SECRET_WORDS = new Set([
  'token',
  'secret',
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'verifier',
  'assertion',
  'key',
  'apikey',
  'privatekey',
  'signature',
  'sig',
  'session',
  'sessionid',
  'sid',
  'credential',
  'credentials',
  'auth',
  'authorization',
  'jwt',
  'otp',
  'pin',
  'cookie',
  'dpop',
]);
// Fragments that are secret even inside a longer run of letters (`accesstoken`, `apitoken`, `clientsecret`).
const SECRET_FRAGMENTS = [
  'token',
  'secret',
  'password',
  'passwd',
  'assertion',
  'verifier',
  'credential',
  'apikey',
  'privatekey',
  'cookie',
  'dpop',
];
// `code` is a secret as an OAuth authorization code, not as `errorCode` or `statusCode`.
const SECRET_CODE_PREFIXES = new Set([
  'auth',
  'authorization',
  'device',
  'user',
  'verification',
  'otp',
  'mfa',
  'sms',
  'recovery',
  'activation',
  'reset',
]);
// Names that contain a secret word but carry nothing secret.
const NOT_SECRET = new Set([
  'idempotencykey',
  'keyid',
  'kid',
  'tokentype',
  'tokenendpoint',
  'tokenurl',
  'expiresin',
  'sessionstate',
]);

/** Lower-case words of a name: `client_secret` → [client, secret]; `X-Api-Key` → [x, api, key]; `accessToken` → [access, token]. */
function nameWords(name: string): string[] {
  return name
    .slice(0, 128)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

/**
 * True when a parameter, header or field name says that its value is a credential. A bare `code` is an
 * authorization code in a URL or form (`where: 'parameter'`, the default) but usually an error code in a JSON
 * body (`where: 'json'`), where it is kept.
 */
export function isSecretName(name: string, where: 'parameter' | 'json' = 'parameter'): boolean {
  return classifyName(name, where);
}

function classifyName(name: string, where: 'parameter' | 'json'): boolean {
  const words = nameWords(name);
  const joined = words.join('');
  if (NOT_SECRET.has(joined)) return false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (SECRET_WORDS.has(word)) return true;
    const bareCode = words.length === 1 && where === 'parameter';
    if (word === 'code' && (bareCode || SECRET_CODE_PREFIXES.has(words[i - 1] ?? ''))) return true;
  }
  return SECRET_FRAGMENTS.some((fragment) => joined.includes(fragment));
}

/** Values that are credentials whatever their name: JWTs and `Bearer`/`Basic`/`DPoP` credentials. */
const CREDENTIAL_VALUE = /^(?:eyJ[\w-]{0,8192}\.[\w-]{0,8192}\.[\w-]{0,8192}|(?:bearer|basic|dpop)\s.{1,8192})$/is;

/** True when a name or a value (or both) says this is a credential. */
export function isSecret(name: string, value = ''): boolean {
  return isSecretName(name) || CREDENTIAL_VALUE.test(value.trim().slice(0, 20_000));
}

/**
 * The exact credential values a call or a grant sent (access and refresh tokens, codes, verifiers, client secrets,
 * assertions, API keys). Text echoed by a server is searched for these first, which catches what no pattern can:
 * short, hex, UUID or single-case tokens.
 */
export class SecretSet implements Iterable<string> {
  readonly #values = new Set<string>();

  constructor(values: Iterable<string | undefined | null> = []) {
    for (const value of values) this.add(value);
  }

  /** Adds a value and the forms a server may echo it in (URL-encoded, form-encoded, JSON-escaped). */
  add(value: string | undefined | null): this {
    if (typeof value !== 'string' || value.length < MIN_EXACT_SECRET) return this;
    this.#values.add(value);
    const uriEncoded = encodeURIComponent(value);
    this.#values.add(uriEncoded);
    this.#values.add(uriEncoded.replace(/%20/g, '+'));
    this.#values.add(JSON.stringify(value).slice(1, -1));
    return this;
  }

  /** Adds every value of another set. */
  addAll(other: Iterable<string> | undefined): this {
    if (other) for (const value of other) this.add(value);
    return this;
  }

  get size(): number {
    return this.#values.size;
  }

  /** Longest first, so that a value containing another is replaced whole. */
  [Symbol.iterator](): Iterator<string> {
    return [...this.#values].sort((a, b) => b.length - a.length)[Symbol.iterator]();
  }
}

function bounded(text: string): string {
  return text.length > MAX_SCANNED_TEXT ? `${text.slice(0, MAX_SCANNED_TEXT)}…[truncated]` : text;
}

/** Replaces every occurrence of each known secret (split/join: linear, no pattern built from the secret). */
function replaceExact(text: string, secrets: Iterable<string> | undefined): string {
  if (!secrets) return text;
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= MIN_EXACT_SECRET && result.includes(secret)) result = result.split(secret).join(REDACTED);
  }
  return result;
}

// PEM blocks (private keys, certificates), even when cut short. The label is bounded; the body is lazy up to the
// first END line or the end of the text, and a match never starts inside an earlier one, so the scan is linear.
const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]{1,40}-----[\s\S]*?(?:-----END [A-Z0-9 ]{1,40}-----|$)/g;
// Credentials after an HTTP auth scheme word.
const SCHEME_CREDENTIAL = /\b(Bearer|Basic|DPoP)(\s{1,8})[\w\-.~+/]{1,8192}=*/gi;
// "name": "value" in JSON, the value in quotes (it may contain spaces).
const JSON_PAIR = /"([A-Za-z_$][\w$.-]{0,63})"(\s{0,8}:\s{0,8})"(?:[^"\\]|\\.){0,8192}"/g;
// name=value, name: value, name="value": query strings, form bodies, header dumps, prose. A name starts only where
// no name character precedes it, so a long run of name characters is tried once, not at each of its positions.
const NAMED_VALUE = /(?<![\w.-])([A-Za-z_][\w.-]{0,63})(["']?\s{0,8}[:=]\s{0,8}["']?)([^\s"'&,;}<>]{1,8192})/g;
// The same rule for the value of an ordinary pair (`invalid_request: code_verifier=…`), looked at one level deep.
const NESTED_NAMED_VALUE = new RegExp(NAMED_VALUE.source, 'g');
const PAIR_SEPARATOR = /[:=]/;

// Runs of token characters, classified in code: JWTs, and long random-looking strings.
const TOKEN_RUN = /[\w\-.~+/=]{20,}/g;
const JWT_SHAPE = /^eyJ[\w-]*(?:\.[\w-]*){2,4}$/;

/** What random tokens look like: 24+ characters mixing upper case, lower case and digits (UUIDs and hex ids are not). */
function looksRandom(run: string): boolean {
  return run.length >= 24 && /[a-z]/.test(run) && /[A-Z]/.test(run) && /[0-9]/.test(run);
}

function redactRun(run: string): string {
  // A JWT may be glued to other token characters (`…sig.` at the end of a sentence): look at its dotted parts.
  const jwtStart = run.indexOf('eyJ');
  if (jwtStart >= 0) {
    const candidate = run.slice(jwtStart).replace(/\.+$/, '');
    if (JWT_SHAPE.test(candidate)) return `${run.slice(0, jwtStart)}${REDACTED}`;
  }
  if (looksRandom(run.replace(/\.+$/, ''))) return run.endsWith('.') ? `${REDACTED}.` : REDACTED;
  return run;
}

/**
 * Replaces the values of secret-named pairs. The value of an ordinary pair is searched once more for pairs (one level
 * deep), so every character is scanned at most twice.
 */
function redactNamedValues(
  text: string,
  isSecretName: (name: string, where: 'parameter' | 'json') => boolean,
  nested = false,
): string {
  return text.replace(
    nested ? NESTED_NAMED_VALUE : NAMED_VALUE,
    (pair, name: string, separator: string, value: string) => {
      // A quoted name (`"code": …`) is a JSON key: a bare `code` there is an error code.
      const where = separator.startsWith('"') ? 'json' : 'parameter';
      if (isSecretName(name, where)) return value.startsWith(REDACTED) ? pair : `${name}${separator}${REDACTED}`;
      return nested || !PAIR_SEPARATOR.test(value)
        ? pair
        : `${name}${separator}${redactNamedValues(value, isSecretName, true)}`;
    },
  );
}

/**
 * Free text made safe to print: the exact `secrets` first, then PEM blocks, `Bearer …`/`Basic …` credentials, the
 * values of secret-named pairs (`client_secret=…`, `client_secret: …`, `"refresh_token": "…"`), JWTs and long
 * random-looking strings. Identifiers people read (UUIDs, hex ids, paths, media types, error codes) are kept.
 */
export function redactText(text: string, secrets?: Iterable<string>): string {
  // Hostile text repeats one name thousands of times: classify each distinct name once.
  const verdicts = new Map<string, boolean>();
  const isSecretName = (name: string, where: 'parameter' | 'json'): boolean => {
    const key = `${where}:${name}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = classifyName(name, where);
      verdicts.set(key, verdict);
    }
    return verdict;
  };
  let result = replaceExact(bounded(String(text)), secrets);
  result = result.replace(PEM_BLOCK, `${REDACTED} PEM`);
  result = result.replace(SCHEME_CREDENTIAL, `$1$2${REDACTED}`);
  result = result.replace(JSON_PAIR, (pair, name: string, separator: string) =>
    isSecretName(name, 'json') ? `"${name}"${separator}"${REDACTED}"` : pair,
  );
  result = redactNamedValues(result, isSecretName);
  return result.replace(TOKEN_RUN, redactRun);
}

interface UrlParts {
  origin: string;
  pathAndQuery: string;
}

function redactUrlParts(raw: string, secrets?: Iterable<string>): UrlParts | undefined {
  let url: URL;
  try {
    url = new URL(String(raw).slice(0, 64_000));
  } catch {
    return undefined;
  }
  const userinfo = url.username || url.password ? `${REDACTED}@` : '';
  const query = [...url.searchParams]
    .map(([name, value]) => {
      const shown = isSecret(name, value) ? REDACTED : encodeURIComponent(redactText(value, secrets));
      return `${encodeURIComponent(name)}=${shown}`;
    })
    .join('&');
  const path = redactText(url.pathname, secrets);
  // The fragment is dropped: it never reaches a server, and it is where implicit-flow tokens used to travel.
  return { origin: `${url.protocol}//${userinfo}${url.host}`, pathAndQuery: query ? `${path}?${query}` : path };
}

/**
 * A URL safe to show: userinfo and fragment removed, secret-looking query values replaced, known secrets removed
 * from path and query. An unparseable input is never echoed back.
 */
export function redactUrl(raw: string, secrets?: Iterable<string>): string {
  const parts = redactUrlParts(raw, secrets);
  return parts ? parts.origin + parts.pathAndQuery : '[unparseable url]';
}

/** The path and query of a URL, redacted like {@link redactUrl}. */
export function redactPath(raw: string, secrets?: Iterable<string>): string {
  return redactUrlParts(raw, secrets)?.pathAndQuery ?? '[unparseable url]';
}

/** Headers as a plain object: secret-named ones (Authorization, cookies, API keys) replaced, the rest redacted as text. */
export function redactHeaders(
  headers: Headers | Iterable<readonly [string, string]> | Record<string, string>,
  secrets?: Iterable<string>,
): Record<string, string> {
  const entries: Iterable<readonly [string, string]> =
    headers instanceof Headers || Symbol.iterator in headers
      ? (headers as Iterable<readonly [string, string]>)
      : Object.entries(headers as Record<string, string>);
  const result: Record<string, string> = Object.create(null);
  for (const [name, value] of entries) {
    const key = name.toLowerCase();
    result[key] = isSecret(key, value) ? REDACTED : redactText(value, secrets);
  }
  return result;
}

/** Limits of {@link redactValue}: what a JSON error body may be before it is cut. */
const VALUE_LIMITS = { depth: 8, entries: 1_000 };

/**
 * A JSON-like value made safe to print, deeply: values under secret-named keys replaced, strings redacted as text.
 * Depth and size are bounded; what lies beyond is replaced by a marker, never scanned.
 */
export function redactValue<T>(value: T, secrets?: Iterable<string>): T {
  const exact = secrets ? [...secrets] : undefined;
  let budget = VALUE_LIMITS.entries;
  const walk = (node: unknown, depth: number): unknown => {
    if (typeof node === 'string') return redactText(node, exact);
    if (node === null || typeof node !== 'object') return node;
    if (depth >= VALUE_LIMITS.depth || budget <= 0) return '[truncated]';
    if (Array.isArray(node)) {
      const items: unknown[] = [];
      for (const item of node) {
        if (--budget < 0) break;
        items.push(walk(item, depth + 1));
      }
      return items;
    }
    if (node instanceof Headers) return redactHeaders(node, exact);
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(node)) {
      if (--budget < 0) break;
      // Keys are server text too: a body may key its validation errors by the value that failed, a token included.
      copy[redactText(key, exact)] =
        isSecretName(key, 'json') && item !== null && typeof item !== 'object' && typeof item !== 'boolean'
          ? REDACTED
          : walk(item, depth + 1);
    }
    return copy;
  };
  return walk(value, 0) as T;
}

// Terminal escape sequences: CSI (colours, cursor moves) and OSC (titles, OSC-8 hyperlinks), each bounded.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is this expression's purpose
const ANSI_CSI = /\u001b\[[0-?]{0,32}[ -/]{0,8}[@-~]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is this expression's purpose
const ANSI_OSC = /\u001b\][^\u0007\u001b]{0,4096}(?:\u0007|\u001b\\)?/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is this expression's purpose
const OTHER_ESCAPE = /\u001b[@-_]?/g;
// C0 and C1 controls (NUL included), DEL, bidi embeddings/overrides/isolates and marks, line/paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is this expression's purpose
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]+/g;

/**
 * One line of plain text: terminal escapes, control characters (NUL included) and bidi controls removed, whitespace
 * collapsed, and the result cut at `maxLength` with `…`. Server text can then neither forge log lines, hide itself
 * nor fill a terminal.
 */
export function cleanText(text: string, maxLength = 500): string {
  const line = String(text)
    .slice(0, Math.max(maxLength * 4, 64))
    .replace(ANSI_OSC, ' ')
    .replace(ANSI_CSI, '')
    .replace(OTHER_ESCAPE, '')
    .replace(UNPRINTABLE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line.length > maxLength ? `${line.slice(0, maxLength)}…` : line;
}

/** Options of {@link safeMessage}. */
export interface SafeMessageOptions {
  /** Longest result, in characters (default 1,000). */
  maxLength?: number;
  /** Exact values to remove first. */
  secrets?: Iterable<string> | undefined;
}

/**
 * Text from anywhere (a server's error description, an exception message) made fit for one line of an error
 * message: known secrets removed, cleaned, redacted over a longer prefix than is kept (so a secret the cut would
 * halve is still found), then cut.
 */
export function safeMessage(text: string, options: SafeMessageOptions = {}): string {
  const maxLength = options.maxLength ?? 1_000;
  const secrets = options.secrets === undefined ? undefined : [...options.secrets];
  // Known secrets go first, over what the cut keeps plus the longest of them: one the cut would halve (and that no
  // pattern recognises, say a long hex key) is still found whole.
  let longest = 0;
  for (const secret of secrets ?? []) longest = Math.max(longest, secret.length);
  const scanned = replaceExact(String(text).slice(0, Math.max(maxLength * 8, 64) + longest), secrets);
  const cleaned = cleanText(scanned, maxLength * 2);
  const redacted = redactText(cleaned, secrets);
  return redacted.length > maxLength ? `${redacted.slice(0, maxLength)}…` : redacted;
}
