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
  /** The held locks; with `localStorage`, tells a tab that another tab wrote a key it has not received yet. */
  query?(): Promise<{ held?: { name?: string }[] }>;
}

/** Field of a stored entry (with `localStorage`) holding the stamp of the write that made it. */
const WRITE_STAMP = '~written';
/** How long a read waits for another tab's announced write to reach this tab before using what it sees. */
const PROPAGATION_WAIT_MS = 2000;

interface AnnouncedWrite {
  readonly stamp: number;
  readonly deleted: boolean;
}

function stampOf(text: string | null): number {
  if (text === null) return -1;
  try {
    const stamp = (JSON.parse(text) as Record<string, unknown>)[WRITE_STAMP];
    return typeof stamp === 'number' ? stamp : 0;
  } catch {
    return 0;
  }
}

export interface WebStorageTokenStoreOptions {
  /** Where the token sets live (default `globalThis.sessionStorage`: this tab only, gone when it closes). */
  storage?: WebStorage;
  /** Prefix of the storage keys (default `dtk-auth:`), so several apps on one origin keep apart. */
  prefix?: string;
  /** Cross-tab lock for renewals (default `navigator.locks` where the browser has it). */
  locks?: WebLocks | undefined;
  /**
   * Whether other tabs read and write the same storage (default: when `storage` is `globalThis.localStorage`).
   * Chromium hands a `localStorage` write to the other tabs asynchronously, so a tab that takes the renewal lock
   * right after another tab's renewal can still read the refresh token that renewal spent. A shared store therefore
   * stamps each write and announces it with a Web Lock named after the stamp (`query()` sees it at once); a read waits
   * (at most 2 s) until the announced write has reached this tab.
   */
  sharedAcrossTabs?: boolean;
}

/**
 * Token sets in the browser's Web Storage: `sessionStorage` by default (survives reloads of this tab, not other
 * tabs or a closed tab), or `localStorage` (shared by every tab of the origin; renewals are then serialised across
 * tabs with the Web Locks API, and a tab reads the last write of another tab before it decides, so a rotated refresh
 * token is never spent twice). Anything stored here can be read
 * by script running on the page: see the README for when to prefer `MemoryTokenStore` or a server-side session.
 * An entry that is not a token set is reported as a {@link TokenStoreError} and left as it is.
 */
export class WebStorageTokenStore implements TokenStore {
  readonly #storage: WebStorage;
  readonly #prefix: string;
  readonly #locks: WebLocks | undefined;
  readonly #shared: boolean;
  /** Per key, releases this tab's announcement of its last write. */
  readonly #announcements = new Map<string, () => void>();
  /** Per key, the announced write this tab waited for in vain (removed behind the store's back): not waited for again. */
  readonly #missed = new Map<string, number>();

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
    this.#shared = options.sharedAcrossTabs ?? storage === (globalThis as { localStorage?: WebStorage }).localStorage;
  }

  async get(key: string): Promise<TokenSet | undefined> {
    await this.#receive(key);
    const text = this.#storage.getItem(this.#prefix + key);
    if (text === null) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const { [WRITE_STAMP]: _stamp, ...tokenSet } = (value ?? {}) as Partial<TokenSet> & { [WRITE_STAMP]?: number };
    if (typeof tokenSet.accessToken !== 'string' || typeof tokenSet.receivedAt !== 'number') {
      throw new TokenStoreError(
        'corrupt',
        `stored entry ${this.#prefix}${key} is not a token set; it was left untouched`,
      );
    }
    return tokenSet as TokenSet;
  }

  async set(key: string, tokenSet: TokenSet): Promise<void> {
    const stamp = await this.#nextStamp(key);
    const entry = stamp === undefined ? tokenSet : { ...tokenSet, [WRITE_STAMP]: stamp };
    try {
      this.#storage.setItem(this.#prefix + key, JSON.stringify(entry));
    } catch (error) {
      // Quota exceeded, or storage disabled (private browsing in some browsers).
      throw new TokenStoreError('io', `cannot store ${this.#prefix}${key}`, { cause: error });
    }
    if (stamp !== undefined) await this.#announce(key, stamp, 'set');
  }

  async delete(key: string): Promise<void> {
    const stamp = await this.#nextStamp(key);
    this.#storage.removeItem(this.#prefix + key);
    if (stamp !== undefined) await this.#announce(key, stamp, 'deleted');
  }

  withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.#locks ? this.#locks.request(`${this.#prefix}${key}`, task) : task();
  }

  #announcementPrefix(key: string): string {
    return `${this.#prefix}${key} written `;
  }

  /** The newest write any tab announced for `key` (undefined when writes are not shared or not announced). */
  async #lastAnnounced(key: string): Promise<AnnouncedWrite | undefined> {
    if (!this.#shared || !this.#locks?.query) return undefined;
    const prefix = this.#announcementPrefix(key);
    let newest: AnnouncedWrite | undefined;
    for (const { name } of (await this.#locks.query()).held ?? []) {
      if (!name?.startsWith(prefix)) continue;
      const [stamp, kind] = name.slice(prefix.length).split(' ');
      const write = { stamp: Number(stamp), deleted: kind === 'deleted' };
      if (Number.isFinite(write.stamp) && (!newest || write.stamp > newest.stamp)) newest = write;
    }
    return newest;
  }

  /** A stamp above every announced one, or undefined when writes are not shared between tabs. */
  async #nextStamp(key: string): Promise<number | undefined> {
    if (!this.#shared || !this.#locks?.query) return undefined;
    return Math.max(Date.now(), ((await this.#lastAnnounced(key))?.stamp ?? 0) + 1);
  }

  /**
   * Holds a lock named after the write until this tab writes `key` again (or closes). The name ends with an id of its
   * own: two writes that read the announcements at once pick the same stamp, and a second exclusive request for the
   * same name would wait for good behind the first, which is only released by a later write.
   */
  async #announce(key: string, stamp: number, kind: 'set' | 'deleted'): Promise<void> {
    const locks = this.#locks;
    if (!locks) return;
    const id = typeof crypto?.randomUUID === 'function' ? crypto.randomUUID() : String(Math.random()).slice(2);
    await new Promise<void>((granted) => {
      locks
        .request(`${this.#announcementPrefix(key)}${stamp} ${kind} ${id}`, () => {
          granted();
          return new Promise<void>((release) => {
            this.#announcements.get(key)?.();
            this.#announcements.set(key, release);
          });
        })
        .catch(() => granted());
    });
  }

  /** Waits until the newest announced write of `key` has reached this tab's view of the storage. */
  async #receive(key: string): Promise<void> {
    const write = await this.#lastAnnounced(key);
    if (!write || this.#missed.get(key) === write.stamp) return;
    const name = this.#prefix + key;
    const arrived = () => {
      const stamp = stampOf(this.#storage.getItem(name));
      return write.deleted ? stamp === -1 || stamp > write.stamp : stamp >= write.stamp;
    };
    const deadline = Date.now() + PROPAGATION_WAIT_MS;
    // Past the deadline the read goes on with what this tab sees: a late write costs a retry, never a hang.
    while (!arrived() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 4));
    if (!arrived()) this.#missed.set(key, write.stamp);
  }
}
