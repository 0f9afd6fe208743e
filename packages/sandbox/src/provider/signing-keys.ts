import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/** JWS algorithms the harness can generate keys for. */
export const SIGNING_ALGS = [
  'ES256',
  'ES384',
  'ES512',
  'PS256',
  'PS384',
  'PS512',
  'RS256',
  'RS384',
  'RS512',
  'Ed25519',
] as const;
export type SigningAlg = (typeof SIGNING_ALGS)[number];

export interface ClientKeys {
  /** Private key for signing client assertions (e.g. with jose's `SignJWT`). */
  readonly privateKey: CryptoKey;
  /** The private key as a JWK with `kid` and `alg`. */
  readonly privateJwk: JWK;
  /** The public key as a JWK with `kid`, `alg` and `use: "sig"`, for the client's `jwks`. */
  readonly publicJwk: JWK;
}

/** One RSA key serves every RS and PS algorithm; other algorithms need a key of their own. */
function keyFamily(alg: SigningAlg): SigningAlg {
  return alg.startsWith('RS') || alg.startsWith('PS') ? 'PS256' : alg;
}

async function generateJwkPair(alg: SigningAlg) {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, modulusLength: 2048 });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  return { privateKey, privateJwk: { ...(await exportJWK(privateKey)), kid }, publicJwk: { ...publicJwk, kid } };
}

/**
 * Generates a key pair for a private_key_jwt client at run time, so no key is
 * ever committed. Register `publicJwk` in the client's `jwks` and sign
 * assertions with `privateKey`.
 */
export async function generateClientKeys(alg: SigningAlg): Promise<ClientKeys> {
  const { privateKey, privateJwk, publicJwk } = await generateJwkPair(alg);
  return {
    privateKey,
    privateJwk: { ...privateJwk, alg },
    publicJwk: { ...publicJwk, alg, use: 'sig' },
  };
}

/**
 * The provider's private signing keys, one per key family the algorithms need,
 * generated fresh for every provider start.
 */
export async function generateProviderJwks(algs: readonly SigningAlg[]): Promise<{ keys: JWK[] }> {
  const families = [...new Set(algs.map(keyFamily))];
  const pairs = await Promise.all(families.map(generateJwkPair));
  return { keys: pairs.map(({ privateJwk }) => ({ ...privateJwk, use: 'sig' })) };
}
