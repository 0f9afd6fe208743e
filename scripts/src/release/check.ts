// `spec:check`: every spec change since the base comes with a changeset that bumps each package shipping the API
// at least as far as the classification requires. Failures say exactly which command writes the right one.
import { bumpRank } from './bump.js';
import { declaredSinceBase } from './changesets.js';
import type { BaseRevision } from './sources.js';
import type { ApiDiff } from './spec-diff.js';

export interface CheckProblem {
  readonly api: string;
  readonly message: string;
}

export function checkChangesets(
  repoRoot: string,
  base: BaseRevision,
  diffs: readonly ApiDiff[],
  fixCommand: string,
): CheckProblem[] {
  const declared = declaredSinceBase(repoRoot, base);
  const problems: CheckProblem[] = [];
  for (const diff of diffs) {
    if (diff.bump === 'none') continue;
    const missing = diff.releases.filter((release) => !declared.has(release.name)).map((release) => release.name);
    if (missing.length > 0) {
      problems.push({
        api: diff.api,
        message: `${diff.api}: the description changed (rated ${diff.bump}, ${diff.changes.length} change(s)) but no changeset added since the base names ${missing.join(' or ')}; run \`${fixCommand}\`.`,
      });
    }
    for (const release of diff.releases) {
      const found = declared.get(release.name);
      if (found && bumpRank(found.bump) < bumpRank(release.bump)) {
        problems.push({
          api: diff.api,
          message: `${diff.api}: ${found.file} bumps ${release.name} ${found.bump}, but the change is rated ${diff.bump}, which needs ${release.bump} at ${release.version}; run \`${fixCommand}\`.`,
        });
      }
    }
  }
  return problems;
}
