import type { ClientMetadata } from 'oidc-provider';
import type { ClientKeys } from './signing-keys.js';

export interface MachineClientOptions {
  clientId: string;
  /** Keys from `generateClientKeys`; the public one is registered on the client. */
  keys: ClientKeys;
  /** Scopes the client may be granted (with `openid`); when absent, any scope the provider knows. */
  scopes?: readonly string[];
}

/**
 * Metadata of a machine client as Banno registers one for the Admin and Entity Management APIs:
 * the client-credentials grant only, authenticated with a `private_key_jwt` assertion.
 */
export function machineClient({ clientId, keys, scopes }: MachineClientOptions): ClientMetadata {
  return {
    client_id: clientId,
    token_endpoint_auth_method: 'private_key_jwt',
    jwks: { keys: [keys.publicJwk] },
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
    ...(scopes && { scope: [...new Set(['openid', ...scopes])].join(' ') }),
  };
}
