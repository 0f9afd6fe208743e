// Temp copies of the fixture workspace, and hashes of generated folders.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface FixtureWorkspace {
  readonly root: string;
  readonly specsRoot: string;
  readonly packagesRoot: string;
  readonly configPath: string;
  readonly sampleSpecDir: string;
  readonly sampleGeneratedDir: string;
  remove(): void;
}

/** A temp folder with specs/sample-api (the valid fixture), packages/sample-api-types and the real redocly.yaml. */
export function createFixtureWorkspace(): FixtureWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'dtk-specs-'));
  const specsRoot = join(root, 'specs');
  const packagesRoot = join(root, 'packages');
  cpSync(join(fixturesDir, 'specs'), specsRoot, { recursive: true });
  mkdirSync(join(packagesRoot, 'sample-api-types'), { recursive: true });
  writeFileSync(join(packagesRoot, 'sample-api-types', 'package.json'), '{ "name": "@dtk/sample-api-types" }\n');
  return {
    root,
    specsRoot,
    packagesRoot,
    configPath: join(repoRoot, 'redocly.yaml'),
    sampleSpecDir: join(specsRoot, 'sample-api'),
    sampleGeneratedDir: join(packagesRoot, 'sample-api-types', 'src', 'generated'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** sha256 over every file name and content of a folder (sorted), to prove a folder was not touched. */
export function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) {
    hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  }
  return hash.digest('hex');
}

/** 1-based number of the first line of `file` that contains `text`. */
export function lineOf(file: string, text: string): number {
  const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} not in ${file}`);
  return index + 1;
}
