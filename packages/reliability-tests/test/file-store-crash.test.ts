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
/** Independent files, each with its own line of writers: kills and restarts overlap, the files do not. */
const STREAMS = 4;
/** A kill lands this long (uniform, ms) after the writer is ready: before, during or between writes. */
const MAX_KILL_DELAY_MS = 40;
const SEED = process.env.DTK_FAULTS_SEED ? Number(process.env.DTK_FAULTS_SEED) : Date.now() % 2 ** 31;
const WRITER = fileURLToPath(new URL('./support/store-writer.mjs', import.meta.url));
const OTHER_SESSION = { accessToken: 'other-session-access', tokenType: 'Bearer', receivedAt: 1 };

const dir = mkdtempSync(join(tmpdir(), 'dtk-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface TrialResult {
  stored: number;
  found: number;
  msToFirstWrite: number | undefined;
}

/** One writer: started, killed after `delayMs` from its ready line, its last reported generation returned. */
function runWriter(path: string, from: number, delayMs: number): Promise<{ stored: number; msToFirstWrite?: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [WRITER, path, String(from)], { stdio: ['ignore', 'pipe', 'pipe'] });
    captureOutput(child, 'store-writer');
    let stored = from;
    let msToFirstWrite: number | undefined;
    let buffered = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        else if (line.startsWith('stored ')) {
          stored = Number(line.slice(7));
          msToFirstWrite ??= performance.now() - started;
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (${code ?? signal}) instead of being killed`));
      else resolve({ stored, msToFirstWrite });
    });
  });
}

async function runStream(stream: number, trials: number, results: TrialResult[], problems: string[]): Promise<void> {
  const rng = xoroshiro128plus(SEED + stream);
  const path = join(dir, `stream-${stream}`, 'tokens.json');
  const store = new FileTokenStore(path);
  await store.set('other', OTHER_SESSION);
  await store.set('session', tokenSetFor(0));
  let lastStored = 0;
  for (let trial = 0; trial < trials; trial++) {
    const { stored, msToFirstWrite } = await runWriter(path, lastStored, uniformInt(rng, 0, MAX_KILL_DELAY_MS));
    let found = Number.NaN;
    try {
      const raw = JSON.parse(readFileSync(path, 'utf8')) as { tokens: Record<string, { accessToken: string }> };
      const session = await store.get('session');
      found = generationOf(session?.accessToken);
      if (generationOf(raw.tokens.session?.accessToken) !== found)
        problems.push(`stream ${stream}: store and file differ`);
      if (JSON.stringify(session) !== JSON.stringify(tokenSetFor(found)))
        problems.push(`stream ${stream} trial ${trial}: generation ${found} is not whole`);
      if ((await store.get('other'))?.accessToken !== OTHER_SESSION.accessToken)
        problems.push(`stream ${stream} trial ${trial}: the other session was lost`);
    } catch (error) {
      recordError(error);
      problems.push(`stream ${stream} trial ${trial}: ${(error as Error).name}: ${(error as Error).message}`);
    }
    if (found !== stored && found !== stored + 1)
      problems.push(`stream ${stream} trial ${trial}: writer had stored ${stored}, file holds ${found}`);
    results.push({ stored, found, msToFirstWrite });
    lastStored = Number.isNaN(found) ? stored : found;
  }
}

// A thousand Node processes started one after another: about a minute on an idle 2-core machine.
it(`${TRIALS} writers killed (SIGKILL) mid-write: the file holds the old or the new set, whole`, {
  timeout: 290_000,
}, async () => {
  console.log(`crash seed ${SEED} (DTK_FAULTS_SEED=${SEED} repeats the kill delays)`);
  const started = performance.now();
  const results: TrialResult[] = [];
  const problems: string[] = [];
  await Promise.all(
    Array.from({ length: STREAMS }, (_, stream) => runStream(stream, TRIALS / STREAMS, results, problems)),
  );
  const durationMs = performance.now() - started;
  for (const result of results.slice(0, 3)) seeSecret('stored access token', tokenSetFor(result.found).accessToken);
  const leftovers = readdirSync(dir, { recursive: true }).map(String);
  const temporaries = leftovers.filter((name) => name.endsWith('.tmp')).length;
  const firstWrites = results.map((result) => result.msToFirstWrite).filter((ms) => ms !== undefined);

  reportFigures(3, 'FileTokenStore crash safety', {
    seed: SEED,
    'writers killed (trials)': results.length,
    'kills that left the previous set': results.filter((result) => result.found === result.stored).length,
    'kills that left the set being written': results.filter((result) => result.found === result.stored + 1).length,
    'kills before any write completed': results.length - firstWrites.length,
    'sets written in all': results.reduce((sum, result) => Math.max(sum, result.found), 0) * STREAMS,
    'torn, lost or unreadable': problems.length,
    'slowest start to first write (a dead writer’s lock taken over)': `${Math.round(Math.max(...firstWrites))} ms`,
    'token-set temporary files left (removed by the next write)': temporaries,
    'lock drafts and set-aside stale locks left (no secrets in them)': leftovers.filter(
      (name) => name.endsWith('.draft') || name.endsWith('.stale'),
    ).length,
    duration: seconds(durationMs),
  });
  expect(problems).toEqual([]);
  expect(results).toHaveLength(TRIALS);
  // Only the last writer of each file may have died with its temporary file: every later write removes them.
  expect(temporaries).toBeLessThanOrEqual(STREAMS);
  // Kills landed both before and after a rename: the test saw the old set and the new one.
  expect(results.some((result) => result.found === result.stored)).toBe(true);
  expect(results.some((result) => result.found === result.stored + 1)).toBe(true);
});
