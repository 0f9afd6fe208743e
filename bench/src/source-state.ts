import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function git(args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The commit measured, e.g. "commit d1e66cc (with uncommitted changes)"; undefined outside a git checkout. */
export function describeSourceState(): string | undefined {
  const commit = git(['rev-parse', '--short', 'HEAD']);
  if (!commit) return undefined;
  const dirty = (git(['status', '--porcelain']) ?? '') !== '';
  return `commit ${commit}${dirty ? ' with uncommitted changes' : ''}`;
}
