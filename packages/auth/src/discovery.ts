import * as oauth from 'oauth4webapi';
import { oauthRequestOptions, type HttpOptions } from './http.js';
import { toAuthError } from './provider-errors.js';

/** OpenID Provider metadata (the discovery document). */
export type IssuerMetadata = oauth.AuthorizationServer;

/** An issuer given as its identifier (discovered on first use) or as metadata already at hand. */
export type IssuerInput = string | URL | IssuerMetadata;

export interface DiscoveryOptions extends HttpOptions {
  /** How long a discovered document is reused, in milliseconds (default one hour). */
  cacheMaxAgeMs?: number;
}

const DEFAULT_CACHE_MAX_AGE_MS = 60 * 60 * 1000;
const cache = new Map<string, { fetchedAt: number; metadata: Promise<IssuerMetadata> }>();

/**
 * Fetches `{issuer}/.well-known/openid-configuration` (the path Banno serves,
 * e.g. `https://host/a/consumer/api/v0/oidc/.well-known/openid-configuration`),
 * checks that the document names the same issuer, and caches it per issuer.
 * Concurrent callers share one request; failures are not cached.
 */
export function discoverIssuer(issuer: string | URL, options: DiscoveryOptions = {}): Promise<IssuerMetadata> {
  const issuerUrl = new URL(issuer);
  const key = issuerUrl.href;
  const maxAge = options.cacheMaxAgeMs ?? DEFAULT_CACHE_MAX_AGE_MS;
  const cached = cache.get(key);
  if (cached && Date.now() - cached.fetchedAt < maxAge) return cached.metadata;

  const metadata = (async () => {
    try {
      const response = await oauth.discoveryRequest(issuerUrl, { ...oauthRequestOptions(options), algorithm: 'oidc' });
      return await oauth.processDiscoveryResponse(issuerUrl, response);
    } catch (error) {
      throw await toAuthError(error, 'discovery');
    }
  })();
  const entry = { fetchedAt: Date.now(), metadata };
  cache.set(key, entry);
  metadata.catch(() => {
    if (cache.get(key) === entry) cache.delete(key);
  });
  return metadata;
}

/** Metadata for `issuer`: returned as is when given, discovered (and cached) otherwise. */
export async function resolveIssuer(issuer: IssuerInput, options: HttpOptions = {}): Promise<IssuerMetadata> {
  if (typeof issuer === 'string' || issuer instanceof URL) return discoverIssuer(issuer, options);
  if (typeof issuer?.issuer !== 'string') {
    throw new TypeError('issuer metadata must have an "issuer" string');
  }
  return issuer;
}
