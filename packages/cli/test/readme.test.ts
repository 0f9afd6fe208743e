// The README shows code that compiles (test/readme-example.ts is type-checked with the tests) and documents every
// exit code, command and environment variable there is.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EXIT_CODES } from '../src/index.js';

const readme = () => readFile(new URL('../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('shows exactly the code of test/readme-example.ts', async () => {
    const text = await readme();
    const example = await readFile(new URL('./readme-example.ts', import.meta.url), 'utf8');
    const block = /## From code\n\n```ts\n([\s\S]*?)```/.exec(text)?.[1];
    expect(block).toBe(example);
  });

  it('has a row for every exit code', async () => {
    const text = await readme();
    for (const code of Object.values(EXIT_CODES)) expect(text).toMatch(new RegExp(`^\\| ${code} +\\|`, 'm'));
  });

  it('documents every DTK_ environment variable the sources read', async () => {
    const text = await readme();
    const sources = ['settings.ts', 'config-file.ts', 'browser.ts'].map((file) =>
      readFile(new URL(`../src/${file}`, import.meta.url), 'utf8'),
    );
    const names = new Set((await Promise.all(sources)).join('\n').match(/\bDTK_[A-Z_]+\b/g));
    expect(names.size).toBeGreaterThan(10);
    for (const name of names) expect(text, name).toContain(`\`${name}\``);
  });
});
