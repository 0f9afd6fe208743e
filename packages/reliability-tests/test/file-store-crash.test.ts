// FileTokenStore under SIGKILL: writer processes are killed at random moments while they write token sets, 1,000
// times. After each kill the file must hold the last generation the writer reported stored, or the one it was
// writing (never an older one, never a torn or unparseable file), the other session in the file must be intact,
// and the next writer must get on with it (a dead writer's lock is taken over).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileTokenStore } from '@dtk/auth/native';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { afterAll, expect, it } from 'vitest';
import { captureOutput } from './support/children.js';
import { recordError, seeSecret } from './support/hygiene.js';
import { reportFigures, seconds } from './support/results.js';
import { generationOf, tokenSetFor } from './support/token-generations.mjs';

const TRIALS = 1_000;
/** Writers per process: one SIGKILL interrupts each of them at its own point of a write. */
const WRITERS = 10;
/** Lines of processes running side by side, each on files of its own. */
const LINES = 2;
const KILLS_PER_LINE = TRIALS / WRITERS / LINES;
/**
 * A kill lands this long (uniform, ms) after the process's first completed write, when its writers are all in their
 * loops: before, during or after the rename of each one's current write.
 */
const MAX_KILL_DELAY_MS = 40;
/**
 * A process none of whose writers completes a write within this long after starting is killed anyway, and counted:
 * locks that no writer can take. (An empty lock left by a kill, which others had to wait out, is tested on its own in
 * @dtk/auth: "never shows a lock file without its owner".)
 */
const FIRST_WRITE_WAIT_MS = 4_000;
const SEED = process.env.DTK_FAULTS_SEED ? Number(process.env.DTK_FAULTS_SEED) : Date.now() % 2 ** 31;
const WRITER = fileURLToPath(new URL('./support/store-writer.mjs', import.meta.url));
const OTHER_SESSION = { accessToken: 'other-session-access', tokenType: 'Bearer', receivedAt: 1 };

const dir = mkdtempSync(join(tmpdir(), 'dtk-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface TrialResult {
  stored: number;
  found: number;
  wroteBeforeKill: boolean;
}

/** One process of writers: started, killed `delayMs` after its first write; each file's last reported generation. */
function runWriters(files: string[], from: number[], delayMs: number): Promise<{ stored: number[]; wrote: boolean[] }> {
  return new Promise((resolve, reject) => {
    const args = files.flatMap((file, index) => [file, String(from[index])]);
    const child = spawn(process.execPath, [WRITER, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    captureOutput(child, 'store-writer');
    const stored = [...from];
    const wrote = files.map(() => false);
    let buffered = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), FIRST_WRITE_WAIT_MS);
        else if (line.startsWith('stored ')) {
          if (!wrote.includes(true)) {
            clearTimeout(timer);
            timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
          }
          const [, writer, generation] = line.split(' ');
          stored[Number(writer)] = Number(generation);
          wrote[Number(writer)] = true;
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL')
        reject(new Error(`writers ended by themselves (${code ?? signal}) instead of being killed`));
      else resolve({ stored, wrote });
    });
  });
}

/** What a file holds after a kill: its generation, or a problem. */
async function inspectFile(path: string, label: string, problems: string[]): Promise<number> {
  const store = new FileTokenStore(path);
  try {
    const raw = JSON.parse(readFileSync(path, 'utf8')) as { tokens: Record<string, { accessToken: string }> };
    const session = await store.get('session');
    const found = generationOf(session?.accessToken);
    if (generationOf(raw.tokens.session?.accessToken) !== found) problems.push(`${label}: store and file differ`);
    if (JSON.stringify(session) !== JSON.stringify(tokenSetFor(found)))
      problems.push(`${label}: ${found} is not whole`);
    if ((await store.get('other'))?.accessToken !== OTHER_SESSION.accessToken)
      problems.push(`${label}: the other session was lost`);
    return found;
  } catch (error) {
    recordError(error);
    problems.push(`${label}: ${(error as Error).name}: ${(error as Error).message}`);
    return Number.NaN;
  }
}

