// The front half of the pipeline, shared by `lint` and `generate`: read every file once → refuse what is not an
// OpenAPI 3.0/3.1 description or reaches outside the API's folder → join → bundle (overlays, decorators) → check
// `$ref` cycles → lint the bundled document with the API's own redocly config. Each step hands the parsed document
// to the next; a step with errors stops the API there.

import { existsSync } from 'node:fs';
import { type Document, lintDocument } from '@redocly/openapi-core';
import { bundleApi } from '../bundle/bundle.js';
import { type JoinResult, joinSpecs } from '../bundle/join.js';
import { ConfinedResolver, checkRefs, refPolicy } from '../load/ref-policy.js';
import { checkIsOpenApi, readSourceFile, type SourceFile } from '../load/source-file.js';
import { type ApiDefinition, listSpecFiles, selectApis } from '../registry/api-registry.js';
import { formatProblem, hasErrors, type Problem, sortProblems } from '../report/problems.js';
import { displayPath, resolveWorkspace, type Workspace, type WorkspaceOptions } from '../workspace.js';
import { checkOperationIdsUnique, checkRefCycles } from './description-checks.js';
import { loadApiConfig, toProblems } from './redocly.js';

/** Runs one named step of one API (timed and reported by the caller). */
export type StepRunner = <T>(name: string, run: () => Promise<T> | T) => Promise<T>;

export interface LintedApi {
  /** The description files, parsed (empty when none could be read). */
  readonly files: readonly SourceFile[];
  /** The bundled document, when every step up to lint ran. */
  readonly document?: Document;
  readonly joined?: JoinResult;
  /** Problems of every step that ran, sorted; errors mean the API stopped. */
  readonly problems: readonly Problem[];
  /** The resolver every step used; `refused` lists what it would not read. */
  readonly resolver: ConfinedResolver;
}

export async function lintApi(
  workspace: Workspace,
  api: ApiDefinition,
  step: StepRunner,
  { lint = true } = {},
): Promise<LintedApi> {
  const resolver = new ConfinedResolver(refPolicy(workspace, api.specDir, api.allowedRefFolders));
  const stop = (
    files: readonly SourceFile[],
    problems: readonly Problem[],
    rest: Partial<LintedApi> = {},
  ): LintedApi => ({
    files,
    problems: sortProblems(problems),
    resolver,
    ...rest,
  });

  const read = await step('parse', () => readDescriptions(workspace, api));
  if (hasErrors(read.problems)) return stop(read.files, read.problems);

  const joined = await step('join', () => joinSpecs(api, read.files));
  if (hasErrors(joined.problems)) return stop(read.files, joined.problems);

  const bundled = await step('bundle', async () => {
    const result = await bundleApi(workspace, api, joined, resolver, { requireConfig: lint });
    const locate = (at: (string | number)[]) => {
      const origin = joined.originOf(at);
      const position = origin ? origin.positionOf([...at, '$ref'], true) : { line: 1, col: 1 };
      return { file: origin?.display ?? displayPath(workspace, joined.document.source.absoluteRef), ...position };
    };
    return { ...result, problems: [...result.problems, ...checkRefCycles(result.document.parsed, locate)] };
  });
  if (hasErrors(bundled.problems) || !lint)
    return stop(read.files, [...read.problems, ...bundled.problems], {
      joined,
      ...(!hasErrors(bundled.problems) && { document: bundled.document }),
    });

  const linted = await step('lint', async () => {
    const config = await loadApiConfig(workspace, api);
    const problems = await lintDocument({ document: bundled.document, config, externalRefResolver: resolver });
    return toProblems(workspace, problems, {
      documentRef: bundled.document.source.absoluteRef,
      originOf: joined.originOf,
    });
  });
  return stop(read.files, [...read.problems, ...bundled.problems, ...linted], { joined, document: bundled.document });
}

interface ReadResult {
  readonly files: SourceFile[];
  readonly problems: Problem[];
}

/** Parses the API's files and overlays once each and refuses bad input before any tool runs. */
function readDescriptions(workspace: Workspace, api: ApiDefinition): ReadResult {
  const folder = displayPath(workspace, api.specDir);
  const noSpecFiles = (message: string): ReadResult => ({
    files: [],
    problems: [{ file: folder, line: 1, col: 1, severity: 'error', rule: 'no-spec-files', message }],
  });
  if (!existsSync(api.specDir)) return noSpecFiles(`${folder}/ does not exist.`);
  const paths = listSpecFiles(api);
  if (paths.length === 0) return noSpecFiles(`No description files (*.yaml, *.yml, *.json) in ${folder}/.`);
  const policy = refPolicy(workspace, api.specDir, api.allowedRefFolders);
  const files: SourceFile[] = [];
  const problems: Problem[] = [];
  for (const path of paths) {
    const file = readSourceFile(workspace, path);
    if (!('document' in file)) {
      problems.push(file);
      continue;
    }
    const notOpenApi = checkIsOpenApi(file);
    if (notOpenApi) problems.push(notOpenApi);
    else files.push(file);
    problems.push(...checkRefs(policy, file));
  }
  for (const path of api.overlays) {
    if (!existsSync(path)) {
      problems.push({
        file: displayPath(workspace, api.configPath),
        line: 1,
        col: 1,
        severity: 'error',
        rule: 'dtk/overlay-missing',
        message: `Overlay ${displayPath(workspace, path)} (x-dtk.overlays) does not exist.`,
      });
      continue;
    }
    const overlay = readSourceFile(workspace, path);
    problems.push(...('document' in overlay ? checkRefs(policy, overlay) : [overlay]));
  }
  problems.push(...checkOperationIdsUnique(files));
  return { files, problems };
}

/**
 * The bundled description of one API folder, as `pnpm generate` would publish it (before its notice key), without
 * linting it: for tools that compare descriptions, e.g. two revisions of specs/. Throws with the problems.
 */
export async function bundledDescription(options: WorkspaceOptions, apiName: string): Promise<Record<string, unknown>> {
  const workspace = resolveWorkspace(options);
  const [api] = selectApis(workspace, [apiName]);
  if (!api) throw new Error(`No API ${apiName} under ${workspace.specsRoot}`);
  const result = await lintApi(workspace, api, async (_name, run) => run(), { lint: false });
  if (hasErrors(result.problems) || !result.document) {
    const errors = result.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    throw new Error(`${apiName}: the description does not bundle:\n${errors.join('\n')}`);
  }
  return result.document.parsed as Record<string, unknown>;
}
