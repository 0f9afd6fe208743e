// How a confidential client proves who it is at the token and revocation endpoints: a client secret, or a private
// key signing a client assertion (private_key_jwt). Keys are checked when the client is set up, before any request.
import { createPrivateKey, KeyObject } from 'node:crypto';
import { importJWK, importPKCS8, type JWK } from 'jose';
import * as oauth from 'oauth4webapi';
import type { ClientAuthentication } from '../grants.js';
import { PrivateKeyError, type PrivateKeyReason } from './private-key-error.js';

/** A private key as PEM (PKCS#8, PKCS#1 or SEC1), a JWK, a Node KeyObject or a WebCrypto CryptoKey. */
export type PrivateKeyInput = string | JWK | KeyObject | CryptoKey;

/** Signing algorithms for `private_key_jwt` client assertions. PS256 is what Banno's helper uses. */
export type ClientAssertionAlgorithm = 'PS256' | 'ES256' | 'RS256';

export type ClientAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt' | 'none';

/**
 * How a confidential client authenticates at the token and revocation endpoints.
 * Give a `clientSecret` or a `privateKey`; the method defaults to
 * `client_secret_basic` or `private_key_jwt` accordingly.
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
   * The assertion's `aud` (default: the token endpoint URL the request is sent to). Set it when the provider expects
   * another audience than the URL you reach it by, e.g. behind a gateway that rewrites paths.
   */
  audience?: string;
  /**
   * Unit of the assertion's `exp`: `seconds` (RFC 7523, the default) or
   * `milliseconds` (what Banno's documentation describes).
   */
  assertionExpiryUnit?: 'seconds' | 'milliseconds';
  /** Seconds until the assertion expires (default 60, at most 300). */
  assertionLifetimeSeconds?: number;
}

const MAX_ASSERTION_LIFETIME_SECONDS = 300;
/** RFC 7518 §3.3 and §3.5: RSA keys for RS256/PS256 are at least 2048 bits. */
const MIN_RSA_BITS = 2048;

/** The method implied by the options, after checking they agree. */
export function resolveClientAuthMethod(options: ClientAuthOptions): ClientAuthMethod {
  if (options.clientSecret !== undefined && options.privateKey !== undefined) {
    throw new TypeError('give either clientSecret or privateKey, not both');
  }
  const method =
    options.clientAuthMethod ??
    (options.privateKey !== undefined
      ? 'private_key_jwt'
      : options.clientSecret !== undefined
        ? 'client_secret_basic'
        : 'none');
  const needsSecret = method === 'client_secret_basic' || method === 'client_secret_post';
  if (needsSecret && !options.clientSecret) throw new TypeError(`${method} needs a clientSecret`);
  if (method === 'private_key_jwt' && options.privateKey === undefined)
    throw new TypeError('private_key_jwt needs a privateKey');
  return method;
}

function isCryptoKey(key: unknown): key is CryptoKey {
  return typeof key === 'object' && key !== null && typeof (key as CryptoKey).algorithm === 'object' && 'usages' in key;
}

const KEY_FAMILY: Record<ClientAssertionAlgorithm, string> = {
  PS256: 'an RSA key',
  RS256: 'an RSA key',
  ES256: 'an EC P-256 key',
};

function refuse(reason: PrivateKeyReason, alg: ClientAssertionAlgorithm, message: string): never {
  throw new PrivateKeyError(reason, alg, `privateKey ${message}`);
}

/** Refusals that can be told from the text of a PEM alone (no parsing, nothing echoed). */
function checkPemText(pem: string, alg: ClientAssertionAlgorithm): void {
  if (pem.trim() === '')
    refuse('empty', alg, "is an empty string; pass the key's PEM text, e.g. await readFile('private-key.pem', 'utf8')");
  if (/-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type: 4,ENCRYPTED/.test(pem)) {
    refuse(
      'encrypted',
      alg,
      'is encrypted (passphrase-protected); decrypt it first, or pass createPrivateKey({ key, passphrase }) from node:crypto',
    );
  }
  if (
    /-----BEGIN (?:RSA |EC )?PUBLIC KEY-----|-----BEGIN CERTIFICATE-----/.test(pem) &&
    !/PRIVATE KEY-----/.test(pem)
  ) {
    refuse(
      'public_key',
      alg,
      'is a public key or certificate; pass the private key and register the public one with the provider',
    );
  }
}

