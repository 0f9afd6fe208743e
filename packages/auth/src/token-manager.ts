import { isOAuthError, isReauthenticationRequiredError, ReauthenticationRequiredError } from './errors.js';
import { scopesOf, type TokenSet } from './token-set.js';
import type { TokenStore } from './token-stores.js';

/** How a session gets a new token set: a refresh-token grant, or a new client-credentials request. */
export interface RenewalStrategy {
  /** Returns a new token set; `current` is what the store holds (undefined when empty). */
  renew(current: TokenSet | undefined): Promise<TokenSet>;
}

/**
 * What API clients need from a token manager. Structurally the runtime's `TokenSource` (`getAccessToken`,
 * `handleUnauthorized`, `grantedScopes`), so `@dtk/runtime` takes a `TokenManager` without importing this package.
 */
export interface TokenManagerLike {
  /** A usable access token, renewed first when inside the refresh window. */
  getAccessToken(): Promise<string>;
  /** After a 401 with `failedAccessToken`: a renewed token, or the current one if it has changed since. */
  handleUnauthorized(failedAccessToken: string): Promise<string>;
  getTokenSet(): Promise<TokenSet | undefined>;
  /** Scopes granted to the current token set, or undefined when unknown. */
  grantedScopes(): Promise<string[] | undefined>;
}

export interface TokenManagerOptions {
  store: TokenStore;
  /** Key of this session in the store (default `default`). */
  key?: string;
  renewal: RenewalStrategy;
  /**
   * How long before expiry to renew, in ms: a number, or a function of the
   * token set. Default max(30 s, 10 % of the token's lifetime).
   */
  refreshWindowMs?: number | ((tokenSet: TokenSet) => number);
  /** Clock (epoch ms), for tests. */
  now?: () => number;
}

/** One renewal in flight per store and key, shared by every TokenManager in the process. */
const inFlight = new WeakMap<TokenStore, Map<string, Promise<TokenSet>>>();

function flightsFor(store: TokenStore): Map<string, Promise<TokenSet>> {
  let flights = inFlight.get(store);
  if (!flights) {
    flights = new Map();
    inFlight.set(store, flights);
  }
  return flights;
}

export function defaultRefreshWindowMs(tokenSet: TokenSet): number {
  const lifetime = tokenSet.expiresAt === undefined ? 0 : tokenSet.expiresAt - tokenSet.receivedAt;
  return Math.max(30_000, lifetime / 10);
}

/**
 * Hands out access tokens for one session and renews them lazily — no timers.
 *
 * - Inside the refresh window `getAccessToken()` renews first; if renewal
 *   fails for a passing reason while the old token is still unexpired, the
 *   old token is returned.
 * - One renewal per store key at a time, across every manager in the process
 *   (and across processes when the store has `withLock`).
 * - Compare-and-refresh: under the lock the store is read again, and a token
 *   that changed meanwhile is used instead of renewing again.
 * - The new token set is written to the store before anyone gets it, so a
 *   rotated refresh token is never used before it is persisted.
 * - After `invalid_grant` the store is read once more (another process may
 *   have rotated the token); if nothing changed, the dead refresh token is
 *   removed from the store under the same lock, so that later calls fail at
 *   once with {@link ReauthenticationRequiredError} and send nothing. Any
 *   other failure (network, 5xx, `invalid_client`) leaves the store as it was.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6749#section-6
 * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
 */
export class TokenManager implements TokenManagerLike {
  readonly store: TokenStore;
  readonly key: string;
  readonly #renewal: RenewalStrategy;
  readonly #refreshWindow: (tokenSet: TokenSet) => number;
  readonly #now: () => number;

  constructor(options: TokenManagerOptions) {
    this.store = options.store;
    this.key = options.key ?? 'default';
    this.#renewal = options.renewal;
    const window = options.refreshWindowMs;
    this.#refreshWindow =
      typeof window === 'function' ? window : window === undefined ? defaultRefreshWindowMs : () => window;
    this.#now = options.now ?? Date.now;
  }

  /**
   * The stored token set, or undefined before a sign-in.
   * @throws {TokenStoreError} when the store cannot be read (e.g. a corrupt file, left as it is).
   */
  async getTokenSet(): Promise<TokenSet | undefined> {
    return this.store.get(this.key);
  }

