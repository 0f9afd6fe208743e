import { execFile, spawnSync } from 'node:child_process';
import { on } from 'node:events';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type TokenSet, TokenStoreError } from '../src/index.js';
import { FileTokenStore } from '../src/native/index.js';
import { CLIENT_ID, type FakeIssuer, startFakeIssuer } from './support/fake-issuer.js';
import { serveRotatingRefresh } from './support/rotating-token-endpoint.js';

const run = promisify(execFile);
let dir: string;
let path: string;

const tokens = (accessToken: string, overrides: Partial<TokenSet> = {}): TokenSet => ({
  accessToken,
  tokenType: 'Bearer',
  receivedAt: Date.now(),
  expiresAt: Date.now() + 600_000,
  refreshToken: `rt-for-${accessToken}`,
  ...overrides,
});

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dtk-auth-'));
  path = join(dir, 'nested', 'tokens.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('FileTokenStore', () => {
  it('round-trips token sets by key in a 0600 file inside a 0700 directory', async () => {
    const store = new FileTokenStore(path);
    await expect(store.get('a')).resolves.toBeUndefined();
    await store.set('a', tokens('at-a'));
    await store.set('b', tokens('at-b'));
    await store.delete('a');
    expect(await store.get('a')).toBeUndefined();
    expect(await store.get('b')).toMatchObject({ accessToken: 'at-b' });
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'nested'))).mode & 0o777).toBe(0o700);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({
      version: 1,
      tokens: { b: { accessToken: 'at-b' } },
    });
  });

  it('loses no update under concurrent writes and leaves no temporary or lock files', async () => {
    const store = new FileTokenStore(path);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.set(`k${i}`, tokens(`at-${i}`))));
    for (let i = 0; i < 20; i += 1) expect(await store.get(`k${i}`)).toMatchObject({ accessToken: `at-${i}` });
    expect(await readdir(join(dir, 'nested'))).toEqual(['tokens.json']);
  });

  it('reports a corrupt file as TokenStoreError and never overwrites it', async () => {
    const store = new FileTokenStore(path);
    await store.set('a', tokens('at-a'));
    await writeFile(path, '{"tokens": {"a": ', { mode: 0o600 });
    await expect(store.get('a')).rejects.toMatchObject({ name: 'TokenStoreError', details: { reason: 'corrupt' } });
    await expect(store.set('b', tokens('at-b'))).rejects.toBeInstanceOf(TokenStoreError);
    expect(await readFile(path, 'utf8')).toBe('{"tokens": {"a": ');
    await writeFile(path, '[1, 2]');
    await expect(store.get('a')).rejects.toMatchObject({ details: { reason: 'corrupt' } });
  });

  it('takes over a lock left by a process that died', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    const store = new FileTokenStore(path);
    await store.set('a', tokens('at-a'));
    await writeFile(
      `${path}.lock`,
      JSON.stringify({ pid: dead, host: (await import('node:os')).hostname(), id: 'gone' }),
    );
    await store.set('b', tokens('at-b'));
    expect(await store.get('b')).toMatchObject({ accessToken: 'at-b' });
  });

  it('takes over an empty lock file once it is a few seconds old', async () => {
    const store = new FileTokenStore(path, { timeoutMs: 150 });
    await store.set('a', tokens('at-a'));
    const lock = `${path}.lock`;
    await writeFile(lock, '');
    await expect(store.set('b', tokens('at-b'))).rejects.toMatchObject({ details: { reason: 'lock_timeout' } });
    const old = new Date(Date.now() - 10_000);
    await utimes(lock, old, old);
    await store.set('b', tokens('at-b'));
    expect(await store.get('b')).toMatchObject({ accessToken: 'at-b' });
  });

  it('removes the temporary file of a writer killed before its rename (it holds a whole token set)', async () => {
    const store = new FileTokenStore(path);
    await store.set('a', tokens('at-a'));
    const abandoned = `${path}.99999.0b5c8e9e-1f2a-4c3d-9e8f-7a6b5c4d3e2f.tmp`;
    await writeFile(abandoned, JSON.stringify({ version: 1, tokens: { a: tokens('at-abandoned') } }), { mode: 0o600 });
    await writeFile(join(dir, 'nested', 'unrelated.tmp'), 'not ours');
    await store.set('b', tokens('at-b'));
    expect((await readdir(join(dir, 'nested'))).sort()).toEqual(['tokens.json', 'unrelated.tmp']);
  });

  it('deletes lock drafts and set-aside locks that killed processes left, and none of a live process', async () => {
    const store = new FileTokenStore(path);
    await store.set('a', tokens('at-a'));
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid as number;
    const owner = (pid: number, host = hostname()) => JSON.stringify({ pid, host, id: 'x' });
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    const files = {
      deadOwner: [`${path}.lock.0b5c8e9e.draft`, owner(deadPid)],
      deadOwnerSetAside: [`${path}.lock.1f2a4c3d.stale`, owner(deadPid)],
      otherHostOld: [`${path}.lock.2a3b4c5d.draft`, owner(1, 'elsewhere'), twoMinutesAgo],
      unreadableOld: [`${path}.lock.3c4d5e6f.stale`, '', twoMinutesAgo],
      liveOwner: [`${path}.lock.9e8f7a6b.draft`, owner(process.pid)],
      otherHostRecent: [`${path}.lock.5c4d3e2f.stale`, owner(1, 'elsewhere')],
      otherFilesDraft: [join(dir, 'nested', 'other.json.lock.0b5c8e9e.draft'), owner(deadPid), twoMinutesAgo],
    } as const;
    for (const [file, content, modified] of Object.values(files)) {
      await writeFile(file, content, { mode: 0o600 });
      if (modified) await utimes(file, modified, modified);
    }
    await store.set('b', tokens('at-b'));
    const kept = ['liveOwner', 'otherHostRecent', 'otherFilesDraft'] as const;
    const names = (await readdir(join(dir, 'nested'))).sort();
    expect(names).toEqual(['tokens.json', ...kept.map((name) => basename(files[name][0]))].sort());
    await expect(store.get('b')).resolves.toMatchObject({ accessToken: 'at-b' });
  });

  it('never shows a lock file without its owner, so a writer killed at any moment leaves no lock to wait out', async () => {
    const store = new FileTokenStore(path);
    await store.set('a', tokens('at-a'));
    // Another thread reads the lock file as fast as it can while this one takes the lock again and again.
    const stop = new Int32Array(new SharedArrayBuffer(4));
    const watcher = new Worker(
      `const { readFileSync } = require('node:fs');
       const { workerData, parentPort } = require('node:worker_threads');
       let seen = 0, empty = 0;
       parentPort.postMessage('watching');
       while (Atomics.load(workerData.stop, 0) === 0) {
         try { if (readFileSync(workerData.lock, 'utf8') === '') empty++; else seen++; } catch {}
       }
       parentPort.postMessage({ seen, empty });`,
      { eval: true, workerData: { lock: `${path}.lock`, stop } },
    );
    const messages = on(watcher, 'message');
    await messages.next();
    for (let round = 0; round < 100; round++) await store.set('b', tokens(`at-${round}`));
    Atomics.store(stop, 0, 1);
    const { seen, empty } = (await messages.next()).value[0] as { seen: number; empty: number };
    await watcher.terminate();
    expect(seen).toBeGreaterThan(0);
    expect(empty).toBe(0);
  });

  it('waits for a live lock, gives up with lock_timeout, and takes over a lock older than staleMs', async () => {
    const store = new FileTokenStore(path, { timeoutMs: 150, staleMs: 60_000 });
    await store.set('a', tokens('at-a'));
    const lock = `${path}.lock`;
    await writeFile(
      lock,
      JSON.stringify({ pid: process.pid, host: (await import('node:os')).hostname(), id: 'someone-else' }),
    );
    await expect(store.set('b', tokens('at-b'))).rejects.toMatchObject({
      name: 'TokenStoreError',
      details: { reason: 'lock_timeout' },
    });
    const old = new Date(Date.now() - 120_000);
    await utimes(lock, old, old);
    await store.set('b', tokens('at-b'));
    expect(await store.get('b')).toMatchObject({ accessToken: 'at-b' });
  });
});

