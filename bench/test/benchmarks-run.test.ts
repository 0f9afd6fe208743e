// The benchmarks are not run in CI for their figures, so this runs three of them once in smoke mode
// (DTK_BENCH_SMOKE=1: shortest rounds, smallest inputs, nothing written): a benchmark whose code stopped working fails
// here. (`no-op` runs `pnpm build` itself, which cannot run inside `pnpm test`.)
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../src/child-runs.js';

const BENCH_DIR = fileURLToPath(new URL('..', import.meta.url));
const DOCS = new URL('../../docs/benchmarks.md', import.meta.url);

/** `run-all.ts` with `names` in smoke mode, to completion. */
function runBenchmarks(names: readonly string[]) {
  const env = { ...process.env, DTK_BENCH_SMOKE: '1' };
  return runCommand(process.execPath, ['--import', 'tsx', 'src/run-all.ts', ...names], BENCH_DIR, env);
}

describe('the benchmarks, once each in smoke mode', () => {
  it('auth-crypto and client-overhead run every variant, print their tables, and leave the docs alone', async () => {
    const docsBefore = await readFile(DOCS, 'utf8');
    const { exitCode, stdout, stderr } = await runBenchmarks(['auth-crypto', 'client-overhead']);
    expect(exitCode, stderr).toBe(0);
    expect(stdout).toContain('## auth-crypto');
    expect(stdout).toMatch(/\| `verifyIdToken` \(`@dtk\/auth\/jwks`, JWKS cached\) \| [\d,]+ \|/);
    expect(stdout).toContain('## client-overhead');
    for (const client of [
      'openapi-fetch 0.17.0 + `AbortSignal.timeout(60_000)`',
      '@dtk/runtime + static `accessToken`',
    ])
      expect(stdout).toContain(`| ${client} |`);
    expect(stdout).toMatch(/less|more client CPU per request than openapi-fetch with a timeout signal/);
    expect(stderr).toContain('Smoke run (DTK_BENCH_SMOKE=1)');
    expect(await readFile(DOCS, 'utf8')).toBe(docsBefore);
  });

  it('generate runs the pipeline against the bare tools, at three sizes and for a consumer type-check', async () => {
    const { exitCode, stdout, stderr } = await runBenchmarks(['generate']);
    expect(exitCode, stderr).toBe(0);
    expect(stdout).toMatch(/\| `dtk-specs generate big` less its type-check step \| [\d.]+ m?s \| \*\*[\d.]+×\*\* \|/);
    expect(stdout).toMatch(/^\| 30 \| [\d.]+ MB \| .* \| 0 \|$/m);
    expect(stdout).toContain('| @dtk/runtime `createApiClient<paths>` with the generated maps |');
  }, 300_000);
});
