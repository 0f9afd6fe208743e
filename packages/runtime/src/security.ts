// OpenAPI security for one call: which requirement the client can satisfy, whether the token's scopes allow it,
// and putting the credentials on the request (bearer tokens, HTTP Basic, API keys in a header, query or cookie).
import { isBearerToken, MAX_TOKEN_LENGTH } from '@dtk/core';

/**
 * Where the runtime gets OAuth access tokens: `TokenManager` from `@dtk/auth` has this shape (the two packages never
 * import each other). The runtime asks for a token per call and, after a 401, calls `handleUnauthorized` once with
 * the token that was refused and re-sends with the one it returns.
 */
export interface TokenSource {
  /** A valid access token, renewed when needed. */
  getAccessToken(): Promise<string>;
  /**
   * The token to retry with after `rejectedAccessToken` got a 401: a newer one when another call already renewed it
   * (compare-and-refresh), else a freshly renewed one.
   *
   * @throws a re-authentication error when there is none (e.g. the refresh token was revoked).
   */
  handleUnauthorized(rejectedAccessToken: string): Promise<string>;
  /** The current token's scopes; `undefined` when unknown (the scope check is then skipped). */
  grantedScopes(): Promise<readonly string[] | undefined> | readonly string[] | undefined;
}

/** A fixed access token, or a function that returns the current one. */
export type AccessToken = string | (() => string | Promise<string>);

/** The scopes on the current token; `undefined` when unknown (then nothing is checked). */
export type GrantedScopes = () => Promise<readonly string[] | undefined> | readonly string[] | undefined;

/** One security requirement (OpenAPI): every named scheme is needed, with every listed scope. */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

/** Generated map: operationId → its security requirements, as alternatives. `[]`: public; `[{}]`: auth optional. */
export type OperationSecurity = Readonly<Record<string, readonly SecurityRequirement[]>>;

/** A security scheme as the generated `securitySchemes` map describes it. */
export type SecurityScheme =
  | { readonly type: 'http'; readonly scheme: string }
  | { readonly type: 'apiKey'; readonly in: 'header' | 'query' | 'cookie'; readonly name: string }
  | { readonly type: 'oauth2' }
  | { readonly type: 'openIdConnect'; readonly openIdConnectUrl?: string }
  | { readonly type: 'mutualTLS' };

/** Generated map: scheme name → scheme. */
export type SecuritySchemes = Readonly<Record<string, SecurityScheme>>;

/** A secret for one scheme: fixed, or a function returning the current value. */
export type SecretValue = string | (() => string | Promise<string>);

/**
 * Credentials for one scheme of `securitySchemes`: the key of an `apiKey` scheme, the token of an `http` `bearer`
 * scheme (or of an OAuth scheme, instead of the token source), or `{ username, password }` for `http` `basic`.
 */
export type SchemeCredential = SecretValue | { readonly username: string; readonly password: string };

/** Scheme name → its credentials. */
export type SchemeCredentials = Readonly<Record<string, SchemeCredential>>;

/** The client's token source, in one shape whether it came from a `TokenSource` or a static `accessToken`. */
export interface TokenProvider {
  current(): string | Promise<string>;
  /** Only for a `TokenSource`: what to retry with after a 401. */
  renew?: ((rejected: string) => Promise<string>) | undefined;
  granted?: GrantedScopes | undefined;
}

/** What the client was given to authenticate with. */
export interface CredentialConfig {
  readonly token: TokenProvider | undefined;
  readonly schemes: SchemeCredentials;
  readonly securitySchemes: SecuritySchemes | undefined;
}

type AppliedScheme =
  | { readonly kind: 'token' }
  | { readonly kind: 'bearer'; readonly value: SecretValue }
  | { readonly kind: 'basic'; readonly credentials: string; readonly password: string }
  | {
      readonly kind: 'apiKey';
      readonly in: 'header' | 'query' | 'cookie';
      readonly name: string;
      readonly value: SecretValue;
    };

/** A requirement the client can satisfy: what to apply, and the token scopes it needs. */
export interface Candidate {
  readonly schemes: readonly AppliedScheme[];
  /** Scopes the token must have (those of the schemes the token source satisfies). */
  readonly scopes: readonly string[];
  readonly usesToken: boolean;
}

/** The requirements of one operation the client can satisfy, in the order the spec gives them. None: send as it is. */
export type SecurityPlan = readonly Candidate[];

// Header field values (RFC 9110 §5.5) without CR, LF or NUL; cookie-octets (RFC 6265 §4.1.1).
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const COOKIE_VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*$/;

