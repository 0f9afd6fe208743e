// The documentation check finds TypeScript blocks, reports a type error at its line in the Markdown file, makes an
// opt-out give its reason, and holds a block that shows a file to that file's exact text.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkCodeBlocks, extractCodeBlocks } from '../src/docs/code-blocks.js';
import { repoRoot } from '../src/workspace.js';

const guide = `# Guide

Some prose.

\`\`\`sh
npm install something
\`\`\`

\`\`\`ts
const answer: number = 42;
console.log(answer.toFixed(1));
\`\`\`

- a list item with a block:

  \`\`\`ts
  const wrong: number = 'forty-two';
  \`\`\`

<!-- code-block: not compiled, it shows the shape of a config file that no package types -->

\`\`\`ts
this is not TypeScript at all
\`\`\`

<!-- code-block: not compiled -->
\`\`\`typescript
also skipped, but without a reason
\`\`\`

<!-- code-block: same as example.ts -->
\`\`\`ts
export const shown = 1;
export const drifted = 2;
\`\`\`
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dtk-code-blocks-'));
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'guide.md'), guide);
  writeFileSync(join(dir, 'docs', 'example.ts'), 'export const shown = 1;\nexport const drifted = 3;\n');
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ extends: join(repoRoot, 'tsconfig.base.json'), compilerOptions: { types: [] } }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('extractCodeBlocks', () => {
  it('finds the TypeScript blocks with the line of their first line of code, indented ones too', () => {
    const { blocks } = extractCodeBlocks(guide, 'guide.md');
    expect(blocks.map((block) => [block.line, block.code.split('\n')[0]])).toEqual([
      [10, 'const answer: number = 42;'],
      [17, "const wrong: number = 'forty-two';"],
      [23, 'this is not TypeScript at all'],
      [28, 'also skipped, but without a reason'],
      [33, 'export const shown = 1;'],
    ]);
    expect(blocks[2]?.skipReason).toBe('it shows the shape of a config file that no package types');
  });

  it('refuses an opt-out without a reason', () => {
    const { problems } = extractCodeBlocks(guide, 'guide.md');
    expect(problems).toEqual([
      { file: 'guide.md', line: 27, message: 'a block that is not compiled must say why: "not compiled, <reason>"' },
    ]);
  });
});

describe('checkCodeBlocks', () => {
  it('reports a type error at its Markdown line, and a block that differs from the file it shows', () => {
    const file = join(dir, 'docs', 'guide.md');
    const problems = checkCodeBlocks([file], { resolveFrom: dir });
    expect(problems).toEqual([
      {
        file,
        line: 17,
        message: "TS2322 (column 9): Type 'string' is not assignable to type 'number'.",
      },
      { file, line: 27, message: expect.stringMatching(/must say why/) },
      {
        file,
        line: 34,
        message: `differs from ${join(dir, 'docs', 'example.ts')} at its line 2: copy the file into the block again`,
      },
    ]);
  });
});