/** The key as a Node KeyObject, with every refusal named; CryptoKeys are checked as they are. */
function readPrivateKey(key: PrivateKeyInput, alg: ClientAssertionAlgorithm): KeyObject | CryptoKey {
  if (isCryptoKey(key)) {
    if (key.type !== 'private') refuse('public_key', alg, 'is a public CryptoKey; pass the private key of the pair');
    return key;
  }
  if (key instanceof KeyObject) {
    if (key.type !== 'private')
      refuse(
        key.type === 'public' ? 'public_key' : 'wrong_type',
        alg,
        `is a ${key.type} KeyObject; pass a private key`,
      );
    return key;
  }
  if (typeof key === 'string') {
    checkPemText(key, alg);
    try {
      return createPrivateKey(key);
    } catch {
      return refuse('unreadable', alg, 'could not be read as a PEM private key (PKCS#8, PKCS#1 or SEC1)');
    }
  }
  if (typeof key !== 'object' || key === null)
    return refuse('unreadable', alg, `must be a PEM string, a JWK, a KeyObject or a CryptoKey, got ${typeof key}`);
  if (key.kty === 'oct') refuse('wrong_type', alg, 'is a symmetric (oct) JWK; private_key_jwt needs an asymmetric key');
  if (key.d === undefined) {
    refuse(
      'public_key',
      alg,
      'is a public JWK (it has no "d"); pass the private JWK and register the public one with the provider',
    );
  }
  try {
    return createPrivateKey({ key: key as import('node:crypto').JsonWebKey, format: 'jwk' });
  } catch {
    return refuse('unreadable', alg, 'could not be read as a private JWK');
  }
}

/** Key type and size against `alg`: RSA ≥ 2048 bits for PS256/RS256, EC P-256 for ES256. */
function checkKeyFitsAlg(key: KeyObject | CryptoKey, alg: ClientAssertionAlgorithm): void {
  let family: string | undefined;
  let bits: number | undefined;
  let curve: string | undefined;
  if (key instanceof KeyObject) {
    family = key.asymmetricKeyType === 'rsa-pss' ? 'rsa' : key.asymmetricKeyType;
    bits = key.asymmetricKeyDetails?.modulusLength;
    curve = key.asymmetricKeyDetails?.namedCurve;
  } else {
    const algorithm = key.algorithm as { name: string; modulusLength?: number; namedCurve?: string };
    family = algorithm.name === 'ECDSA' ? 'ec' : algorithm.name.startsWith('RSA') ? 'rsa' : algorithm.name;
    bits = algorithm.modulusLength;
    curve = algorithm.namedCurve === 'P-256' ? 'prime256v1' : algorithm.namedCurve;
  }
  const wanted = alg === 'ES256' ? 'ec' : 'rsa';
  if (family !== wanted || (wanted === 'ec' && curve !== 'prime256v1')) {
    const found = family === 'ec' ? `an EC key (${curve ?? 'unknown curve'})` : `a key of type ${family ?? 'unknown'}`;
    refuse(
      'wrong_type',
      alg,
      `is ${family === 'rsa' ? 'an RSA key' : found}, but ${alg} needs ${KEY_FAMILY[alg]}; set alg to match the key`,
    );
  }
  if (wanted === 'rsa' && (bits ?? 0) < MIN_RSA_BITS) {
    refuse(
      'weak_key',
      alg,
      `is a ${bits}-bit RSA key; ${alg} needs at least ${MIN_RSA_BITS} bits (RFC 7518 §3.3): make a new key pair`,
    );
  }
}

