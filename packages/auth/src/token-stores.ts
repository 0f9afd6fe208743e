import { TokenStoreError } from './errors.js';
import type { TokenSet } from './token-set.js';

/** Where a {@link TokenManager} keeps token sets, by key (one key per session or client). */
export interface TokenStore {
  get(key: string): Promise<TokenSet | undefined>;
  set(key: string, tokenSet: TokenSet): Promise<void>;
  delete(key: string): Promise<void>;
  /**
   * Runs `task` while no other process can renew `key`. Stores shared between
   * processes (a file, a database) implement it; in-process stores need not,
   * because the TokenManager already allows one renewal per store key at a time.
   */
  withLock?<T>(key: string, task: () => Promise<T>): Promise<T>;
}

/**
 * An in-memory store. Token sets are copied in and out so callers cannot change what is stored. In a browser this is
 * the store no other script can read from storage, at the price of a new sign-in after every reload.
 */
export class MemoryTokenStore implements TokenStore {
  readonly #tokens = new Map<string, TokenSet>();

  async get(key: string): Promise<TokenSet | undefined> {
    const tokenSet = this.#tokens.get(key);
    return tokenSet && structuredClone(tokenSet);
  }

  async set(key: string, tokenSet: TokenSet): Promise<void> {
    this.#tokens.set(key, structuredClone(tokenSet));
  }

  async delete(key: string): Promise<void> {
    this.#tokens.delete(key);
  }
}

/** The part of the Web Storage API a {@link WebStorageTokenStore} uses (`sessionStorage`, `localStorage`). */
export type WebStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The part of the Web Locks API used to renew once across tabs (`navigator.locks`). */
export interface WebLocks {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface WebStorageTokenStoreOptions {
  /** Where the token sets live (default `globalThis.sessionStorage`: this tab only, gone when it closes). */
  storage?: WebStorage;
  /** Prefix of the storage keys (default `dtk-auth:`), so several apps on one origin keep apart. */
  prefix?: string;
  /** Cross-tab lock for renewals (default `navigator.locks` where the browser has it). */
  locks?: WebLocks | undefined;
}

/**
 * Token sets in the browser's Web Storage: `sessionStorage` by default (survives reloads of this tab, not other
 * tabs or a closed tab), or `localStorage` (shared by every tab of the origin; renewals are then serialised across
 * tabs with the Web Locks API, so a rotated refresh token is never spent twice). Anything stored here can be read
 * by script running on the page: see the README for when to prefer `MemoryTokenStore` or a server-side session.
 * An entry that is not a token set is reported as a {@link TokenStoreError} and left as it is.
 */
export class WebStorageTokenStore implements TokenStore {
  readonly #storage: WebStorage;
  readonly #prefix: string;
  readonly #locks: WebLocks | undefined;

  constructor(options: WebStorageTokenStoreOptions = {}) {
    const storage = options.storage ?? (globalThis as { sessionStorage?: WebStorage }).sessionStorage;
    if (!storage)
      throw new TypeError(
        'WebStorageTokenStore needs a Web Storage (sessionStorage or localStorage); pass options.storage outside a browser',
      );
    this.#storage = storage;
    this.#prefix = options.prefix ?? 'dtk-auth:';
    this.#locks =
      'locks' in options ? options.locks : (globalThis as { navigator?: { locks?: WebLocks } }).navigator?.locks;
  }

  async get(key: string): Promise<TokenSet | undefined> {
    const text = this.#storage.getItem(this.#prefix + key);
    if (text === null) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const tokenSet = value as Partial<TokenSet> | undefined;
    if (typeof tokenSet?.accessToken !== 'string' || typeof tokenSet.receivedAt !== 'number') {
      throw new TokenStoreError(
        'corrupt',
        `stored entry ${this.#prefix}${key} is not a token set; it was left untouched`,
      );
    }
    return tokenSet as TokenSet;
  }

  async set(key: string, tokenSet: TokenSet): Promise<void> {
    try {
      this.#storage.setItem(this.#prefix + key, JSON.stringify(tokenSet));
    } catch (error) {
      // Quota exceeded, or storage disabled (private browsing in some browsers).
      throw new TokenStoreError('io', `cannot store ${this.#prefix}${key}`, { cause: error });
    }
  }

  async delete(key: string): Promise<void> {
    this.#storage.removeItem(this.#prefix + key);
  }

  withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.#locks ? this.#locks.request(`${this.#prefix}${key}`, task) : task();
  }
}
