// The authorization request of the code flow: PKCE (RFC 7636), Banno's redirect-URI rules, and the URL the user is
// sent to.
import * as oauth from 'oauth4webapi';
import { type HttpOptions, type IssuerInput, resolveIssuer } from './provider-http.js';

/** A PKCE verifier and its S256 challenge (RFC 7636). */
export interface PkcePair {
  codeVerifier: string;
  codeChallenge: string;
  codeChallengeMethod: 'S256';
}

/** RFC 7636 §4.1: 43–128 characters from the unreserved set. */
const CODE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * True when `verifier` is a well-formed RFC 7636 code verifier.
 * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.1
 */
export function isValidCodeVerifier(verifier: string): boolean {
  return CODE_VERIFIER.test(verifier);
}

/**
 * Computes `base64url(SHA-256(verifier))` without padding.
 * @throws {TypeError} when `verifier` is not 43–128 characters from `A-Z a-z 0-9 - . _ ~`.
 * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.2
 */
export async function computeCodeChallenge(verifier: string): Promise<string> {
  if (typeof verifier !== 'string' || !isValidCodeVerifier(verifier)) {
    throw new TypeError('a PKCE code verifier must be 43-128 characters from A-Z a-z 0-9 - . _ ~');
  }
  return oauth.calculatePKCECodeChallenge(verifier);
}

/**
 * Creates a fresh verifier (32 random bytes, 43 characters) and its S256 challenge. Never reuse one.
 * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.1
 */
export async function createPkcePair(): Promise<PkcePair> {
  const codeVerifier = oauth.generateRandomCodeVerifier();
  return { codeVerifier, codeChallenge: await computeCodeChallenge(codeVerifier), codeChallengeMethod: 'S256' };
}

/** Why a redirect URI was rejected. */
export type RedirectUriRejection = 'invalid_url' | 'fragment_not_allowed' | 'https_required';