/**
 * An access token checked against RFC 6750's `b64token` syntax before it reaches a header. The message is fixed: the
 * token is never quoted (a NUL, CR or LF in it would otherwise be echoed in full by `Headers`).
 *
 * @throws {TypeError} for an empty token or one with characters outside the syntax.
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-2.1
 */
export function checkedAccessToken(value: unknown): string {
  // A fixed message, so the value never reaches an error message or a log.
  if (!isBearerToken(value)) {
    throw new TypeError(
      'the access token is not a valid bearer token (RFC 6750 b64token: letters, digits and -._~+/ then optional =)',
    );
  }
  return value;
}

function checkedSecret(value: unknown, scheme: string, syntax: RegExp): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_TOKEN_LENGTH || !syntax.test(value)) {
    throw new TypeError(
      `the credential for security scheme "${scheme}" is empty or has characters a header cannot carry`,
    );
  }
  return value;
}

async function resolveSecret(value: SecretValue): Promise<string> {
  return typeof value === 'function' ? await value() : value;
}

/** `user:password` in base64 (RFC 7617), from UTF-8, in a way browsers and Node share. */
function basicCredentials(scheme: string, username: string, password: string): string {
  if (username.includes(':') || !HEADER_VALUE.test(username) || !HEADER_VALUE.test(password)) {
    throw new TypeError(`the username for security scheme "${scheme}" must not contain ":" or control characters`);
  }
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

const isSecretValue = (credential: SchemeCredential | undefined): credential is SecretValue =>
  typeof credential === 'string' || typeof credential === 'function';

/** How the client can satisfy one scheme, or `undefined` when it cannot. */
function applyScheme(name: string, config: CredentialConfig): AppliedScheme | undefined {
  const scheme = config.securitySchemes?.[name];
  const credential = config.schemes[name];
  switch (scheme?.type) {
    case 'apiKey':
      return isSecretValue(credential)
        ? { kind: 'apiKey', in: scheme.in, name: scheme.name, value: credential }
        : undefined;
    case 'http': {
      const kind = scheme.scheme.toLowerCase();
      if (kind === 'basic') {
        if (typeof credential !== 'object') return undefined;
        return {
          kind: 'basic',
          credentials: basicCredentials(name, credential.username, credential.password),
          password: credential.password,
        };
      }
      if (kind !== 'bearer') return undefined;
      break;
    }
    case 'mutualTLS':
      // A client certificate belongs to the transport (your fetch or dispatcher), not to a request.
      return undefined;
  }
  // Bearer, OAuth 2.0, OpenID Connect, or a scheme the maps do not describe: a token.
  if (isSecretValue(credential)) return { kind: 'bearer', value: credential };
  return config.token ? { kind: 'token' } : undefined;
}

/**
 * The requirements of an operation the client can satisfy, in order. An empty requirement (`{}`, authentication
 * optional) is satisfiable by anyone: it is kept last, so that a client with credentials still sends them.
 */
export function securityPlan(requirements: readonly SecurityRequirement[], config: CredentialConfig): SecurityPlan {
  const candidates: Candidate[] = [];
  let anonymous = false;
  for (const requirement of requirements) {
    const names = Object.keys(requirement);
    if (names.length === 0) {
      anonymous = true;
      continue;
    }
    const schemes = names.map((name) => applyScheme(name, config));
    if (schemes.some((scheme) => scheme === undefined)) continue;
    const applied = schemes as AppliedScheme[];
    const scopes = names.flatMap((name, index) => (applied[index]?.kind === 'token' ? (requirement[name] ?? []) : []));
    candidates.push({
      schemes: applied,
      scopes: [...new Set(scopes)],
      usesToken: applied.some((scheme) => scheme.kind === 'token'),
    });
  }
  if (anonymous) candidates.push({ schemes: [], scopes: [], usesToken: false });
  return candidates;
}

/**
 * The first candidate whose token scopes are all granted (or that needs none), fetching the token first when one
 * is needed, so that the scopes are those of the token about to be sent. `undefined`: no requirement can be
 * satisfied, the request goes as it is (the server decides). Calls `missing` when every candidate lacks a scope.
 */
export async function chooseCandidate(
  plan: SecurityPlan,
  token: TokenProvider | undefined,
  grantedScopes: GrantedScopes | undefined,
  missing: (requiredScopes: readonly (readonly string[])[], granted: readonly string[]) => Error,
): Promise<{ candidate: Candidate; token: string | undefined } | undefined> {
  let accessToken: string | undefined;
  let granted: readonly string[] | undefined | null = null;
  for (const candidate of plan) {
    if (candidate.usesToken && accessToken === undefined) accessToken = checkedAccessToken(await token?.current());
    if (candidate.scopes.length === 0) return { candidate, token: accessToken };
    if (granted === null) granted = (await grantedScopes?.()) ?? undefined;
    if (granted === undefined || candidate.scopes.every((scope) => granted?.includes(scope)))
      return { candidate, token: accessToken };
  }
  if (plan.length === 0) return undefined;
  throw missing(
    plan.filter((candidate) => candidate.scopes.length > 0).map((candidate) => candidate.scopes),
    granted ?? [],
  );
}

/**
 * Puts a candidate's credentials on the request and records each secret it sends in `sent`. A query API key needs
 * a new URL, hence possibly a new Request.
 *
 * @see https://spec.openapis.org/oas/v3.1.0#security-scheme-object
 */
export async function applyCredentials(
  request: Request,
  candidate: Candidate,
  token: string | undefined,
  sent: string[],
): Promise<Request> {
  let result = request;
  for (const scheme of candidate.schemes) {
    switch (scheme.kind) {
      case 'token':
        result.headers.set('Authorization', `Bearer ${token}`);
        if (token !== undefined) sent.push(token);
        break;
      case 'bearer': {
        const value = checkedAccessToken(await resolveSecret(scheme.value));
        result.headers.set('Authorization', `Bearer ${value}`);
        sent.push(value);
        break;
      }
      case 'basic':
        result.headers.set('Authorization', `Basic ${scheme.credentials}`);
        sent.push(scheme.credentials, scheme.password);
        break;
      case 'apiKey': {
        const value = checkedSecret(
          await resolveSecret(scheme.value),
          scheme.name,
          scheme.in === 'cookie' ? COOKIE_VALUE : HEADER_VALUE,
        );
        sent.push(value);
        if (scheme.in === 'header') result.headers.set(scheme.name, value);
        else if (scheme.in === 'cookie') {
          const cookies = result.headers.get('cookie');
          result.headers.set('cookie', `${cookies ? `${cookies}; ` : ''}${scheme.name}=${value}`);
        } else result = await withQueryParameter(result, scheme.name, value);
        break;
      }
    }
  }
  return result;
}

async function withQueryParameter(request: Request, name: string, value: string): Promise<Request> {
  const url = new URL(request.url);
  url.searchParams.set(name, value);
  const body = request.body === null ? undefined : await request.arrayBuffer();
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    body,
    signal: request.signal,
    redirect: request.redirect,
  });
}

