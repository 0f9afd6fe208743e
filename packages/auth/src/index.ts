// Universal entry: browsers and Node. Public clients (PKCE, no secret), sessions and their tokens, the openapi-fetch
// middleware, userinfo and revocation. Nothing here handles a client secret or a private key.
export {
  type AuthorizationRequest,
  type AuthorizationUrlOptions,
  buildAuthorizationUrl,
  type ClaimsRequest,
  computeCodeChallenge,
  createPkcePair,
  isValidCodeVerifier,
  type PkcePair,
  type RedirectUriCheck,
  type RedirectUriRejection,
  validateRedirectUri,
} from './authorization-request.js';
export { type AuthorizationCallback, type CallbackExpectations, handleCallback } from './authorization-response.js';
export * from './errors.js';
export {
  type ClientOptions,
  type ExchangeCodeOptions,
  exchangeCodeAsPublicClient,
  type PendingAuthorization,
  publicClientRenewal,
} from './grants.js';
export { type ApiClientAuth, type ApiClientAuthOptions, apiClientAuth, authMiddleware } from './middleware.js';
export {
  type DiscoveryOptions,
  discoverIssuer,
  type HttpOptions,
  type IssuerInput,
  type IssuerMetadata,
} from './provider-http.js';
export {
  fetchUserInfo,
  type RevokeTokenOptions,
  revokeToken,
  type UserInfo,
  type UserInfoOptions,
} from './session-endpoints.js';
export {
  defaultRefreshWindowMs,
  type RenewalStrategy,
  TokenManager,
  type TokenManagerLike,
  type TokenManagerOptions,
} from './token-manager.js';
export {
  type IdTokenClaims,
  isBearerToken,
  type NormalizeOptions,
  normalizeTokenResponse,
  type TokenSet,
} from './token-set.js';
export {
  MemoryTokenStore,
  type TokenStore,
  type WebLocks,
  type WebStorage,
  WebStorageTokenStore,
  type WebStorageTokenStoreOptions,
} from './token-stores.js';
