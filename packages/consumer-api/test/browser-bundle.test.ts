import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

describe('browser safety', () => {
  it('bundles for the browser without the Node @dtk/auth entry or Node built-ins', async () => {
    // esbuild fails on any `node:` import when the platform is the browser.
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    // The client takes a token manager by its shape: @dtk/auth is not bundled at all.
    expect(inputs.some((input) => input.includes('runtime/dist/index.js'))).toBe(true);
    expect(inputs.filter((input) => /auth\/dist\/node\//.test(input))).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/from ["']node:|require\(["']node:/);
  });
});
