// TokenManager's bookkeeping with in-memory stores and scripted renewals (no provider, no I/O): what a sign-out or
// sign-in during a renewal, a 401 joining an older renewal, and a session without a refresh token come to.
import { describe, expect, it } from 'vitest';
import { ReauthenticationRequiredError } from './errors.js';
import { TokenManager } from './token-manager.js';
import type { TokenSet } from './token-set.js';
import { MemoryTokenStore, type TokenStore } from './token-stores.js';

const MINUTE = 60_000;
const session = (name: string, expiresInMs: number, refreshToken: string | undefined = `${name}-rt`): TokenSet => ({
  accessToken: `${name}-at`,
  tokenType: 'Bearer',
  receivedAt: Date.now() - 10 * MINUTE,
  expiresAt: Date.now() + expiresInMs,
  ...(refreshToken !== undefined && { refreshToken }),
});

/** A renewal that answers when told to: `renewed` resolves each call with `<name>-renewed-<n>`. */
function scriptedRenewal() {
  const waiting: (() => void)[] = [];
  let count = 0;
  return {
    get count() {
      return count;
    },
    started: () => waiting.length,
    answerAll: () => {
      for (const answer of waiting.splice(0)) answer();
    },
    renew: async (current: TokenSet | undefined): Promise<TokenSet> => {
      count += 1;
      const n = count;
      await new Promise<void>((answer) => waiting.push(answer));
      const name = current?.accessToken.replace(/-at.*$/, '') ?? 'none';
      return { ...session(`${name}-renewed-${n}`, 10 * MINUTE), receivedAt: Date.now() };
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Alice's session inside its refresh window, and a call of hers whose renewal is under way. */
async function aliceRenewing() {
  const renewal = scriptedRenewal();
  const tokens = new TokenManager({ store: new MemoryTokenStore(), renewal });
  await tokens.setTokenSet(session('alice', 10_000));
  const alicesCall = tokens.getAccessToken();
  await settle();
  return { renewal, tokens, alicesCall };
}

describe('TokenManager: a sign-out or sign-in while a renewal is in flight', () => {
  it('keeps the session signed out: the renewal does not write, its caller is asked to sign in', async () => {
    const { renewal, tokens, alicesCall } = await aliceRenewing();
    expect(renewal.started()).toBe(1);
    await tokens.clear();
    renewal.answerAll();
    await expect(alicesCall).rejects.toBeInstanceOf(ReauthenticationRequiredError);
    expect(await tokens.getTokenSet()).toBeUndefined();
  });

  it('keeps the new sign-in: the previous session renewal neither overwrites it nor hands it out', async () => {
    const { renewal, tokens, alicesCall } = await aliceRenewing();
    await tokens.clear();
    await tokens.setTokenSet(session('bob', 10 * MINUTE));
    renewal.answerAll();
    await expect(alicesCall).rejects.toBeInstanceOf(ReauthenticationRequiredError);
    expect((await tokens.getTokenSet())?.accessToken).toBe('bob-at');
    await expect(tokens.getAccessToken()).resolves.toBe('bob-at');
  });

  it('does not make the new session wait on, or fail with, the old session renewal', async () => {
    const { renewal, tokens, alicesCall } = await aliceRenewing();
    await tokens.setTokenSet(session('bob', 10_000));
    const bobsCall = tokens.getAccessToken();
    await settle();
    expect(renewal.started()).toBe(2);
    renewal.answerAll();
    await expect(alicesCall).rejects.toBeInstanceOf(ReauthenticationRequiredError);
    await expect(bobsCall).resolves.toBe('bob-renewed-2-at');
    expect((await tokens.getTokenSet())?.accessToken).toBe('bob-renewed-2-at');
  });
});

describe('TokenManager.handleUnauthorized', () => {
  it('never hands back the token the API refused, even when it joins an older renewal that ends with it', async () => {
    let renewals = 0;
    let releaseLock: () => void = () => {};
    const lockTaken = new Promise<void>((resolve) => {
      releaseLock = resolve;
    });
    // Another process holds the store's lock and stores `current` meanwhile; this renewal waits for it.
    const memory = new MemoryTokenStore();
    const store: TokenStore = {
      get: (key) => memory.get(key),
      set: (key, tokenSet) => memory.set(key, tokenSet),
      delete: (key) => memory.delete(key),
      withLock: async (_key, task) => {
        await lockTaken;
        return task();
      },
    };
    const tokens = new TokenManager({
      store,
      renewal: {
        renew: async () => {
          renewals += 1;
          return session(`renewed-${renewals}`, 10 * MINUTE);
        },
      },
    });
    await store.set('default', session('stale', 10_000));
    const early = tokens.getAccessToken();
    await settle();
    await store.set('default', session('current', 10 * MINUTE));
    // The app sends `current-at`, which the API refuses, while the early renewal still waits for the lock.
    const retried = tokens.handleUnauthorized('current-at');
    releaseLock();
    await expect(early).resolves.toBe('current-at');
    await expect(retried).resolves.toBe('renewed-1-at');
    expect(renewals).toBe(1);
  });
});

describe('TokenManager without a refresh token', () => {
  it('hands out the stored token inside the refresh window until it expires, then asks for a sign-in', async () => {
    let now = Date.now();
    const store = new MemoryTokenStore();
    const tokens = new TokenManager({
      store,
      renewal: {
        renew: async () => {
          throw new ReauthenticationRequiredError('no_refresh_token', 'the session has no refresh token');
        },
      },
      now: () => now,
    });
    await tokens.setTokenSet({ ...session('alice', 50_000, undefined), expiresAt: now + 50_000 });
    await expect(tokens.getAccessToken()).resolves.toBe('alice-at');
    now += 50_000;
    await expect(tokens.getAccessToken()).rejects.toMatchObject({ details: { reason: 'no_refresh_token' } });
  });
});
