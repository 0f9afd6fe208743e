// `spec:diff`: for each API whose specs differ from the base revision, the classified changes between the two
// bundled descriptions, and what that means for each package that ships the API.
import { join } from 'node:path';
import { type ApiBump, type Bump, releaseBump } from './bump.js';
import { classifyDescriptions } from './classify.js';
import type { Json } from './pipeline-bundle.js';
import {
  type BaseRevision,
  changedApis,
  describedIn,
  extractBaseTree,
  type PackageInfo,
  packagesOf,
} from './sources.js';
import type { SpecChange } from './spec-change.js';

export interface PackageRelease extends PackageInfo {
  /** The version bump the change needs for this package (0.x policy, see bump.ts). */
  readonly bump: Bump;
}

export interface ApiDiff {
  readonly api: string;
  readonly bump: ApiBump;
  readonly changes: readonly SpecChange[];
  readonly releases: readonly PackageRelease[];
}

export async function diffAgainstBase(repoRoot: string, base: BaseRevision): Promise<ApiDiff[]> {
  const apis = changedApis(repoRoot, base);
  if (apis.length === 0) return [];
  const baseTree = extractBaseTree(repoRoot, base);
  const workingTree = { specsRoot: join(repoRoot, 'specs'), configPath: join(repoRoot, 'redocly.yaml') };
  try {
    const results: ApiDiff[] = [];
    for (const api of apis) {
      const [before, after] = await Promise.all([describedIn(baseTree, api), describedIn(workingTree, api)]);
      results.push(await diffApi(join(repoRoot, 'packages'), api, before, after));
    }
    return results;
  } finally {
    baseTree.remove();
  }
}

export async function diffApi(packagesRoot: string, api: string, before: Json, after: Json): Promise<ApiDiff> {
  const { bump, changes } = await classifyDescriptions(before, after);
  const releases =
    bump === 'none'
      ? []
      : packagesOf(packagesRoot, api).map((pkg) => ({ ...pkg, bump: releaseBump(bump, pkg.version) }));
  return { api, bump, changes, releases };
}
