// `pnpm generate [api...] [--check]`: progress on stdout; problems, stale files and failures on stderr.
import { generate, type GenerateOptions } from './generate.js';
import { formatProblem } from './problems.js';
import type { Output } from './progress.js';
import { snapshotGenerated, summarizeGeneration } from './release/generate-summary.js';
import { repoRoot } from './workspace.js';

export async function runGenerate(names: readonly string[], options: GenerateOptions, output: Output): Promise<number> {
  const before = options.check ? undefined : snapshotGenerated(options.packagesRoot, repoRoot);
  const result = await generate(names, { ...options, output });
  for (const api of result.apis) {
    for (const problem of api.problems) output.err(formatProblem(problem));
    if (api.error) output.err(`${api.api}: ${api.error}`);
    for (const file of api.staleFiles) output.err(`stale: ${file}`);
  }
  const stale = result.apis.flatMap((api) => api.staleFiles);
  if (stale.length > 0) output.err(`${stale.length} generated file(s) are out of date: run \`pnpm generate\`.`);
  const failed = result.apis.filter((api) => api.error || api.problems.some((problem) => problem.severity === 'error'));
  if (failed.length > 0) output.err(`generate failed for ${failed.map((api) => api.api).join(', ')}; previous output left unchanged.`);
  const generated = result.apis.filter((api) => !failed.includes(api)).map((api) => api.api);
  if (before) for (const line of await summarizeGeneration(before, generated, options.packagesRoot, repoRoot)) output.out(line);
  return result.ok ? 0 : 1;
}
