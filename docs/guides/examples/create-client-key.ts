import { calculateJwkThumbprint, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, type JWK } from 'jose';

/** A key pair for `private_key_jwt`: the private half stays with you, the public half is registered. */
export interface ClientKey {
  /** PKCS#8 PEM of the private key: into your secret store, never into source control or logs. */
  readonly privateKeyPem: string;
  /** SPKI PEM of the public key, for a registration form that takes a PEM. */
  readonly publicKeyPem: string;
  /** The public key as a JWK with its `kid`, `alg` and `use`. */
  readonly publicJwk: JWK;
  /** The JWKS to serve at your JWKS URI (the way to rotate keys without a new registration). */
  readonly jwks: { keys: JWK[] };
  /** The key id: the JWK thumbprint (RFC 7638), sent as the assertion's `kid` header. */
  readonly kid: string;
}

/** Makes a new key pair for signing client assertions with `alg` (PS256, as Banno's own helper uses, by default). */
export async function createClientKey(alg: 'PS256' | 'RS256' | 'ES256' = 'PS256'): Promise<ClientKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true, modulusLength: 2048 });
  const bare = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(bare);
  const publicJwk: JWK = { ...bare, kid, alg, use: 'sig' };
  return {
    privateKeyPem: await exportPKCS8(privateKey),
    publicKeyPem: await exportSPKI(publicKey),
    publicJwk,
    jwks: { keys: [publicJwk] },
    kid,
  };
}
