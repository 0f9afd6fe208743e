import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const SECRET_HANDLING = [
  'client_secret',
  'client_assertion',
  'PRIVATE KEY',
  'ClientSecretBasic',
  'ClientSecretPost',
  'PrivateKeyJwt',
  'importPKCS8',
];

async function bundle(entry: string, platform: 'browser' | 'node'): Promise<string> {
  const result = await build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    write: false,
    format: 'esm',
    platform,
    minify: false,
    external: platform === 'node' ? ['node:*'] : [],
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => file.text).join('\n');
}

describe('browser safety of the universal entry', () => {
  it('bundles for the browser with no node: imports and no secret-handling code', async () => {
    const code = await bundle('../src/index.ts', 'browser');
    expect(code.length).toBeGreaterThan(10_000);
    expect(code).not.toMatch(/from\s*["']node:|import\(\s*["']node:|require\(\s*["']node:/);
    for (const marker of SECRET_HANDLING) expect(code, marker).not.toContain(marker);
  });

  it('the check has teeth: the Node entry does contain them', async () => {
    const code = await bundle('../src/node/index.ts', 'node');
    expect(code).toMatch(/from\s*["']node:/);
    for (const marker of ['client_secret', 'client_assertion', 'importPKCS8']) expect(code, marker).toContain(marker);
  });
});
