// What a browser app that signs a user in with PKCE and calls the Consumer API bundles: the authorization request,
// the callback, the public-client exchange and renewal, a TokenManager over web storage, and the Consumer client.
// Measured by size-limit (.size-limit.json); not published.
export {
  buildAuthorizationUrl,
  exchangeCodeAsPublicClient,
  handleCallback,
  publicClientRenewal,
  TokenManager,
  WebStorageTokenStore,
} from '@dtk/auth';
export { createConsumerApiClient } from '../dist/index.js';
