// The clients registered at the sandbox's providers: the default ones every sandbox has (their
// secrets and keys made at start-up), and the extra ones a caller registers by option.
import { randomBytes } from 'node:crypto';
import type { JWK } from 'jose';
import type { ClientMetadata } from 'oidc-provider';
import { type ClientKeys, generateClientKeys } from './provider/signing-keys.js';
import type { HostName } from './served-api.js';

/** A client to register at start-up, in addition to the default ones. */
export interface SandboxClientOptions {
  /** The provider it belongs to. */
  provider: HostName;
  clientId: string;
  /** A confidential client's secret (then `client_secret_basic` unless `tokenEndpointAuthMethod` says otherwise). */
  clientSecret?: string;
  /** Public keys for `private_key_jwt` (then the default auth method is `private_key_jwt`). */
  jwks?: { keys: JWK[] };
  /** Exact redirect URIs (Banno compares them exactly, port included). */
  redirectUris?: string[];
  postLogoutRedirectUris?: string[];
  /** Default: `authorization_code` + `refresh_token` with redirect URIs, else `client_credentials`. */
  grantTypes?: Array<'authorization_code' | 'refresh_token' | 'client_credentials'>;
  /** Default: `private_key_jwt` with `jwks`, `client_secret_basic` with a secret, else `none` (a public client with PKCE). */
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post' | 'private_key_jwt' | 'none';
  /** Scopes the client may be granted (`openid` is added); default any scope the provider knows. */
  scopes?: string[];
  /** Shown on the consent page. */
  name?: string;
}

/** oidc-provider metadata for a client option. */
export function clientMetadata(options: SandboxClientOptions): ClientMetadata {
  if (typeof options.clientId !== 'string' || options.clientId.length === 0)
    throw new TypeError('a client needs a clientId');
  const redirectUris = options.redirectUris ?? [];
  const grantTypes =
    options.grantTypes ?? (redirectUris.length > 0 ? ['authorization_code', 'refresh_token'] : ['client_credentials']);
  const method =
    options.tokenEndpointAuthMethod ??
    (options.jwks ? 'private_key_jwt' : options.clientSecret !== undefined ? 'client_secret_basic' : 'none');
  return {
    client_id: options.clientId,
    ...(options.clientSecret !== undefined && { client_secret: options.clientSecret }),
    ...(options.jwks && { jwks: options.jwks }),
    ...(options.name && { client_name: options.name }),
    redirect_uris: redirectUris,
    ...(options.postLogoutRedirectUris && { post_logout_redirect_uris: options.postLogoutRedirectUris }),
    grant_types: grantTypes,
    response_types: grantTypes.includes('authorization_code') ? ['code'] : [],
    token_endpoint_auth_method: method,
    ...(options.scopes && { scope: [...new Set(['openid', ...options.scopes])].join(' ') }),
  };
}

/** A client that signs in users. */
export interface CodeClient {
  clientId: string;
  /** Undefined for a public client (PKCE, no secret). */
  clientSecret: string | undefined;
  tokenEndpointAuthMethod: 'client_secret_basic' | 'client_secret_post' | 'none';
  redirectUris: string[];
}

/** A machine client: client credentials with a `private_key_jwt` assertion. */
export interface MachineClient {
  clientId: string;
  /** ES256, which Banno accepts beside PS256 and RS256 (and makes keys in a millisecond, not a second). */
  alg: 'ES256';
  /** Sign the client assertion with this (e.g. `privateKey` option of the Admin API client). */
  privateKey: CryptoKey;
  /** The same key as a JWK (for tools that want one); never log it. */
  privateJwk: JWK;
  /** What is registered at the provider. */
  publicJwk: JWK;
  scopes: string[];
}

