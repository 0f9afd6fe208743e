import * as oauth from 'oauth4webapi';
import { toAuthError } from '../provider-errors.js';
import { confidentialContexts, type ConfidentialClientOptions } from './confidential-client.js';

export interface RevokeTokenOptions extends ConfidentialClientOptions {
  /** The access or refresh token to revoke. */
  token: string;
  tokenTypeHint?: 'access_token' | 'refresh_token';
}

/**
 * Revokes a token at the revocation endpoint (RFC 7009; Banno:
 * `{issuer}/token/revocation`). The server answers 200 even for unknown tokens.
 */
export async function revokeToken(options: RevokeTokenOptions): Promise<void> {
  const { metadata, client, clientAuth, request } = await confidentialContexts(options)();
  try {
    const additionalParameters = options.tokenTypeHint ? { token_type_hint: options.tokenTypeHint } : undefined;
    const response = await oauth.revocationRequest(metadata, client, clientAuth, options.token, { ...request, additionalParameters });
    await oauth.processRevocationResponse(response);
  } catch (error) {
    throw await toAuthError(error, 'revocation');
  }
}
