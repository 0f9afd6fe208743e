// `generate` for one or more APIs: lint → join → bundle → typegen → maps → write (or check), each step timed.
// Nothing is written for an API unless every step of that API succeeded.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { selectApis, type ApiDefinition } from './apis.js';
import { bundleApi } from './bundle.js';
import { findStaleFiles } from './check.js';
import { joinSpecs } from './join.js';
import { lintApi } from './lint.js';
import { collectOperationInfo } from './maps.js';
import { renderGeneratedFiles } from './outputs.js';
import { hasErrors, sortProblems, SpecProblemsError, type Problem } from './problems.js';
import { timed, type Output } from './progress.js';
import { generateSchemaTypes } from './typegen.js';
import { displayPath, resolveWorkspace, type Workspace, type WorkspaceOptions } from './workspace.js';
import { writeGeneratedFolder } from './write.js';

export interface GenerateOptions extends WorkspaceOptions {
  /** Compare with the committed output instead of writing it. */
  readonly check?: boolean;
  readonly output?: Output;
}

export interface ApiGenerateResult {
  readonly api: string;
  /** Lint warnings, or the problems that stopped this API. */
  readonly problems: readonly Problem[];
  /** A failure that is not about the specs (missing package, I/O), if any. */
  readonly error?: string;
  /** `--check`: generated files that differ from what the specs produce. */
  readonly staleFiles: readonly string[];
  /** Whether the generated folder was replaced (false when unchanged or in check mode). */
  readonly written: boolean;
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
    results.push(await generateApi(workspace, api, options.check ?? false, output));
  }
  const ok = results.every((result) => !result.error && !hasErrors(result.problems) && result.staleFiles.length === 0);
  return { ok, apis: results };
}

async function generateApi(workspace: Workspace, api: ApiDefinition, check: boolean, output: Output): Promise<ApiGenerateResult> {
  const base = { api: api.name, problems: [] as readonly Problem[], staleFiles: [] as string[], written: false };
  let warnings: readonly Problem[] = [];
  try {
    if (!existsSync(join(api.packageDir, 'package.json'))) {
      throw new Error(`${displayPath(workspace, api.packageDir)} does not exist: scaffold it with \`pnpm new-api ${api.name}\`.`);
    }
    const step = <T>(name: string, run: () => Promise<T> | T): Promise<T> => timed(output, api.name, name, run);

    const linted = await step('lint', () => lintApi(workspace, api));
    if (hasErrors(linted.problems)) throw new SpecProblemsError('lint', linted.problems);
    warnings = linted.problems;

    const joined = await step('join', () => joinSpecs(api, linted.files));
    if (hasErrors(joined.problems)) throw new SpecProblemsError('join', joined.problems);

    const bundled = await step('bundle', () => bundleApi(workspace, api, joined.document));
    if (hasErrors(bundled.problems)) throw new SpecProblemsError('bundle', bundled.problems);

    const schemaTypes = await step('typegen', () => generateSchemaTypes(bundled.document));
    const operations = await step('maps', () => collectOperationInfo(bundled.document));

    const sources = linted.files.map((file) => file.display);
    const files = renderGeneratedFiles(api, sources, bundled.document, schemaTypes, operations);
    const stale = await step(check ? 'check' : 'write', () => {
      const stale = findStaleFiles(api.generatedDir, files);
      if (!check && stale.length > 0) writeGeneratedFolder(api.generatedDir, files);
      return stale;
    });
    return check
      ? { ...base, problems: warnings, staleFiles: stale.map((path) => displayPath(workspace, path)) }
      : { ...base, problems: warnings, written: stale.length > 0 };
  } catch (error) {
    if (error instanceof SpecProblemsError) return { ...base, problems: sortProblems([...warnings, ...error.problems]) };
    return { ...base, problems: warnings, error: error instanceof Error ? error.message : String(error) };
  }
}
