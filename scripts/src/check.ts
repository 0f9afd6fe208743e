// Check step: which committed files differ from what the specs produce (changed, missing or extra).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedFiles } from './outputs.js';

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
