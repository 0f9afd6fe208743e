import { codeGrant } from '../grants.js';
import { confidentialContexts, type ConfidentialClientOptions } from './confidential-client.js';
import type { ExchangeCodeOptions as PublicExchangeCodeOptions } from '../exchange.js';
import type { TokenSet } from '../token-set.js';

export type ExchangeCodeOptions = PublicExchangeCodeOptions & ConfidentialClientOptions;

/**
 * Exchanges an authorization code for tokens, authenticating the client with
 * `client_secret_basic`, `client_secret_post` or `private_key_jwt` (or none,
 * for a public client), and verifies the ID token's signature against the
 * provider's JWKS as well as its claims.
 */
export async function exchangeCode(options: ExchangeCodeOptions): Promise<TokenSet> {
  return codeGrant(await confidentialContexts(options)(), options.callback, options.request);
}
