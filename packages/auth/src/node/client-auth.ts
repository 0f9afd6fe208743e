import { createPrivateKey, KeyObject } from 'node:crypto';
import { importJWK, importPKCS8, type JWK } from 'jose';
import * as oauth from 'oauth4webapi';

/** A private key as PEM (PKCS#8, PKCS#1 or SEC1), a JWK, a Node KeyObject or a WebCrypto CryptoKey. */
export type PrivateKeyInput = string | JWK | KeyObject | CryptoKey;

/** Signing algorithms for `private_key_jwt` client assertions. PS256 is what Banno's helper uses. */
export type ClientAssertionAlgorithm = 'PS256' | 'ES256' | 'RS256';

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt' | 'none';

/**
 * How a confidential client authenticates at the token and revocation endpoints.
 * Give a `clientSecret` or a `privateKey`; the method defaults to
 * `client_secret_basic` or `private_key_jwt` accordingly (`none` without either).
 */
export interface ClientAuthOptions {
  clientSecret?: string;
  privateKey?: PrivateKeyInput;
  clientAuthMethod?: ClientAuthMethod;
  /** Assertion signing algorithm (default PS256). */
  alg?: ClientAssertionAlgorithm;
  /** `kid` header of the assertion (default: the JWK's `kid`). */
  kid?: string;
  /**
   * Unit of the assertion's `exp`: `seconds` (RFC 7523, the default) or
   * `milliseconds` (what Banno's documentation describes).
   */
  assertionExpiryUnit?: 'seconds' | 'milliseconds';
  /** Seconds until the assertion expires (default 60, at most 300). */
  assertionLifetimeSeconds?: number;
}

const MAX_ASSERTION_LIFETIME_SECONDS = 300;

/** The method implied by the options, after checking they agree. */
export function resolveClientAuthMethod(options: ClientAuthOptions): ClientAuthMethod {
  if (options.clientSecret !== undefined && options.privateKey !== undefined) {
    throw new TypeError('give either clientSecret or privateKey, not both');
  }
  const method =
    options.clientAuthMethod ??
    (options.privateKey !== undefined ? 'private_key_jwt' : options.clientSecret !== undefined ? 'client_secret_basic' : 'none');
  const needsSecret = method === 'client_secret_basic' || method === 'client_secret_post';
  if (needsSecret && !options.clientSecret) throw new TypeError(`${method} needs a clientSecret`);
  if (method === 'private_key_jwt' && options.privateKey === undefined) throw new TypeError('private_key_jwt needs a privateKey');
  return method;
}

function isCryptoKey(key: unknown): key is CryptoKey {
  return typeof key === 'object' && key !== null && typeof (key as CryptoKey).algorithm === 'object' && 'usages' in key;
}

/** Imports the key for `alg` as a non-extractable WebCrypto signing key. Errors never contain key material. */
export async function importPrivateKey(key: PrivateKeyInput, alg: ClientAssertionAlgorithm): Promise<CryptoKey> {
  if (isCryptoKey(key)) return key;
  try {
    if (key instanceof KeyObject) return await importPKCS8(key.export({ type: 'pkcs8', format: 'pem' }).toString(), alg);
    if (typeof key === 'string') {
      // PKCS#1 ("RSA PRIVATE KEY") and SEC1 ("EC PRIVATE KEY") PEMs are converted to PKCS#8 first.
      const pkcs8 = key.includes('-----BEGIN PRIVATE KEY-----')
        ? key
        : createPrivateKey(key).export({ type: 'pkcs8', format: 'pem' }).toString();
      return await importPKCS8(pkcs8, alg);
    }
    return (await importJWK(key, alg)) as CryptoKey;
  } catch {
    throw new TypeError(`the private key could not be imported for ${alg}; check the key type (PS256/RS256: RSA, ES256: P-256)`);
  }
}

function assertionLifetime(options: ClientAuthOptions): number {
  const lifetime = options.assertionLifetimeSeconds ?? 60;
  if (!Number.isFinite(lifetime) || lifetime <= 0 || lifetime > MAX_ASSERTION_LIFETIME_SECONDS) {
    throw new RangeError(`assertionLifetimeSeconds must be in (0, ${MAX_ASSERTION_LIFETIME_SECONDS}]`);
  }
  return lifetime;
}

/**
 * `private_key_jwt` (RFC 7523) through oauth4webapi, with the assertion shaped
 * the way Banno expects: `iss = sub = client_id`, `aud` = the exact token URL,
 * a unique `jti`, and `exp` at most 5 minutes ahead in the configured unit.
 */
function privateKeyJwt(options: ClientAuthOptions): oauth.ClientAuth {
  const alg = options.alg ?? 'PS256';
  const lifetime = assertionLifetime(options);
  const inMilliseconds = options.assertionExpiryUnit === 'milliseconds';
  const kid = options.kid ?? (typeof options.privateKey === 'object' && 'kid' in options.privateKey ? options.privateKey.kid : undefined);
  let key: Promise<CryptoKey> | undefined;
  return async (as, client, body, headers) => {
    const audience = as.token_endpoint;
    if (!audience) throw new TypeError('the issuer metadata has no token_endpoint');
    if (!key) {
      key = importPrivateKey(options.privateKey as PrivateKeyInput, alg);
      key.catch(() => (key = undefined));
    }
    const signingKey = await key;
    const sign = oauth.PrivateKeyJwt(kid === undefined ? signingKey : { key: signingKey, kid }, {
      [oauth.modifyAssertion]: (_header, payload) => {
        const issuedAt = payload.iat as number;
        payload.aud = audience;
        payload.exp = inMilliseconds ? (issuedAt + lifetime) * 1000 : issuedAt + lifetime;
      },
    });
    return sign(as, client, body, headers);
  };
}

/** The oauth4webapi client authentication for `options`. */
export function createClientAuth(options: ClientAuthOptions): oauth.ClientAuth {
  const method = resolveClientAuthMethod(options);
  switch (method) {
    case 'client_secret_basic':
      return oauth.ClientSecretBasic(options.clientSecret as string);
    case 'client_secret_post':
      return oauth.ClientSecretPost(options.clientSecret as string);
    case 'private_key_jwt':
      return privateKeyJwt(options);
    case 'none':
      return oauth.None();
  }
}
