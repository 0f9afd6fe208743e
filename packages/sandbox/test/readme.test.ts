import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

describe('the README', () => {
  it('shows exactly the vitest example that test/readme-example.test.ts runs', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const example = await readFile(new URL('./readme-example.test.ts', import.meta.url), 'utf8');
    const marker = readme.indexOf('<!-- example: test/readme-example.test.ts');
    expect(marker).toBeGreaterThan(0);
    const block = /```ts\n([\s\S]*?)```/.exec(readme.slice(marker))?.[1];
    expect(block).toBe(example);
  });

  it('documents every default client and every option', async () => {
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    for (const name of ['consumerWebApp', 'consumerPublicApp', 'adminCli', 'adminJob', 'entityManagementJob'])
      expect(readme).toContain(`\`${name}\``);
    for (const option of [
      'ports',
      'seed',
      'users',
      'password',
      'clients',
      'redirectUris',
      'faults',
      'aggregation',
      'accessTokenTtlSeconds',
      'dataDate',
      'apis',
    ])
      expect(readme).toContain(`\`${option}\``);
  });
});