describe('FileTokenStore keys that are Object.prototype names', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    '%s is plain data: absent until set, then kept on disk',
    async (key) => {
      const store = new FileTokenStore(path);
      await store.set('other', tokens('at-other'));
      await expect(store.get(key)).resolves.toBeUndefined();
      await store.set(key, tokens(`at-${key}`));
      await expect(new FileTokenStore(path).get(key)).resolves.toMatchObject({ accessToken: `at-${key}` });
      expect(Object.keys(JSON.parse(await readFile(path, 'utf8')).tokens)).toContain(key);
      await store.delete(key);
      await expect(store.get(key)).resolves.toBeUndefined();
      await expect(store.get('other')).resolves.toMatchObject({ accessToken: 'at-other' });
    },
  );
});

describe('FileTokenStore across processes', () => {
  let op: FakeIssuer;
  beforeAll(async () => {
    op = await startFakeIssuer();
  });
  afterAll(() => op.close());

  it('four CLI processes with an expired session refresh it exactly once', async () => {
    const endpoint = serveRotatingRefresh(op, { delayMs: 150 });
    endpoint.accept('rt-0');
    await new FileTokenStore(path).set(
      'session',
      tokens('at-0', { refreshToken: 'rt-0', expiresAt: Date.now() - 1000, receivedAt: Date.now() - 601_000 }),
    );
    const worker = join(import.meta.dirname, 'support/file-store-worker.ts');
    const outputs = await Promise.all(
      Array.from({ length: 4 }, () =>
        run(process.execPath, ['--import', 'tsx', worker, path, op.issuer, CLIENT_ID], { timeout: 20_000 }),
      ),
    );
    const results = outputs.map(({ stdout }) => JSON.parse(stdout) as { token?: string; error?: string });
    expect(results).toEqual(Array(4).fill({ token: 'at-1' }));
    expect(endpoint.refreshes).toBe(1);
    expect(endpoint.invalidGrants).toBe(0);
    expect(await new FileTokenStore(path).get('session')).toMatchObject({ accessToken: 'at-1', refreshToken: 'rt-1' });
    expect(await readdir(join(dir, 'nested'))).toEqual(['tokens.json']);
  }, 30_000);
});
