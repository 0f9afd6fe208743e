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

/** An in-memory store. Token sets are copied in and out so callers cannot change what is stored. */
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
