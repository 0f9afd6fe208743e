// Write and check steps. Writing: the new folder is written beside the old one and swapped in by rename, so a failure
// part-way leaves the previous output byte-identical. Checking: which committed files differ from what the specs
// produce (changed, missing or extra).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFiles } from '../codegen/generated-files.js';

const STAGING_PREFIX = '.generated-';

export function writeGeneratedFolder(targetDir: string, files: GeneratedFiles): void {
  const parent = dirname(targetDir);
  mkdirSync(parent, { recursive: true });
  removeLeftovers(parent);
  const staging = join(parent, `${STAGING_PREFIX}new-${process.pid}`);
  const previous = join(parent, `${STAGING_PREFIX}old-${process.pid}`);
  try {
    mkdirSync(staging);
    for (const [name, content] of files) writeFileSync(join(staging, name), content);
    if (existsSync(targetDir)) renameSync(targetDir, previous);
    try {
      renameSync(staging, targetDir);
    } catch (error) {
      if (existsSync(previous)) renameSync(previous, targetDir);
      throw error;
    }
    rmSync(previous, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Staging folders of an interrupted earlier run (same file system, next to `generated/`) whose process is gone. */
function removeLeftovers(parent: string): void {
  for (const entry of readdirSync(parent)) {
    const pid = /^\.generated-(?:new|old)-(\d+)$/.exec(entry)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0); // signal 0 only tests that the process exists
    return true;
  } catch {
    return false;
  }
}

export function findStaleFiles(targetDir: string, files: GeneratedFiles): string[] {
  const stale: string[] = [];
  for (const [name, content] of files) {
    const path = join(targetDir, name);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) stale.push(path);
  }
  const present = existsSync(targetDir) ? readdirSync(targetDir) : [];
  for (const name of present) if (!files.has(name)) stale.push(join(targetDir, name));
  return stale.sort();
}

/** Replaces one file by rename, so a reader never sees half of it. */
export function replaceFile(path: string, content: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}
