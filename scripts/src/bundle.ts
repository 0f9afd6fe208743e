// Bundle step: redocly resolves every $ref of the joined document (external files are inlined as components).
import { bundle, makeDocumentFromString } from '@redocly/openapi-core';
import { join } from 'node:path';
import type { ApiDefinition } from './apis.js';
import type { Problem } from './problems.js';
import { loadLintConfig, toProblem } from './redocly-lint.js';
import type { Workspace } from './workspace.js';

export interface BundleStepResult {
  readonly document: Record<string, unknown>;
  readonly problems: readonly Problem[];
}

export async function bundleApi(
  workspace: Workspace,
  api: ApiDefinition,
  joined: Record<string, unknown>,
): Promise<BundleStepResult> {
  // The joined document "lives" beside the resource files so their relative $refs resolve as written.
  const virtualPath = join(api.specDir, `${api.name}.joined.json`);
  const config = await loadLintConfig(workspace.configPath);
  const result = await bundle({
    doc: makeDocumentFromString(JSON.stringify(joined), virtualPath),
    config,
    dereference: false,
    removeUnusedComponents: false,
  });
  return {
    document: result.bundle.parsed as Record<string, unknown>,
    problems: result.problems.filter((problem) => !problem.ignored).map((problem) => toProblem(workspace, virtualPath, problem)),
  };
}
