// Bundle step: redocly resolves the joined document's `$ref`s (files inside the API's folder become components),
// applies the API's overlays (Overlay 1.0, in the order its config lists them) and its decorators. Lint then checks
// this document, the one that is published: what `pnpm exec redocly lint <api>` sees is what the pipeline linted.
import { bundleDocument, type Document, detectSpec, getTypes } from '@redocly/openapi-core';
import { loadApiConfig, toProblems } from '../lint/redocly.js';
import type { ConfinedResolver } from '../load/ref-policy.js';
import type { ApiDefinition } from '../registry/api-registry.js';
import type { Problem } from '../report/problems.js';
import type { Workspace } from '../workspace.js';
import type { JoinResult } from './join.js';

export interface BundleStepResult {
  /** The joined document, bundled in place. */
  readonly document: Document;
  readonly problems: readonly Problem[];
}

export async function bundleApi(
  workspace: Workspace,
  api: ApiDefinition,
  joined: JoinResult,
  resolver: ConfinedResolver,
  { requireConfig = true } = {},
): Promise<BundleStepResult> {
  const config = await loadApiConfig(workspace, api, { required: requireConfig });
  const specVersion = detectSpec(joined.document.parsed);
  const result = await bundleDocument({
    document: joined.document,
    config,
    types: getTypes(specVersion),
    externalRefResolver: resolver,
    dereference: false,
    removeUnusedComponents: false,
    overlays: [...api.overlays],
  });
  const origins = { documentRef: joined.document.source.absoluteRef, originOf: joined.originOf };
  // the bundler reports a `$ref` it cannot resolve under its own name; it is the rule lint would name
  const problems = toProblems(workspace, result.problems, origins).map((problem) =>
    problem.rule === 'bundler' && problem.message.startsWith("Can't resolve $ref")
      ? { ...problem, rule: 'no-unresolved-refs' }
      : problem,
  );
  return { document: result.bundle, problems };
}
