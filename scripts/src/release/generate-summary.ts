// What `pnpm generate` changed, per API, in the words of `spec:diff`: the generated openapi.json of each types
// package is read before generation and classified against what generation wrote.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Json } from './pipeline-bundle.js';
import type { ApiDiff } from './spec-diff.js';

/** API name → its generated openapi.json as text. */
export type DescriptionSnapshot = ReadonlyMap<string, string | undefined>;

const TYPES_SUFFIX = '-types';

/** The generated openapi.json of a types package, as text (`undefined` when there is none). */
function generatedText(packagesRoot: string, api: string): string | undefined {
  const path = join(packagesRoot, `${api}${TYPES_SUFFIX}`, 'src', 'generated', 'openapi.json');
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

function parseDescription(text: string | undefined): Json | undefined {
  if (text === undefined) return undefined;
  try {
    // the generated notice is not part of the description
    const { 'x-generated': _notice, ...description } = JSON.parse(text) as Json;
    return description;
  } catch {
    return undefined;
  }
}

/**
 * The generated description of every types package, before generation runs: kept as text, so an API whose output
 * comes out byte-identical is reported unchanged without parsing or classifying a large description twice.
 */
export function snapshotGenerated(packagesRoot: string | undefined, repoRoot: string): DescriptionSnapshot {
  const root = resolve(packagesRoot ?? join(repoRoot, 'packages'));
  const apis = existsSync(root)
    ? readdirSync(root)
        .filter((name) => name.endsWith(TYPES_SUFFIX))
        .map((name) => name.slice(0, -TYPES_SUFFIX.length))
    : [];
  return new Map(apis.map((api) => [api, generatedText(root, api)]));
}

/** The summary lines `generate` ends with: one block per generated API, as `spec:diff` prints it. */
export async function summarizeGeneration(
  before: DescriptionSnapshot,
  generatedApis: readonly string[],
  packagesRoot: string | undefined,
  repoRoot: string,
): Promise<string[]> {
  // the classifier is loaded only when there is something to summarize (a no-op `generate` stays light)
  const [{ formatTable }, { emptyDescription }, { diffApi }] = await Promise.all([
    import('./report.js'),
    import('./sources.js'),
    import('./spec-diff.js'),
  ]);
  const root = resolve(packagesRoot ?? join(repoRoot, 'packages'));
  const diffs: ApiDiff[] = [];
  for (const api of generatedApis) {
    const text = generatedText(root, api);
    const after = parseDescription(text);
    if (after === undefined) continue;
    const previous = before.get(api);
    diffs.push(
      previous === text
        ? { api, bump: 'none', changes: [], releases: [] }
        : await diffApi(root, api, parseDescription(previous) ?? emptyDescription(api), after),
    );
  }
  return ['', 'What this run changed:', ...formatTable(diffs, 'the previous generated output')];
}
