// How classified changes are shown: `--json` (the documented machine shape), and a table for people, which
// `pnpm generate` prints too.
import type { ApiDiff } from './spec-diff.js';

/** The documented `--json` shape, and nothing more. */
export interface JsonReport {
  readonly api: string;
  readonly bump: ApiDiff['bump'];
  readonly changes: readonly { bump: string; operationId: string | null; pointer: string; message: string }[];
}

export function toJsonReport(diffs: readonly ApiDiff[]): JsonReport[] {
  return diffs.map(({ api, bump, changes }) => ({
    api,
    bump,
    changes: changes.map((change) => ({
      bump: change.bump,
      operationId: change.operationId,
      pointer: change.pointer,
      message: `${change.message} [${change.rule}]`,
    })),
  }));
}

/** One block per API: its rating, the release each package gets, then one line per change with its pointer. */
export function formatTable(diffs: readonly ApiDiff[], baseLabel: string): string[] {
  if (diffs.length === 0) return [`No API description differs from ${baseLabel}.`];
  const lines: string[] = [];
  for (const diff of diffs) {
    if (diff.changes.length === 0) {
      lines.push(`${diff.api}: unchanged since ${baseLabel}`);
      continue;
    }
    const releases = diff.releases.map((release) => `${release.name}@${release.version} → ${release.bump}`).join(', ');
    lines.push(`${diff.api}: ${diff.bump} since ${baseLabel}${releases ? ` (${releases})` : ''}`);
    const width = Math.min(32, Math.max(9, ...diff.changes.map((change) => (change.operationId ?? '-').length)));
    lines.push(`  ${'bump'.padEnd(6)} ${'operation'.padEnd(width)} change`);
    for (const change of diff.changes) {
      lines.push(
        `  ${change.bump.padEnd(6)} ${(change.operationId ?? '-').padEnd(width)} ${change.message} [${change.rule}]`,
      );
      lines.push(`  ${''.padEnd(6)} ${''.padEnd(width)} ${change.pointer}`);
    }
    lines.push('');
  }
  return lines;
}
