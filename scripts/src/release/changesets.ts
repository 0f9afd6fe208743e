// Changesets for spec changes: `spec:diff --write` writes one per API, naming its types and client packages with
// the classified list as changelog text; `spec:check` reads the ones added since the base to see they suffice.

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import parseChangeset from '@changesets/parse';
import { type Bump, bumpRank, isBreaking } from './bump.js';
import type { BaseRevision } from './sources.js';
import type { ApiDiff } from './spec-diff.js';

export const CHANGESET_DIR = '.changeset';

/** The file `--write` owns for an API; rewritten on every run so it always matches the specs. */
export function changesetPath(repoRoot: string, api: string): string {
  return join(repoRoot, CHANGESET_DIR, `spec-${api}.md`);
}

export function renderChangeset(diff: ApiDiff): string {
  const header = diff.releases.map((release) => `"${release.name}": ${release.bump}`);
  const count = (bump: Bump): number => diff.changes.filter((change) => change.bump === bump).length;
  const parts = [
    [count('major'), 'breaking'],
    [count('minor'), 'new or widened'],
    [count('patch'), 'documentation'],
  ].flatMap(([n, label]) => (n ? [`${n} ${label}`] : []));
  const headline = `${isBreaking(diff.bump) ? 'Breaking: ' : ''}the ${diff.api} description changed (${parts.join(', ')}; rated ${diff.bump} by \`pnpm spec:diff\`).`;
  const lines = diff.changes.map(
    (change) =>
      `- ${change.bump}${change.operationId ? ` \`${change.operationId}\`` : ''}: ${change.message} [${change.rule}] (\`${change.pointer}\`)`,
  );
  return ['---', ...header, '---', '', headline, '', ...lines, ''].join('\n');
}

export interface WrittenChangeset {
  readonly api: string;
  readonly path: string;
  readonly action: 'written' | 'removed';
}

/**
 * Writes each changed API's spec changeset, and removes the spec changesets of APIs whose description no longer
 * differs from the base (so a reverted change leaves no stale release behind).
 */
export function writeChangesets(repoRoot: string, diffs: readonly ApiDiff[]): WrittenChangeset[] {
  const results: WrittenChangeset[] = [];
  const written = new Set<string>();
  for (const diff of diffs) {
    if (diff.bump === 'none' || diff.releases.length === 0) continue;
    const path = changesetPath(repoRoot, diff.api);
    writeFileSync(path, renderChangeset(diff));
    written.add(path);
    results.push({ api: diff.api, path, action: 'written' });
  }
  const dir = join(repoRoot, CHANGESET_DIR);
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const api = SPEC_CHANGESET.exec(name)?.[1];
    const path = join(dir, name);
    if (api === undefined || written.has(path)) continue;
    rmSync(path);
    results.push({ api, path, action: 'removed' });
  }
  return results;
}

const SPEC_CHANGESET = /^spec-(.+)\.md$/;

export interface DeclaredRelease {
  readonly bump: Bump;
  /** Changeset file (repository-relative) that declares it. */
  readonly file: string;
}

/** For each package, the highest bump that a changeset added since the base declares. */
export function declaredSinceBase(repoRoot: string, base: BaseRevision): Map<string, DeclaredRelease> {
  const git = (args: string[]): string[] =>
    execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' })
      .split('\n')
      .filter((file) => file.endsWith('.md'));
  const files = new Set([
    ...git(['diff', '--name-only', '--diff-filter=A', base.commit, '--', CHANGESET_DIR]),
    ...git(['ls-files', '--others', '--exclude-standard', '--', CHANGESET_DIR]),
  ]);
  const declared = new Map<string, DeclaredRelease>();
  for (const file of [...files].sort()) {
    if (file.endsWith('README.md') || !existsSync(join(repoRoot, file))) continue;
    const { releases } = parseChangeset(readFileSync(join(repoRoot, file), 'utf8'));
    for (const release of releases) {
      if (release.type === 'none') continue;
      const known = declared.get(release.name);
      if (!known || bumpRank(release.type) > bumpRank(known.bump))
        declared.set(release.name, { bump: release.type, file });
    }
  }
  return declared;
}
