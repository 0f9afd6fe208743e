// `generate` for one or more APIs: parse → join → bundle → lint → maps → typegen → typecheck → write (or check),
// each step timed (generate-api.ts). Nothing is written for an API unless every step of that API succeeded, its
// generated TypeScript included: a failure leaves the previous output byte-identical. This module stays light: an
// API whose inputs and output are unchanged is skipped before any tool is loaded.
import { selectApis } from '../registry/api-registry.js';
import { hasErrors } from '../report/problems.js';
import type { Output } from '../report/progress.js';
import { resolveWorkspace, type WorkspaceOptions } from '../workspace.js';
import type { ApiGenerateResult } from './generate-api.js';
import { isUpToDate } from './input-stamp.js';

export type { ApiGenerateResult };

export interface GenerateOptions extends WorkspaceOptions {
  /** Compare with the committed output instead of writing it. */
  readonly check?: boolean;
  /** Skip an API whose inputs and output are as the last run left them (the CLI's default; never with `check`). */
  readonly skipUnchanged?: boolean;
  readonly output?: Output;
}

export interface GenerateResult {
  readonly ok: boolean;
  readonly apis: readonly ApiGenerateResult[];
}

const silent: Output = { out: () => undefined, err: () => undefined };

export async function generate(names: readonly string[], options: GenerateOptions = {}): Promise<GenerateResult> {
  const workspace = resolveWorkspace(options);
  const output = options.output ?? silent;
  const results: ApiGenerateResult[] = [];
  for (const api of selectApis(workspace, names)) {
    if (!options.check && options.skipUnchanged && isUpToDate(workspace, api)) {
      output.out(`${api.name.padEnd(18)} unchanged (nothing it is generated from changed; --force regenerates)`);
      results.push({ api: api.name, problems: [], staleFiles: [], written: false, skipped: true });
      continue;
    }
    const { generateApi } = await import('./generate-api.js');
    results.push(await generateApi(workspace, api, options.check ?? false, output));
  }
  const ok = results.every((result) => !result.error && !hasErrors(result.problems) && result.staleFiles.length === 0);
  return { ok, apis: results };
}