async function runLine(line: number, results: TrialResult[], problems: string[], stalled: string[]): Promise<number> {
  const rng = xoroshiro128plus(SEED + line);
  const files = Array.from({ length: WRITERS }, (_, writer) => join(dir, `line-${line}`, `writer-${writer}.json`));
  for (const file of files) {
    const store = new FileTokenStore(file);
    await store.set('other', OTHER_SESSION);
    await store.set('session', tokenSetFor(0));
  }
  let last = files.map(() => 0);
  for (let kill = 0; kill < KILLS_PER_LINE; kill++) {
    const { stored, wrote } = await runWriters(files, last, uniformInt(rng, 0, MAX_KILL_DELAY_MS));
    if (!wrote.includes(true)) stalled.push(`line ${line} kill ${kill}`);
    const next: number[] = [];
    for (const [writer, file] of files.entries()) {
      const label = `line ${line} kill ${kill} writer ${writer}`;
      const found = await inspectFile(file, label, problems);
      const before = stored[writer] ?? 0;
      if (found !== before && found !== before + 1)
        problems.push(`${label}: had reported ${before} stored, the file holds ${found}`);
      results.push({ stored: before, found, wroteBeforeKill: wrote[writer] ?? false });
      next.push(Number.isNaN(found) ? before : found);
    }
    last = next;
  }
  return last.reduce((sum, generation) => sum + generation, 0);
}

// Each process costs about 0.1 s of CPU to start; ten writers per process keep the thousand kills to a hundred
// processes. The timeout allows for a busy machine; the summary reports the duration.
it(`${TRIALS} writers killed (SIGKILL) mid-write: the file holds the old or the new set, whole`, {
  timeout: 600_000,
}, async () => {
  console.log(`crash seed ${SEED} (DTK_FAULTS_SEED=${SEED} repeats the kill delays)`);
  const started = performance.now();
  const results: TrialResult[] = [];
  const problems: string[] = [];
  const stalled: string[] = [];
  const written = await Promise.all(
    Array.from({ length: LINES }, (_, line) => runLine(line, results, problems, stalled)),
  );
  const durationMs = performance.now() - started;
  for (const result of results.slice(0, 3)) seeSecret('stored access token', tokenSetFor(result.found).accessToken);
  const leftovers = readdirSync(dir, { recursive: true }).map(String);
  const temporaries = leftovers.filter((name) => name.endsWith('.tmp')).length;

  reportFigures(3, 'FileTokenStore crash safety', {
    seed: SEED,
    'writers killed (trials)': results.length,
    'processes killed (SIGKILL)': LINES * KILLS_PER_LINE,
    'writers per process': WRITERS,
    'kills that left the previous set': results.filter((result) => result.found === result.stored).length,
    'kills that left the set being written': results.filter((result) => result.found === result.stored + 1).length,
    'kills before the writer had completed a write in its process': results.filter((result) => !result.wroteBeforeKill)
      .length,
    'token sets written in all': written.reduce((sum, count) => sum + count, 0),
    'torn, lost or unreadable': problems.length,
    [`processes that stored nothing within ${FIRST_WRITE_WAIT_MS / 1000} s (a lock left unusable)`]: stalled.length,
    'token-set temporary files left (removed by the next write)': temporaries,
    'lock drafts and set-aside stale locks left (no secrets; a later lock deletes those of dead processes)':
      leftovers.filter((name) => name.endsWith('.draft') || name.endsWith('.stale')).length,
    duration: seconds(durationMs),
  });
  expect(problems).toEqual([]);
  expect(stalled).toEqual([]);
  expect(results).toHaveLength(TRIALS);
  // Only the last process's writers may have died with a temporary file: every later write removes them.
  expect(temporaries).toBeLessThanOrEqual(LINES * WRITERS);
  // Kills landed both before and after a rename: the test saw the old set and the new one.
  expect(results.some((result) => result.found === result.stored)).toBe(true);
  expect(results.some((result) => result.found === result.stored + 1)).toBe(true);
});