/** The clients every sandbox has; secrets and keys are made at each start. */
export interface SandboxClients {
  /** Consumer provider: a server-side web app (confidential, `client_secret_basic`), like Banno's Node.js example. */
  consumerWebApp: CodeClient;
  /** Consumer provider: a public client (single-page or native app, PKCE only). */
  consumerPublicApp: CodeClient;
  /** Admin provider: a back-office job with client credentials (`private_key_jwt`, ES256). */
  adminJob: MachineClient;
  /** Admin provider: the command-line authorization-code flow of the Admin API quickstart (`client_secret_post`, PKCE). */
  adminCli: CodeClient;
  /** Entity Management token endpoint: a machine client (`private_key_jwt`, ES256). */
  entityManagementJob: MachineClient;
}

/** Loopback redirect URIs registered on the default code clients (exact match, like Banno). */
export const DEFAULT_REDIRECT_URIS = {
  consumerWebApp: ['http://localhost:8080/auth/cb', 'http://127.0.0.1:8080/auth/cb'],
  consumerPublicApp: ['http://127.0.0.1:8765/callback', 'http://localhost:5173/callback'],
  adminCli: ['http://127.0.0.1:8765/callback'],
} as const;

const secret = () => randomBytes(32).toString('base64url');

async function machine(clientId: string, scopes: string[]): Promise<MachineClient> {
  const keys: ClientKeys = await generateClientKeys('ES256');
  return {
    clientId,
    alg: 'ES256',
    privateKey: keys.privateKey,
    privateJwk: keys.privateJwk,
    publicJwk: keys.publicJwk,
    scopes,
  };
}

/** Makes the default clients; `redirectUris` are added to the Consumer code clients. */
export async function defaultClients(
  scopes: Record<HostName, string[]>,
  redirectUris: readonly string[],
): Promise<SandboxClients> {
  const [adminJob, entityManagementJob] = await Promise.all([
    machine('sandbox-admin-job', scopes.admin),
    machine('sandbox-entity-job', scopes.entityManagement),
  ]);
  return {
    consumerWebApp: {
      clientId: 'sandbox-web-app',
      clientSecret: secret(),
      tokenEndpointAuthMethod: 'client_secret_basic',
      redirectUris: [...DEFAULT_REDIRECT_URIS.consumerWebApp, ...redirectUris],
    },
    consumerPublicApp: {
      clientId: 'sandbox-public-app',
      clientSecret: undefined,
      tokenEndpointAuthMethod: 'none',
      redirectUris: [...DEFAULT_REDIRECT_URIS.consumerPublicApp, ...redirectUris],
    },
    adminJob,
    adminCli: {
      clientId: 'sandbox-admin-cli',
      clientSecret: secret(),
      tokenEndpointAuthMethod: 'client_secret_post',
      redirectUris: [...DEFAULT_REDIRECT_URIS.adminCli],
    },
    entityManagementJob,
  };
}

/** The registrations of the default clients, by provider. */
export function defaultClientOptions(clients: SandboxClients): SandboxClientOptions[] {
  const code = (provider: HostName, client: CodeClient, name: string): SandboxClientOptions => ({
    provider,
    clientId: client.clientId,
    ...(client.clientSecret !== undefined && { clientSecret: client.clientSecret }),
    redirectUris: client.redirectUris,
    tokenEndpointAuthMethod: client.tokenEndpointAuthMethod,
    name,
  });
  const job = (provider: HostName, client: MachineClient, name: string): SandboxClientOptions => ({
    provider,
    clientId: client.clientId,
    jwks: { keys: [client.publicJwk] },
    scopes: client.scopes,
    name,
  });
  return [
    code('consumer', clients.consumerWebApp, 'Sandbox Web App'),
    code('consumer', clients.consumerPublicApp, 'Sandbox Public App'),
    job('admin', clients.adminJob, 'Sandbox Admin Job'),
    code('admin', clients.adminCli, 'Sandbox Admin CLI'),
    job('entityManagement', clients.entityManagementJob, 'Sandbox Entity Job'),
  ];
}
