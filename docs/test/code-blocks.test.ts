// Every TypeScript block of the READMEs and of docs/ compiles against the packages as a user imports them (from
// their built entries, with this folder's dependencies), and every block that shows a file matches it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  checkCodeBlocks,
  documentationFiles,
  extractCodeBlocks,
  formatCodeBlockProblem,
} from '@dtk/scripts/docs/code-blocks';
import { describe, expect, it } from 'vitest';

const docsRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = join(docsRoot, '..');
const files = documentationFiles(repoRoot);

describe('documentation code blocks', () => {
  it('covers the root README, every package README and the guides', () => {
    const names = files.map((file) => file.slice(repoRoot.length + 1));
    expect(names).toContain('README.md');
    expect(names).toContain('packages/admin-api/README.md');
    expect(names).toContain('docs/guides/troubleshooting.md');
    const blocks = files.flatMap((file) => extractCodeBlocks(readFileSync(file, 'utf8'), file).blocks);
    expect(blocks.length).toBeGreaterThan(30);
  });

  it('can import every package of the workspace, as the blocks do', () => {
    const ours = JSON.parse(readFileSync(join(docsRoot, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    const missing = readdirSync(join(repoRoot, 'packages'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(repoRoot, 'packages', entry.name, 'package.json')))
      .map((entry) => JSON.parse(readFileSync(join(repoRoot, 'packages', entry.name, 'package.json'), 'utf8')))
      .filter((manifest: { name: string; private?: boolean }) => !manifest.private || manifest.name === '@dtk/testkit')
      .map((manifest: { name: string }) => manifest.name)
      .filter((name) => ours.devDependencies[name] !== 'workspace:*');
    expect(missing, 'add each to docs/package.json devDependencies as "workspace:*"').toEqual([]);
  });

  it('all compile, and every block that shows a file matches it', () => {
    const problems = checkCodeBlocks(files, { resolveFrom: docsRoot });
    expect(problems.map((problem) => formatCodeBlockProblem(problem, repoRoot))).toEqual([]);
  }, 120_000);
});
