// Two processes that find the same dead lock both try to take it over. The slower one must not move aside the fresh
// lock the faster one took meanwhile: that made the lock file vanish while its holder was inside (a third process then
// got it too), or left an orphan owned by a live process that everyone waited on until `staleMs`.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const NATIVE_ENTRY = pathToFileURL(join(import.meta.dirname, '..', 'dist', 'native', 'index.js')).href;

// Runs in a child process: fs is only slowed down, never changed, to force the interleaving that real processes hit
// by chance (the second takeover's rename comes late, and it is descheduled before it could put a lock back).
const SCRIPT = `
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { readFile } from 'node:fs/promises';
const fsp = createRequire(import.meta.url)('node:fs/promises');
const rename = fsp.rename;
let staleRenames = 0;
fsp.rename = async (from, to) => {
  if (!String(to).endsWith('.stale') || ++staleRenames !== 2) return rename(from, to);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const result = await rename(from, to);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return result;
};
syncBuiltinESMExports();
const { withFileLock } = await import(process.env.NATIVE_ENTRY);
const lock = process.env.LOCK_PATH;
const events = [];
const a = withFileLock(lock, async () => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  events.push(await readFile(lock, 'utf8').then(() => 'A: lock file present', () => 'A: lock file gone'));
  events.push(await withFileLock(lock, async () => 'C got the lock', { timeoutMs: 50 }).catch((e) => 'C: ' + e.details?.reason));
});
const b = withFileLock(lock, async () => events.push('B got the lock'), { timeoutMs: 2000 }).catch((e) => events.push('B: ' + e.details?.reason));
await Promise.all([a, b]);
events.push(await withFileLock(lock, async () => 'D got the lock', { timeoutMs: 2000 }).catch((e) => 'D: ' + e.details?.reason));
console.log(JSON.stringify(events));
`;

let directory: string | undefined;
afterEach(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('taking over a dead lock from two processes at once', () => {
  it('leaves one holder at a time, and no lock behind', async () => {
    directory = await mkdtemp(join(tmpdir(), 'dtk-lock-takeover-'));
    const lock = join(directory, 'tokens.json.lock');
    // A lock left by a process of this host that is gone (a pid above any Linux pid_max).
    await writeFile(lock, JSON.stringify({ pid: 2 ** 22 + 12_345, host: hostname(), id: 'dead' }));
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', SCRIPT], {
      env: { ...process.env, NATIVE_ENTRY, LOCK_PATH: lock },
    });
    expect(JSON.parse(stdout)).toEqual(['A: lock file present', 'C: lock_timeout', 'B got the lock', 'D got the lock']);
    expect(await readdir(directory)).toEqual([]);
  });
});
