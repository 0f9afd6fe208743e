import { describe, expect, it } from 'vitest';
import { TokenStoreError } from './errors.js';
import type { TokenSet } from './token-set.js';
import { type WebLocks, type WebStorage, WebStorageTokenStore } from './token-stores.js';

/** The Web Storage API over a Map: what sessionStorage does, without a browser (the real one runs in test/browser). */
function mapStorage(): WebStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => void entries.set(key, String(value)),
    removeItem: (key) => void entries.delete(key),
  };
}

const tokenSet: TokenSet = { accessToken: 'at', tokenType: 'Bearer', receivedAt: 1, expiresAt: 2, refreshToken: 'rt' };

describe('WebStorageTokenStore', () => {
  it('keeps token sets under a prefix, as JSON, and deletes them', async () => {
    const storage = mapStorage();
    const store = new WebStorageTokenStore({ storage, prefix: 'bank-app:', locks: undefined });
    await store.set('session', tokenSet);
    expect(storage.entries.get('bank-app:session')).toBe(JSON.stringify(tokenSet));
    await expect(store.get('session')).resolves.toEqual(tokenSet);
    await store.delete('session');
    await expect(store.get('session')).resolves.toBeUndefined();
  });

  it('reports an entry that is not a token set and leaves it as it is', async () => {
    const storage = mapStorage();
    storage.entries.set('dtk-auth:session', '{"not":"tokens"');
    const store = new WebStorageTokenStore({ storage, locks: undefined });
    await expect(store.get('session')).rejects.toBeInstanceOf(TokenStoreError);
    await expect(store.get('session')).rejects.toMatchObject({ details: { reason: 'corrupt' } });
    expect(storage.entries.get('dtk-auth:session')).toBe('{"not":"tokens"');
  });

  it('turns a full or disabled storage into a TokenStoreError', async () => {
    const storage = {
      ...mapStorage(),
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    await expect(new WebStorageTokenStore({ storage, locks: undefined }).set('s', tokenSet)).rejects.toMatchObject({
      details: { reason: 'io' },
    });
  });

  it('renews under a lock named after the key when Web Locks are given', async () => {
    const names: string[] = [];
    const locks: WebLocks = {
      request: (name, task) => {
        names.push(name);
        return task();
      },
    };
    const store = new WebStorageTokenStore({ storage: mapStorage(), locks });
    await expect(store.withLock('session', async () => 'done')).resolves.toBe('done');
    expect(names).toEqual(['dtk-auth:session']);
  });

  it('waits once, not on every read, for an announced write that was removed behind its back', async () => {
    // Two tabs over one storage and one lock manager: what `navigator.locks` shows every tab of an origin.
    const held: string[] = [];
    const locks: WebLocks = {
      request: async (name, task) => {
        held.push(name);
        try {
          return await task();
        } finally {
          held.splice(held.indexOf(name), 1);
        }
      },
      query: async () => ({ held: held.map((name) => ({ name })) }),
    };
    const storage = mapStorage();
    const writer = new WebStorageTokenStore({ storage, locks, sharedAcrossTabs: true });
    const reader = new WebStorageTokenStore({ storage, locks, sharedAcrossTabs: true });
    await writer.set('session', tokenSet);
    await expect(reader.get('session')).resolves.toEqual(tokenSet);
    // The page clears the storage itself (a sign-out that calls localStorage.clear()); the announcement stays held.
    storage.entries.clear();
    const timed = async () => {
      const started = performance.now();
      await expect(reader.get('session')).resolves.toBeUndefined();
      return performance.now() - started;
    };
    expect(await timed()).toBeGreaterThanOrEqual(1900);
    expect(await timed()).toBeLessThan(500);
    // A new write is waited for again.
    await writer.set('session', tokenSet);
    await expect(reader.get('session')).resolves.toEqual(tokenSet);
  });

  it('settles two writes of one key made at once, though they pick the same stamp', async () => {
    // Exclusive, first-come first-served per name, as `navigator.locks` grants them.
    const queues = new Map<string, (() => void)[]>();
    const locks: WebLocks = {
      request: (name, task) =>
        new Promise((resolve, reject) => {
          const run = () => {
            task()
              .then(resolve, reject)
              .finally(() => {
                const queue = queues.get(name) ?? [];
                queue.shift();
                if (queue.length > 0) queue[0]?.();
                else queues.delete(name);
              });
          };
          const queue = queues.get(name);
          if (queue) queue.push(run);
          else {
            queues.set(name, [run]);
            run();
          }
        }),
      query: async () => ({ held: [...queues.keys()].map((name) => ({ name })) }),
    };
    const store = new WebStorageTokenStore({ storage: mapStorage(), locks, sharedAcrossTabs: true });
    await store.set('session', tokenSet);
    // A sign-out button and a "session ended" handler at once.
    const both = Promise.all([store.delete('session'), store.delete('session')]).then(() => 'settled');
    const hung = new Promise((resolve) => setTimeout(() => resolve('still pending after 1 s'), 1_000));
    await expect(Promise.race([both, hung])).resolves.toBe('settled');
    await expect(store.get('session')).resolves.toBeUndefined();
  });

  it('outside a browser, asks for a storage', () => {
    expect(() => new WebStorageTokenStore()).toThrow(/pass options.storage/);
  });
});
