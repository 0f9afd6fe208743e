import { clientCredentials, type ClientCredentialsOptions } from './client-credentials.js';
import type { TokenManagerLike } from '../token-manager.js';

/** Either a token manager of the caller's own, or the client credentials to build one from. */
export type MachineTokenManagerOptions =
  | ({ tokenManager: TokenManagerLike } & { [Key in keyof ClientCredentialsOptions]?: never })
  | (ClientCredentialsOptions & { tokenManager?: never });

/** What an API fills in when the credentials leave it out. */
export interface MachineTokenDefaults {
  /** The API's token endpoint, used unless `tokenUrl` or `issuer` is given. */
  tokenUrl: string;
  /** Scopes to request unless `scope` is given. */
  scope?: string | readonly string[];
}

/**
 * The token manager of a machine client (an API client without a user): the
 * `tokenManager` given, or a {@link clientCredentials} one built from the
 * credentials with the API's `defaults`. Credentials next to a token manager
 * are a `TypeError` naming them, so none is silently ignored; incomplete
 * credentials are rejected by `clientCredentials`.
 */
export function machineTokenManager(options: MachineTokenManagerOptions, defaults: MachineTokenDefaults): TokenManagerLike {
  if (options.tokenManager === undefined) {
    const { tokenUrl, issuer, scope } = options;
    return clientCredentials({
      ...options,
      ...(tokenUrl === undefined && issuer === undefined && { tokenUrl: defaults.tokenUrl }),
      scope: scope ?? defaults.scope,
    });
  }
  const { tokenManager, ...credentials } = options;
  const given = Object.entries(credentials).flatMap(([key, value]) => (value === undefined ? [] : [key]));
  if (given.length > 0) throw new TypeError(`Pass either a tokenManager or client credentials, not both (got ${given.join(', ')})`);
  return tokenManager;
}