export type RedirectUriCheck = { ok: true } | { ok: false; reason: RedirectUriRejection };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Banno's plain-HTTP allowlist: 127.0.0.0/8, 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16. */
function isAllowlistedIpv4(hostname: string): boolean {
  const match = IPV4.exec(hostname);
  if (!match) return false;
  const [a, b] = [Number(match[1]), Number(match[2])];
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Hosts Banno lets redirect over plain HTTP: `localhost`, `*.local` and the private IPv4 ranges. */
function allowsPlainHttp(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.local') || isAllowlistedIpv4(host);
}

/**
 * Checks a redirect URI against RFC 6749 §3.1.2 (absolute, no fragment) and
 * Banno's rule: HTTPS, except for `localhost`, hosts ending in `.local` and
 * IPv4 addresses in 127.0.0.0/8, 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16.
 * Banno then compares the URI to the registered one exactly, port included. IPv6 literals (`[::1]`) are not on
 * Banno's list and are refused.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2
 */
export function validateRedirectUri(uri: string): RedirectUriCheck {
  let url: URL;
  try {
    url = new URL(uri); // no base: relative references throw
  } catch {
    return { ok: false, reason: 'invalid_url' };
  }
  // The raw string is checked because URL drops an empty fragment ("…/cb#").
  if (uri.includes('#')) return { ok: false, reason: 'fragment_not_allowed' };
  if (url.protocol === 'https:' && url.hostname !== '') return { ok: true };
  if (url.protocol === 'http:' && allowsPlainHttp(url.hostname)) return { ok: true };
  return { ok: false, reason: 'https_required' };
}

/** The OIDC `claims` request parameter (OIDC Core §5.5), e.g. to ask for Banno's restricted claims. */
export interface ClaimsRequest {
  userinfo?: Record<string, { essential?: boolean; value?: unknown; values?: unknown[] } | null>;
  id_token?: Record<string, { essential?: boolean; value?: unknown; values?: unknown[] } | null>;
}

export interface AuthorizationUrlOptions extends HttpOptions {
  /** Issuer identifier (discovered and cached) or its metadata. */
  issuer: IssuerInput;
  clientId: string;
  /** Must equal the registered redirect URI exactly (port included). */
  redirectUri: string;
  /** Scopes to request; `openid` makes it an OpenID Connect request. */
  scopes: string | readonly string[];
  /** CSRF protection value; generated when omitted. */
  state?: string;
  /** Replay protection for the ID token; generated when omitted. */
  nonce?: string;
  /** PKCE pair; a fresh one is created when omitted. */
  pkce?: Pick<PkcePair, 'codeVerifier'>;
  /** e.g. `login`, `consent` (needed with `offline_access`), `none`. */
  prompt?: string;
  /** The OIDC `claims` parameter (object or JSON string). */
  claims?: ClaimsRequest | string;
  /** Requested authentication context, e.g. Banno's `https://api.banno.com/consumer/security-level/enhanced`. */
  acrValues?: string | readonly string[];
  /** Maximum authentication age in seconds; the ID token's `auth_time` is then checked. */
  maxAge?: number;
  loginHint?: string;
  /** Any further parameters; they cannot replace the ones above. */
  extraParameters?: Record<string, string>;
}

/**
 * A login in progress: what `handleCallback` and `exchangeCode` need to finish
 * it. Plain JSON, so a web server can keep it in the session. It holds the PKCE
 * verifier: keep it server-side (or in `sessionStorage`) and delete it once used.
 */
export interface AuthorizationRequest {
  /** Where to send the user. */
  url: string;
  issuer: string;
  /** Whether the provider sends `iss` in the redirect (RFC 9207); it is then required. */
  issParameterSupported: boolean;
  clientId: string;
  redirectUri: string;
  scopes: string[];
  state: string;
  nonce: string;
  codeVerifier: string;
  maxAge?: number;
}

function toList(value: string | readonly string[]): string[] {
  return (typeof value === 'string' ? value.split(' ') : [...value]).filter(Boolean);
}

/**
 * Builds the authorization URL for the authorization-code flow with PKCE
 * (S256), state and nonce. Redirect URIs that Banno would refuse are rejected
 * here with a `TypeError` naming the rule.
 * @throws {TypeError} for a redirect URI Banno refuses, no scopes, or an extra parameter replacing a core one.
 * @throws {ProviderResponseError} when the issuer's discovery document cannot be used.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1
 * @see https://www.rfc-editor.org/rfc/rfc7636#section-4.3
 */
export async function buildAuthorizationUrl(options: AuthorizationUrlOptions): Promise<AuthorizationRequest> {
  const redirectCheck = validateRedirectUri(options.redirectUri);
  if (!redirectCheck.ok) throw new TypeError(`redirectUri rejected: ${redirectCheck.reason}`);
  if (!options.clientId) throw new TypeError('clientId is required');
  const scopes = toList(options.scopes);
  if (scopes.length === 0) throw new TypeError('at least one scope is required');

  const metadata = await resolveIssuer(options.issuer, options);
  if (!metadata.authorization_endpoint) throw new TypeError('the issuer has no authorization_endpoint');
  const codeVerifier = options.pkce?.codeVerifier ?? oauth.generateRandomCodeVerifier();
  const state = options.state ?? oauth.generateRandomState();
  const nonce = options.nonce ?? oauth.generateRandomNonce();
  if (!state || !nonce) throw new TypeError('state and nonce must not be empty');

  const url = new URL(metadata.authorization_endpoint);
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: options.clientId,
    redirect_uri: options.redirectUri,
    scope: scopes.join(' '),
    state,
    nonce,
    code_challenge: await computeCodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    prompt: options.prompt,
    claims: typeof options.claims === 'object' ? JSON.stringify(options.claims) : options.claims,
    acr_values: options.acrValues === undefined ? undefined : toList(options.acrValues).join(' '),
    max_age: options.maxAge === undefined ? undefined : String(options.maxAge),
    login_hint: options.loginHint,
  };
  for (const [name, value] of Object.entries(options.extraParameters ?? {})) {
    if (name in params) throw new TypeError(`extraParameters cannot set "${name}"`);
    params[name] = value;
  }
  for (const [name, value] of Object.entries(params)) if (value !== undefined) url.searchParams.set(name, value);

  return {
    url: url.href,
    issuer: metadata.issuer,
    issParameterSupported: metadata.authorization_response_iss_parameter_supported === true,
    clientId: options.clientId,
    redirectUri: options.redirectUri,
    scopes,
    state,
    nonce,
    codeVerifier,
    ...(options.maxAge !== undefined && { maxAge: options.maxAge }),
  };
}
