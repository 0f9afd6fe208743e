import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { TokenStoreError } from '../errors.js';
import type { TokenSet } from '../token-set.js';
import type { TokenStore } from '../token-stores.js';
import { type FileLockOptions, withFileLock } from './file-lock.js';
import { replacePrivateFile } from './private-file.js';

interface StoreFile {
  version: 1;
  tokens: Record<string, TokenSet>;
}

export type FileTokenStoreOptions = FileLockOptions;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Token sets in one JSON file (mode 0600, directory 0700), keyed like any
 * store. Writes are atomic (temporary file, fsync, rename) and happen under a
 * lock file, and a TokenManager renews under the same lock, so two processes
 * (two CLI invocations) never refresh the same grant at once. A file that is
 * not valid JSON is reported as {@link TokenStoreError} and never overwritten.
 *
 * @throws {TokenStoreError} from every method: `corrupt`, `io`, or `lock_timeout`.
 */
export class FileTokenStore implements TokenStore {
  readonly path: string;
  readonly #lockPath: string;
  readonly #options: FileLockOptions;
  /** Set while this store holds the lock in the current async context, so writes inside `withLock` do not wait on themselves. */
  readonly #holding = new AsyncLocalStorage<true>();
  /** Lock holders in this process take turns; the lock file orders them against other processes. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(path: string, options: FileTokenStoreOptions = {}) {
    this.path = path;
    this.#lockPath = `${path}.lock`;
    this.#options = options;
  }

  async get(key: string): Promise<TokenSet | undefined> {
    const { tokens } = await this.#read();
    return Object.hasOwn(tokens, key) ? tokens[key] : undefined;
  }

  async set(key: string, tokenSet: TokenSet): Promise<void> {
    await this.#update((file) => {
      file.tokens[key] = tokenSet;
    });
  }

  async delete(key: string): Promise<void> {
    await this.#update((file) => {
      delete file.tokens[key];
    });
  }

  withLock<T>(_key: string, task: () => Promise<T>): Promise<T> {
    if (this.#holding.getStore()) return task();
    const run = async () => {
      await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
      return withFileLock(this.#lockPath, () => this.#holding.run(true, task), this.#options);
    };
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  #update(change: (file: StoreFile) => void): Promise<void> {
    return this.withLock('', async () => {
      const file = await this.#read();
      change(file);
      await this.#write(file);
    });
  }

  async #read(): Promise<StoreFile> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { version: 1, tokens: Object.create(null) };
      throw new TokenStoreError('io', `cannot read token file ${this.path}`, { cause: error });
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new TokenStoreError('corrupt', `token file ${this.path} is not valid JSON; it was left untouched`);
    }
    const tokens = (parsed as Partial<StoreFile> | null)?.tokens;
    if (typeof tokens !== 'object' || tokens === null || Array.isArray(tokens)) {
      throw new TokenStoreError('corrupt', `token file ${this.path} has no "tokens" object; it was left untouched`);
    }
    // Keys are the caller's (`constructor`, `__proto__` included): a null-prototype record keeps them plain data.
    return { version: 1, tokens: Object.assign(Object.create(null), tokens) };
  }

  async #write(file: StoreFile): Promise<void> {
    try {
      await replacePrivateFile(this.path, `${JSON.stringify(file, null, 2)}\n`);
    } catch (error) {
      throw new TokenStoreError('io', `cannot write token file ${this.path}`, { cause: error });
    }
  }
}