/** Swaps the bearer token on a request being re-sent after a 401. */
export function setBearer(request: Request, token: string): void {
  request.headers.set('Authorization', `Bearer ${token}`);
}

/** The scope sets of an operation's requirements that name scopes; a flat list is read as one-scope alternatives. */
function scopeAlternatives(entry: readonly (string | SecurityRequirement)[]): string[][] {
  return entry
    .map((item) => (typeof item === 'string' ? [item] : [...new Set(Object.values(item).flat())]))
    .filter((scopes) => scopes.length > 0);
}

/**
 * The scopes to request (authorization or client-credentials request) so that a token can call every one of
 * `operationIds`, de-duplicated. Takes the generated `operationSecurity` map (or a map of flat scope lists, each read
 * as alternatives). Operations with a single scope-bearing requirement are taken first, all of its scopes; then, for
 * an operation with alternatives, nothing is added when the scopes of one of them are all chosen already, otherwise
 * the requirement that needs the fewest more scopes (the first on a tie). Requirements that name no scope (API keys,
 * `{}`) add nothing, and so do public operations.
 *
 * @throws {TypeError} naming an operationId that is not in the map.
 * @see https://spec.openapis.org/oas/v3.1.0#security-requirement-object
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.3
 */
export function scopesFor<Operation extends string>(
  operationIds: Iterable<Operation>,
  map: Readonly<Record<Operation, readonly (string | SecurityRequirement)[]>>,
): string[] {
  const alternatives = [...operationIds].map((operationId) => {
    const entry = (map as Readonly<Record<string, readonly (string | SecurityRequirement)[] | undefined>>)[operationId];
    if (!Array.isArray(entry)) throw new TypeError(`scopesFor: unknown operationId "${String(operationId)}"`);
    return scopeAlternatives(entry);
  });
  const chosen = new Set<string>();
  for (const sets of alternatives) if (sets.length === 1) for (const scope of sets[0] as string[]) chosen.add(scope);
  for (const sets of alternatives) {
    if (sets.length < 2 || sets.some((scopes) => scopes.every((scope) => chosen.has(scope)))) continue;
    const cost = (scopes: string[]) => scopes.filter((scope) => !chosen.has(scope)).length;
    const cheapest = sets.reduce((best, scopes) => (cost(scopes) < cost(best) ? scopes : best));
    for (const scope of cheapest) chosen.add(scope);
  }
  return [...chosen];
}
