// Universal entry: browsers and Node. Nothing here handles a client secret or a private key.
export { createPkcePair, computeCodeChallenge, isValidCodeVerifier, type PkcePair } from './pkce.js';
export { validateRedirectUri, type RedirectUriCheck, type RedirectUriRejection } from './redirect-uri.js';
export { discoverIssuer, type DiscoveryOptions, type IssuerInput, type IssuerMetadata } from './discovery.js';
export {
  buildAuthorizationUrl,
  type AuthorizationRequest,
  type AuthorizationUrlOptions,
  type ClaimsRequest,
} from './authorization-url.js';
export { handleCallback, type AuthorizationCallback, type CallbackExpectations } from './callback.js';
export { exchangeCode, type ExchangeCodeOptions } from './exchange.js';
export { refreshTokenRenewal } from './refresh.js';
export { normalizeTokenResponse, type IdTokenClaims, type NormalizeOptions, type TokenSet } from './token-set.js';
export { MemoryTokenStore, type TokenStore } from './token-store.js';
export {
  TokenManager,
  defaultRefreshWindowMs,
  type RenewalStrategy,
  type TokenManagerLike,
  type TokenManagerOptions,
} from './token-manager.js';
export { authMiddleware } from './middleware.js';
export { apiClientAuth, type ApiClientAuth, type ApiClientAuthOptions } from './api-client-auth.js';
export type { ClientOptions } from './client-options.js';
export type { HttpOptions } from './http.js';
export {
  AuthError,
  AuthorizationResponseError,
  IdTokenValidationError,
  OAuthError,
  ProviderResponseError,
  ReauthenticationRequiredError,
  TokenResponseError,
  TokenStoreError,
  type AuthorizationResponseReason,
  type IdTokenValidationReason,
  type ProviderEndpoint,
  type ProviderResponseReason,
  type ReauthenticationReason,
} from './errors.js';