  /** Stores a token set obtained elsewhere, e.g. from `exchangeCode` after a login. */
  async setTokenSet(tokenSet: TokenSet): Promise<void> {
    await this.store.set(this.key, tokenSet);
  }

  /** Forgets the session's tokens (sign-out). Revoke them at the provider first if needed. */
  async clear(): Promise<void> {
    await this.store.delete(this.key);
  }

  async grantedScopes(): Promise<string[] | undefined> {
    return scopesOf(await this.store.get(this.key));
  }

  /**
   * A usable access token: the stored one, or a renewed one inside the refresh window.
   * @throws {ReauthenticationRequiredError} when there is no session, no refresh token, or the grant is dead.
   * @throws {OAuthError} / {TokenResponseError} when renewal fails and the stored token has expired.
   */
  async getAccessToken(): Promise<string> {
    const current = await this.store.get(this.key);
    if (current && !this.#needsRenewal(current)) return current.accessToken;
    try {
      return (await this.#renewShared(current?.accessToken)).accessToken;
    } catch (error) {
      if (current && !this.#isExpired(current) && !isReauthenticationRequiredError(error)) return current.accessToken;
      throw error;
    }
  }

  /**
   * After the API answered 401 to `failedAccessToken`: renews, unless the stored token has changed since (then that
   * one is returned: compare-and-refresh, so concurrent 401s cause one renewal).
   * @throws {ReauthenticationRequiredError} when the session cannot be renewed.
   * @see https://www.rfc-editor.org/rfc/rfc6750#section-3.1
   */
  async handleUnauthorized(failedAccessToken: string): Promise<string> {
    return (await this.#renewShared(failedAccessToken)).accessToken;
  }

  /**
   * Renews now, whatever the expiry, and returns the new token set.
   * @throws {ReauthenticationRequiredError} when the session cannot be renewed.
   * @throws {OAuthError} / {TokenResponseError} when the renewal fails; the stored token set is kept.
   * @see https://www.rfc-editor.org/rfc/rfc6749#section-6
   */
  async refresh(): Promise<TokenSet> {
    const current = await this.store.get(this.key);
    return this.#renewShared(current?.accessToken);
  }

  #isExpired(tokenSet: TokenSet): boolean {
    return tokenSet.expiresAt !== undefined && this.#now() >= tokenSet.expiresAt;
  }

  #needsRenewal(tokenSet: TokenSet): boolean {
    return tokenSet.expiresAt !== undefined && this.#now() >= tokenSet.expiresAt - this.#refreshWindow(tokenSet);
  }

  #renewShared(staleAccessToken: string | undefined): Promise<TokenSet> {
    const flights = flightsFor(this.store);
    const running = flights.get(this.key);
    if (running) return running;
    const flight = this.#renewUnderLock(staleAccessToken).finally(() => {
      if (flights.get(this.key) === flight) flights.delete(this.key);
    });
    flights.set(this.key, flight);
    return flight;
  }

  #renewUnderLock(staleAccessToken: string | undefined): Promise<TokenSet> {
    const task = async (): Promise<TokenSet> => {
      const latest = await this.store.get(this.key);
      // Compare-and-refresh: a token that changed since the caller looked is used as it is.
      if (latest && latest.accessToken !== staleAccessToken && !this.#needsRenewal(latest)) return latest;
      let next: TokenSet;
      try {
        next = await this.#renewal.renew(latest);
      } catch (error) {
        if (!(isOAuthError(error) && error.details.error === 'invalid_grant')) throw error;
        const reread = await this.store.get(this.key);
        if (reread && reread.refreshToken !== latest?.refreshToken && !this.#isExpired(reread)) return reread;
        // The grant is dead: forget its refresh token (the access token may still be good until it expires).
        if (reread?.refreshToken !== undefined) {
          const { refreshToken: _dead, ...rest } = reread;
          await this.store.set(this.key, rest);
        }
        throw new ReauthenticationRequiredError(
          'invalid_grant',
          'the provider rejected the refresh token; sign in again',
          { cause: error },
        );
      }
      await this.store.set(this.key, next);
      return next;
    };
    return this.store.withLock ? this.store.withLock(this.key, task) : task();
  }
}
