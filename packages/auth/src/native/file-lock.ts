import { randomUUID } from 'node:crypto';
import { link, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TokenStoreError } from '../errors.js';

export interface FileLockOptions {
  /** Give up waiting for the lock after this many ms (default 60 000). */
  timeoutMs?: number;
  /** A lock older than this is taken over even if its owner looks alive (default 120 000). */
  staleMs?: number;
}

interface LockOwner {
  pid: number;
  host: string;
  id: string;
}

const POLL_MS = 25;
const UNREADABLE_LOCK_GRACE_MS = 5_000;

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

async function readOwner(path: string): Promise<{ raw: string; owner: LockOwner | undefined } | undefined> {
  try {
    const raw = await readFile(path, 'utf8');
    try {
      return { raw, owner: JSON.parse(raw) as LockOwner };
    } catch {
      return { raw, owner: undefined };
    }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
}

/** A takeover lock older than this belongs to a process that died mid-takeover (a takeover takes milliseconds). */
const TAKEOVER_STALE_MS = 10_000;

/**
 * Runs `takeOver` holding `<path>.takeover`, an O_EXCL file that serialises takeovers: without it, two processes that
 * judged the same dead lock stale could both move it aside, and the slower one would move aside the fresh lock the
 * faster one had meanwhile taken (two holders, or an orphan lock). `undefined` when another process is taking over.
 */
async function withTakeoverLock(path: string, takeOver: () => Promise<boolean>): Promise<boolean | undefined> {
  const takeoverPath = `${path}.takeover`;
  try {
    await writeFile(takeoverPath, JSON.stringify({ pid: process.pid, host: hostname() }), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw error;
    const takeover = await readOwner(takeoverPath).catch(() => undefined);
    const age = Date.now() - (await stat(takeoverPath).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
    const holder = takeover?.owner;
    const holderGone = holder !== undefined && holder.host === hostname() && !isProcessAlive(holder.pid);
    if (holderGone || age > TAKEOVER_STALE_MS) await rm(takeoverPath, { force: true }).catch(() => undefined);
    return undefined;
  }
  try {
    return await takeOver();
  } finally {
    await rm(takeoverPath, { force: true });
  }
}

/**
 * Takes over the lock at `path` if its owner died (same host, pid gone) or it is older than `staleMs`. Under the
 * takeover lock the lock is read again and must still be the one judged stale; it is then moved aside atomically and
 * checked once more, and a fresh lock moved by mistake (its owner released and another process locked meanwhile) is
 * put back.
 */
async function removeIfStale(path: string, staleMs: number): Promise<boolean> {
  const current = await readOwner(path);
  if (!current) return true;
  const age = Date.now() - (await stat(path).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
  const { owner } = current;
  // A lock without readable content belongs to a process that died between creating and writing it.
  const ownerGone =
    owner === undefined ? age > UNREADABLE_LOCK_GRACE_MS : owner.host === hostname() && !isProcessAlive(owner.pid);
  if (!ownerGone && age < staleMs) return false;
  const tookOver = await withTakeoverLock(path, async () => {
    const again = await readOwner(path);
    if (!again) return true;
    // Another process took it over first: the lock now there is its live one.
    if (again.raw !== current.raw) return false;
    const aside = `${path}.${randomUUID()}.stale`;
    try {
      await rename(path, aside);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return true;
      throw error;
    }
    const moved = await readFile(aside, 'utf8').catch(() => current.raw);
    if (moved !== current.raw) await link(aside, path).catch(() => undefined);
    await rm(aside, { force: true });
    return true;
  });
  return tookOver ?? false;
}

/** Filesystems without hard links answer `link` with one of these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Creates the lock with its owner already inside: the owner is written to a draft file that is then hard-linked into
 * place (atomic, failing with EEXIST when the lock is held). A process killed at any moment therefore never leaves an
 * empty lock, which others could only take over after a grace period. Where hard links are unsupported, the lock is
 * created with O_EXCL and written after.
 */
async function createLock(path: string, owner: LockOwner): Promise<boolean> {
  const draft = `${path}.${owner.id}.draft`;
  try {
    await writeFile(draft, JSON.stringify(owner), { mode: 0o600, flag: 'wx' });
    await link(draft, path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    if (!NO_HARD_LINKS.has(errorCode(error) ?? '')) throw error;
  } finally {
    await rm(draft, { force: true });
  }
  const handle = await open(path, 'wx', 0o600);
  try {
    await handle.writeFile(JSON.stringify(owner));
  } finally {
    await handle.close();
  }
  return true;
}

async function acquire(path: string, options: FileLockOptions): Promise<LockOwner> {
  const owner: LockOwner = { pid: process.pid, host: hostname(), id: randomUUID() };
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    try {
      if (await createLock(path, owner)) return owner;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST')
        throw new TokenStoreError('io', `cannot create lock file ${path}`, { cause: error });
    }
    if (await removeIfStale(path, options.staleMs ?? 120_000)) continue;
    if (Date.now() > deadline) throw new TokenStoreError('lock_timeout', `timed out waiting for lock file ${path}`);
    await sleep(POLL_MS + Math.random() * POLL_MS);
  }
}

/** Age past which a lock's draft or set-aside copy is taken for a leftover whoever its owner: a live one exists for ms. */
const LEFTOVER_AGE_MS = 60_000;

/**
 * Deletes what processes killed while taking the lock at `path`, or taking it over, left beside it: lock drafts
 * (`*.draft`) and stale locks set aside (`*.stale`) whose owner was a process of this host that is gone, or that are
 * older than {@link LEFTOVER_AGE_MS}. They hold only an owner's pid and host, but nothing else would ever delete them.
 * Best effort: a leftover that cannot be read or deleted never fails the holder's task.
 */
async function removeLeftovers(path: string): Promise<void> {
  const directory = dirname(path);
  const prefix = `${basename(path)}.`;
  const cutoff = Date.now() - LEFTOVER_AGE_MS;
  for (const name of await readdir(directory).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !(name.endsWith('.draft') || name.endsWith('.stale'))) continue;
    const leftover = join(directory, name);
    const owner = (await readOwner(leftover).catch(() => undefined))?.owner;
    const ownerGone = owner !== undefined && owner.host === hostname() && !isProcessAlive(owner.pid);
    const old =
      ownerGone ||
      (await stat(leftover).then(
        (stats) => stats.mtimeMs < cutoff,
        () => false,
      ));
    if (old) await rm(leftover, { force: true }).catch(() => undefined);
  }
}

/** Removes the lock only if it is still ours (it may have been taken over as stale). */
async function release(path: string, owner: LockOwner): Promise<void> {
  const current = await readOwner(path).catch(() => undefined);
  if (current?.owner?.id === owner.id) await rm(path, { force: true });
}

/**
 * Runs `task` holding a cross-process lock: a lock file that appears atomically
 * with the owner's pid and host inside. A lock whose owner has died, or
 * that is older than `staleMs`, is taken over; drafts and set-aside copies that killed processes left beside it are
 * deleted once a minute old.
 *
 * @throws {TokenStoreError} `lock_timeout` when the lock stays held past `timeoutMs`; `io` when it cannot be created.
 */
export async function withFileLock<T>(path: string, task: () => Promise<T>, options: FileLockOptions = {}): Promise<T> {
  const owner = await acquire(path, options);
  try {
    await removeLeftovers(path);
    return await task();
  } finally {
    await release(path, owner);
  }
}
