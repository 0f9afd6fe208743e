// What `pnpm generate` changed, per API, in the words of `spec:diff`: the generated openapi.json of each types
// package is read before generation and classified against what generation wrote.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Json } from './pipeline-bundle.js';
import { formatTable } from './report.js';
import { emptyDescription } from './sources.js';
import { type ApiDiff, diffApi } from './spec-diff.js';

export type DescriptionSnapshot = ReadonlyMap<string, Json | undefined>;

const TYPES_SUFFIX = '-types';

function generatedDescription(packagesRoot: string, api: string): Json | undefined {
  const path = join(packagesRoot, `${api}${TYPES_SUFFIX}`, 'src', 'generated', 'openapi.json');
  if (!existsSync(path)) return undefined;
  try {
    // the generated notice is not part of the description
    const { 'x-generated': _notice, ...description } = JSON.parse(readFileSync(path, 'utf8')) as Json;
    return description;
  } catch {
    return undefined;
  }
}

/** The generated description of every types package, before generation runs. */
export function snapshotGenerated(packagesRoot: string | undefined, repoRoot: string): DescriptionSnapshot {
  const root = resolve(packagesRoot ?? join(repoRoot, 'packages'));
  const apis = existsSync(root)
    ? readdirSync(root)
        .filter((name) => name.endsWith(TYPES_SUFFIX))
        .map((name) => name.slice(0, -TYPES_SUFFIX.length))
    : [];
  return new Map(apis.map((api) => [api, generatedDescription(root, api)]));
}

/** The summary lines `generate` ends with: one block per generated API, as `spec:diff` prints it. */
export async function summarizeGeneration(
  before: DescriptionSnapshot,
  generatedApis: readonly string[],
  packagesRoot: string | undefined,
  repoRoot: string,
): Promise<string[]> {
  const root = resolve(packagesRoot ?? join(repoRoot, 'packages'));
  const diffs: ApiDiff[] = [];
  for (const api of generatedApis) {
    const after = generatedDescription(root, api);
    if (after === undefined) continue;
    diffs.push(await diffApi(root, api, before.get(api) ?? emptyDescription(api), after));
  }
  return ['', 'What this run changed:', ...formatTable(diffs, 'the previous generated output')];
}