/**
 * Checks a private key for `alg` and returns it ready to import. Synchronous, so that a client is refused when it
 * is set up: an empty string, an encrypted key, a public key or JWK, a key of the wrong type and an RSA key under
 * 2048 bits each get a {@link PrivateKeyError} with its own `details.reason`. Messages never contain key material.
 *
 * @throws {PrivateKeyError}
 * @see https://www.rfc-editor.org/rfc/rfc7518#section-3.3
 */
export function checkPrivateKey(key: PrivateKeyInput, alg: ClientAssertionAlgorithm): KeyObject | CryptoKey {
  const checked = readPrivateKey(key, alg);
  checkKeyFitsAlg(checked, alg);
  return checked;
}

/**
 * Imports a private key for `alg` as a non-extractable WebCrypto signing key, after {@link checkPrivateKey}.
 * @throws {PrivateKeyError}
 * @see https://www.rfc-editor.org/rfc/rfc7518#section-3.1
 */
export async function importPrivateKey(key: PrivateKeyInput, alg: ClientAssertionAlgorithm): Promise<CryptoKey> {
  const checked = checkPrivateKey(key, alg);
  if (isCryptoKey(checked)) return checked;
  try {
    if (typeof key === 'object' && !(key instanceof KeyObject) && !isCryptoKey(key))
      return (await importJWK(key, alg)) as CryptoKey;
    return await importPKCS8(checked.export({ type: 'pkcs8', format: 'pem' }).toString(), alg);
  } catch {
    return refuse('unreadable', alg, `could not be imported for ${alg}`);
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
 * `private_key_jwt` (RFC 7523) through oauth4webapi, with the assertion shaped the way Banno expects:
 * `iss = sub = client_id`, `aud` = the exact token URL (or `audience`), a unique `jti`, and `exp` at most
 * 5 minutes ahead in the configured unit. The key is checked now and imported once.
 */
function privateKeyJwt(options: ClientAuthOptions): oauth.ClientAuth {
  const alg = options.alg ?? 'PS256';
  const lifetime = assertionLifetime(options);
  const inMilliseconds = options.assertionExpiryUnit === 'milliseconds';
  const privateKey = options.privateKey as PrivateKeyInput;
  checkPrivateKey(privateKey, alg);
  const kid = options.kid ?? (typeof privateKey === 'object' && 'kid' in privateKey ? privateKey.kid : undefined);
  if (options.audience !== undefined && (typeof options.audience !== 'string' || options.audience === '')) {
    throw new TypeError('audience must be a non-empty string (the token endpoint URL the provider expects in "aud")');
  }
  let key: Promise<CryptoKey> | undefined;
  return async (as, client, body, headers) => {
    const audience = options.audience ?? as.token_endpoint;
    if (!audience) throw new TypeError('the issuer metadata has no token_endpoint');
    if (!key) {
      key = importPrivateKey(privateKey, alg);
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

/**
 * The client authentication for `options`, checked now (a bad key fails here, not at the first request), with the
 * client secret listed among the values that are removed from every error.
 * @throws {TypeError} for contradictory options. @throws {PrivateKeyError} for an unusable key.
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1 (client secrets)
 * @see https://www.rfc-editor.org/rfc/rfc7523#section-2.2 (private_key_jwt assertions)
 */
export function createClientAuthentication(options: ClientAuthOptions): ClientAuthentication {
  const clientAuth = clientAuthFor(resolveClientAuthMethod(options), options);
  return {
    forRequest: (sent) => {
      sent.add(options.clientSecret);
      return async (as, client, body, headers) => {
        await clientAuth(as, client, body, headers);
        sent.add(body.get('client_assertion')).add(body.get('client_secret'));
        const basic = /^Basic (.+)$/i.exec(headers.get('authorization') ?? '')?.[1];
        if (basic) sent.add(basic);
      };
    },
  };
}

function clientAuthFor(method: ClientAuthMethod, options: ClientAuthOptions): oauth.ClientAuth {
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
