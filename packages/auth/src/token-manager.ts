import { isOAuthError, isReauthenticationRequiredError, ReauthenticationRequiredError } from './errors.js';
import { scopesOf, type TokenSet, tokenSetObtainedBefore } from './token-set.js';
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

/** Per store and key, shared by every TokenManager in the process: the renewal in flight, and the session's generation. */
interface SessionState {
  flight?: Promise<TokenSet>;
  /** Bumped by every sign-in (`setTokenSet`) and sign-out (`clear`): a renewal started before must not write. */
  generation: number;
}

const sessions = new WeakMap<TokenStore, Map<string, SessionState>>();

function sessionState(store: TokenStore, key: string): SessionState {
  let byKey = sessions.get(store);
  if (!byKey) {
    byKey = new Map();
    sessions.set(store, byKey);
  }
  let state = byKey.get(key);
  if (!state) {
    state = { generation: 0 };
    byKey.set(key, state);
  }
  return state;
}

/** Whether the store still holds the token set a renewal started from (a sign-out or sign-in elsewhere changes it). */
const sameTokens = (a: TokenSet | undefined, b: TokenSet | undefined) =>
  a?.accessToken === b?.accessToken && a?.refreshToken === b?.refreshToken;

function replacedSession(): ReauthenticationRequiredError {
  return new ReauthenticationRequiredError('no_token', 'the session was signed out or replaced while it was renewed');
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

  /**
   * Stores a token set obtained elsewhere, e.g. from `exchangeCode` after a login. A renewal of the previous session
   * still in flight then ends without writing (its callers get {@link ReauthenticationRequiredError}).
   */
  async setTokenSet(tokenSet: TokenSet): Promise<void> {
    this.#startNewSession();
    await this.store.set(this.key, tokenSet);
  }

  /**
   * Forgets the session's tokens (sign-out). Revoke them at the provider first if needed. A renewal still in flight
   * ends without writing, so it cannot bring the session back.
   */
  async clear(): Promise<void> {
    this.#startNewSession();
    await this.store.delete(this.key);
  }

  #startNewSession(): void {
    const state = sessionState(this.store, this.key);
    state.generation += 1;
    state.flight = undefined;
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
      // A passing failure, or a session without a refresh token: the stored token works until it expires.
      const stillUsable = !isReauthenticationRequiredError(error) || error.details.reason === 'no_refresh_token';
      if (current && !this.#isExpired(current) && stillUsable) return current.accessToken;
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
    const renewed = await this.#renewShared(failedAccessToken);
    if (renewed.accessToken !== failedAccessToken) return renewed.accessToken;
    // The renewal joined had started earlier and ended with the very token the API refused: renew for that one.
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
    const state = sessionState(this.store, this.key);
    if (state.flight) return state.flight;
    const flight = this.#renewUnderLock(staleAccessToken, state).finally(() => {
      if (state.flight === flight) state.flight = undefined;
    });
    state.flight = flight;
    return flight;
  }

  /**
   * Writes what a renewal obtained, unless the session changed meanwhile: signed out or signed in again in this
   * process (its generation moved), or its tokens changed in the store (another tab or process). Then what the store
   * holds is the session's, and the renewal's answer is dropped.
   */
  async #writeIfUnchanged(
    state: SessionState,
    generation: number,
    renewedFrom: TokenSet | undefined,
    next: TokenSet,
  ): Promise<TokenSet> {
    const stored = await this.store.get(this.key);
    if (state.generation !== generation || !sameTokens(stored, renewedFrom)) {
      if (state.generation !== generation || stored === undefined) throw replacedSession();
      return stored;
    }
    await this.store.set(this.key, next);
    return next;
  }

  #renewUnderLock(staleAccessToken: string | undefined, state: SessionState): Promise<TokenSet> {
    const generation = state.generation;
    const task = async (): Promise<TokenSet> => {
      const latest = await this.store.get(this.key);
      // Compare-and-refresh: a token that changed since the caller looked is used as it is.
      if (latest && latest.accessToken !== staleAccessToken && !this.#needsRenewal(latest)) return latest;
      let next: TokenSet;
      try {
        next = await this.#renewal.renew(latest);
      } catch (error) {
        // A renewal that failed after the provider had rotated the refresh token still hands over the new one.
        const obtained = tokenSetObtainedBefore(error);
        if (obtained) await this.#writeIfUnchanged(state, generation, latest, obtained).catch(() => undefined);
        if (!(isOAuthError(error) && error.details.error === 'invalid_grant')) throw error;
        if (state.generation !== generation) throw replacedSession();
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
      return this.#writeIfUnchanged(state, generation, latest, next);
    };
    return this.store.withLock ? this.store.withLock(this.key, task) : task();
  }
}
