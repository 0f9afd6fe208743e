import * as oauth from 'oauth4webapi';
import { resolveIssuer, type IssuerInput } from './discovery.js';
import type { HttpOptions } from './http.js';
import { computeCodeChallenge, type PkcePair } from './pkce.js';
import { validateRedirectUri } from './redirect-uri.js';

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
