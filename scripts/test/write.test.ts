// The write step swaps a complete folder in, or leaves the previous one as it was.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findStaleFiles, writeGeneratedFolder } from '../src/generate/output-folder.js';
import { hashFolder } from './helpers.js';

let parent: string;
let target: string;

beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), 'dtk-write-'));
  target = join(parent, 'generated');
  mkdirSync(target);
  writeFileSync(join(target, 'schema.ts'), 'old schema\n');
  writeFileSync(join(target, 'obsolete.ts'), 'gone after a write\n');
});

afterEach(() => rmSync(parent, { recursive: true, force: true }));

describe('writeGeneratedFolder', () => {
  it('replaces the whole folder, dropping files no longer produced', () => {
    writeGeneratedFolder(
      target,
      new Map([
        ['schema.ts', 'new schema\n'],
        ['operations.ts', 'ops\n'],
      ]),
    );
    expect(readdirSync(target).sort()).toEqual(['operations.ts', 'schema.ts']);
    expect(readFileSync(join(target, 'schema.ts'), 'utf8')).toBe('new schema\n');
    expect(readdirSync(parent)).toEqual(['generated']);
  });

  it('leaves the previous folder byte-identical and no staging folder when a file cannot be written', () => {
    const before = hashFolder(target);
    // a name in a folder that does not exist in staging makes the second write fail part-way
    const files = new Map([
      ['schema.ts', 'new schema\n'],
      ['missing-folder/x.ts', 'x\n'],
    ]);
    expect(() => writeGeneratedFolder(target, files)).toThrow();
    expect(hashFolder(target)).toBe(before);
    expect(readdirSync(parent)).toEqual(['generated']);
  });

  it('creates the folder on first generation', () => {
    rmSync(target, { recursive: true });
    writeGeneratedFolder(target, new Map([['schema.ts', 'first\n']]));
    expect(existsSync(join(target, 'schema.ts'))).toBe(true);
  });
});

describe('findStaleFiles', () => {
  it('lists changed, missing and extra files', () => {
    const stale = findStaleFiles(
      target,
      new Map([
        ['schema.ts', 'new schema\n'],
        ['operations.ts', 'ops\n'],
      ]),
    );
    expect(stale).toEqual([join(target, 'obsolete.ts'), join(target, 'operations.ts'), join(target, 'schema.ts')]);
  });

  it('is empty when the folder matches', () => {
    expect(
      findStaleFiles(
        target,
        new Map([
          ['schema.ts', 'old schema\n'],
          ['obsolete.ts', 'gone after a write\n'],
        ]),
      ),
    ).toEqual([]);
  });
});
