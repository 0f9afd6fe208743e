// Runs `redocly diff` on two documents and returns its JSON report: the repository's one @redocly/cli, the binary
// `pnpm exec redocly` runs. The CLI is the supported interface of the diff; @redocly/openapi-core exports no diff.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Json } from './pipeline-bundle.js';

export type Impact = 'major' | 'minor' | 'patch';

export interface RedoclyVerdict {
  readonly ruleId: string;
  readonly impact: Impact;
  readonly message: string;
}

export interface RedoclyChange {
  /** JSON pointer of the changed node (in the revision, or in the base for a removal). */
  readonly path: string;
  readonly typeName: string;
  readonly kind: 'added' | 'removed' | 'modified';
  readonly impact: Impact;
  readonly verdicts: readonly RedoclyVerdict[];
  /** For `modified`: the key of the node that changed. */
  readonly property?: string;
  readonly base?: { readonly value: unknown };
  readonly revision?: { readonly value: unknown };
}

const cliPath = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
const run = promisify(execFile);

/** `redocly diff base revision --format json` with the `diff-recommended` rules; throws when the CLI fails. */
export async function redoclyDiff(base: Json, revision: Json): Promise<RedoclyChange[]> {
  const dir = mkdtempSync(join(tmpdir(), 'dtk-spec-diff-'));
  try {
    writeFileSync(join(dir, 'redocly.yaml'), 'telemetry: off\nextends:\n  - diff-recommended\n');
    writeFileSync(join(dir, 'base.json'), JSON.stringify(base));
    writeFileSync(join(dir, 'revision.json'), JSON.stringify(revision));
    const args = [
      cliPath,
      'diff',
      'base.json',
      'revision.json',
      '--format',
      'json',
      '--fail-on',
      'none',
      '--lint-config',
      'off',
    ];
    const { stdout } = await run(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    }).catch((error: { stderr?: string; message: string }) => {
      throw new Error(
        `redocly diff failed: ${(error.stderr ?? error.message).trim().split('\n').slice(-5).join('\n')}`,
      );
    });
    const report = JSON.parse(stdout) as { changes: RedoclyChange[] };
    return report.changes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
