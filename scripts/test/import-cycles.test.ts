import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findCycles, importCycles } from '../src/checks/import-cycles.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A throw-away package with the given `src/` files. */
function packageWith(files: Record<string, string>): { root: string; src: string } {
  const root = mkdtempSync(join(tmpdir(), 'import-cycles-'));
  roots.push(root);
  const src = join(root, 'src');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(src, name, '..'), { recursive: true });
    writeFileSync(join(src, name), text);
  }
  return { root, src };
}

describe('import cycle check', () => {
  it('finds a cycle closed by a type-only import, and names its files in order', () => {
    const { root, src } = packageWith({
      'task-events.ts': "import { MalformedError } from './errors.js';\nexport type Event = { type: string };\n",
      'errors.ts': "import type { Event } from './task-events.js';\nexport class MalformedError extends Error {}\n",
      'index.ts': "export * from './errors.js';\nexport * from './task-events.js';\n",
    });
    expect(importCycles(root, [src])).toEqual([['src/errors.ts', 'src/task-events.ts', 'src/errors.ts']]);
  });

  it('follows re-exports, directory indexes and dynamic imports', () => {
    const { root, src } = packageWith({
      'a.ts': "export { b } from './nested';\n",
      'nested/index.ts': "export const b = () => import('../c.js');\n",
      'c.ts': "import '../src/a.js';\n",
    });
    expect(importCycles(root, [src])).toEqual([['src/a.ts', 'src/nested/index.ts', 'src/c.ts', 'src/a.ts']]);
  });

  it('passes a graph that only flows one way, and ignores package imports', () => {
    const { root, src } = packageWith({
      'index.ts': "export * from './client.js';\nimport '@dtk/core';\n",
      'client.ts': "import { helper } from './helper.js';\nexport const client = helper;\n",
      'helper.ts': "import { something } from 'client';\nexport const helper = something;\n",
    });
    expect(importCycles(root, [src])).toEqual([]);
  });

  it('reports a file that imports itself, and each separate cycle once', () => {
    const graph = new Map([
      ['self', ['self']],
      ['a', ['b']],
      ['b', ['c', 'a']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(findCycles(graph)).toEqual([
      ['self', 'self'],
      ['a', 'b', 'a'],
    ]);
  });
});
