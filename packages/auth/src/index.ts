// Universal entry: browsers and Node. Public clients (PKCE, no secret), sessions and their tokens, the openapi-fetch
// middleware, userinfo and revocation. Nothing here handles a client secret or a private key.
export {
  buildAuthorizationUrl,
  computeCodeChallenge,
  createPkcePair,
  isValidCodeVerifier,
  validateRedirectUri,
  type AuthorizationRequest,
  type AuthorizationUrlOptions,
  type ClaimsRequest,
  type PkcePair,
  type RedirectUriCheck,
  type RedirectUriRejection,
} from './authorization-request.js';
export { handleCallback, type AuthorizationCallback, type CallbackExpectations } from './authorization-response.js';
export { discoverIssuer, type DiscoveryOptions, type HttpOptions, type IssuerInput, type IssuerMetadata } from './provider-http.js';
export {
  exchangeCodeAsPublicClient,
  publicClientRenewal,
  type ClientOptions,
  type ExchangeCodeOptions,
  type PendingAuthorization,
} from './grants.js';
export { fetchUserInfo, revokeToken, type RevokeTokenOptions, type UserInfo, type UserInfoOptions } from './session-endpoints.js';
export { isBearerToken, normalizeTokenResponse, type IdTokenClaims, type NormalizeOptions, type TokenSet } from './token-set.js';
export {
  MemoryTokenStore,
  WebStorageTokenStore,
  type TokenStore,
  type WebLocks,
  type WebStorage,
  type WebStorageTokenStoreOptions,
} from './token-stores.js';
export {
  defaultRefreshWindowMs,
  TokenManager,
  type RenewalStrategy,
  type TokenManagerLike,
  type TokenManagerOptions,
} from './token-manager.js';
export { apiClientAuth, authMiddleware, type ApiClientAuth, type ApiClientAuthOptions } from './middleware.js';
export * from './errors.js';
