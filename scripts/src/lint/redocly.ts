// The pipeline's side of redocly: each API's own config (policy, overrides, decorators), and redocly's problems
// turned into ours at the ORIGINAL file:line:col (a pointer into a joined document is traced back to its file).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  type Config,
  createConfig,
  getLineColLocation,
  loadConfig,
  type NormalizedProblem,
} from '@redocly/openapi-core';
import { fromPointer, type PointerSegment, positionIn, type SourceFile } from '../load/source-file.js';
import type { ApiDefinition } from '../registry/api-registry.js';
import type { Problem } from '../report/problems.js';
import { displayPath, type Workspace } from '../workspace.js';

const configs = new Map<string, Promise<Config>>();

/**
 * The API's redocly config (`specs/<api>/redocly.yaml`), loaded once per process (loading evaluates the plugin).
 * `required: false` (bundling only, e.g. an older revision of specs/ that predates per-API configs) falls back to
 * redocly's defaults, which decorate nothing.
 */
export function loadApiConfig(workspace: Workspace, api: ApiDefinition, { required = true } = {}): Promise<Config> {
  if (!required && !existsSync(api.configPath)) return createConfig({});
  if (!existsSync(api.configPath)) {
    return Promise.reject(
      new Error(
        `${displayPath(workspace, api.configPath)} is missing: every API folder needs its lint policy (run \`pnpm new-api ${api.name}\`).`,
      ),
    );
  }
  let config = configs.get(api.configPath);
  if (!config) {
    config = loadConfig({ configPath: api.configPath });
    configs.set(api.configPath, config);
  }
  return config;
}

/** Where problems about a joined document's pointers come from. */
export interface ProblemOrigins {
  /** The absolute ref of the document redocly saw (a virtual path when several files were joined). */
  readonly documentRef: string;
  readonly originOf: (segments: readonly PointerSegment[]) => SourceFile | undefined;
}

export function toProblem(workspace: Workspace, problem: NormalizedProblem, origins: ProblemOrigins): Problem {
  const location = problem.location[0];
  const base = { severity: problem.severity, rule: problem.ruleId, message: problem.message };
  if (!location) return { ...base, file: displayPath(workspace, origins.documentRef), line: 1, col: 1 };
  const ref = location.source.absoluteRef;
  if (ref === origins.documentRef && location.pointer !== undefined) {
    const segments = fromPointer(location.pointer);
    const origin = origins.originOf(segments);
    if (origin && origin.document.source.body !== '') {
      const { line, col } = positionIn(origin.document.source, segments, !location.reportOnKey);
      return { ...base, file: origin.display, line, col, pointer: location.pointer };
    }
  }
  const lineCol = getLineColLocation(location) as { start?: { line: number; col: number } };
  return {
    ...base,
    file: displayPath(workspace, ref.startsWith('file:') ? fileURLToPath(ref) : ref),
    line: lineCol.start?.line ?? 1,
    col: lineCol.start?.col ?? 1,
    ...(location.pointer !== undefined && { pointer: location.pointer }),
  };
}

export function toProblems(
  workspace: Workspace,
  problems: readonly NormalizedProblem[],
  origins: ProblemOrigins,
): Problem[] {
  return problems.filter((problem) => !problem.ignored).map((problem) => toProblem(workspace, problem, origins));
}
