// `pnpm new-api` registers the new API with the sandbox: in a temp copy of the workspace (with the sandbox's real
// served-apis.ts and package.json), a scaffolded and generated API is imported by served-apis.ts, depends from the
// sandbox's package.json, is laid out as the formatter wants, and is then served by the real sandbox: routed,
// its scopes known to the provider and enforced, its answers valid against its description.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate/generate.js';
import { NewApiError, newApi } from '../src/scaffold/new-api.js';
import { ENTRIES_MARKER } from '../src/scaffold/sandbox-registration.js';
import { resolveWorkspace, type Workspace } from '../src/workspace.js';
import { createFixtureWorkspace, type FixtureWorkspace, fixturesDir, repoRoot, snapshot } from './helpers.js';

const realSandbox = join(repoRoot, 'packages', 'sandbox');
let fixture: FixtureWorkspace;
let workspace: Workspace;
let fixtureSandbox: string;

beforeAll(() => {
  fixture = createFixtureWorkspace();
  workspace = resolveWorkspace(fixture);
  fixtureSandbox = join(fixture.packagesRoot, 'sandbox');
  mkdirSync(join(fixtureSandbox, 'src'), { recursive: true });
  cpSync(join(realSandbox, 'src', 'served-apis.ts'), join(fixtureSandbox, 'src', 'served-apis.ts'));
  cpSync(join(realSandbox, 'package.json'), join(fixtureSandbox, 'package.json'));
});

afterAll(() => fixture.remove());

/** What Biome (the formatter and linter of record) makes of a file: unchanged means it is laid out and ordered right. */
function biomeOutput(relativePath: string, text: string): string {
  return execFileSync(
    join(repoRoot, 'node_modules', '.bin', 'biome'),
    ['check', '--write', `--stdin-file-path=${relativePath}`],
    {
      cwd: repoRoot,
      input: text,
      encoding: 'utf8',
    },
  );
}

/**
 * The fixture's served-apis.ts with the real sandbox's source, bundled from TypeScript: `@dtk/<api>-types` resolve to
 * the fixture's generated packages (or the repository's), third-party packages stay external and resolve from the
 * sandbox's own node_modules, where the bundle is written.
 */
async function loadSandboxWithFixtureApis() {
  const typesPackages: Plugin = {
    name: 'workspace-types-packages',
    setup(plugin) {
      plugin.onResolve({ filter: /^[^./]/ }, ({ path }) => {
        const match = /^@dtk\/([a-z0-9-]+-types)(\/openapi\.json)?$/.exec(path);
        if (!match) return { external: true };
        const [, folder, json] = match;
        const inFixture = join(fixture.packagesRoot, folder ?? '');
        const dir = readdirHas(fixture.packagesRoot, folder ?? '')
          ? inFixture
          : join(repoRoot, 'packages', folder ?? '');
        return { path: json ? join(dir, 'src', 'generated', 'openapi.json') : join(dir, 'src', 'index.ts') };
      });
    },
  };
  const scratch = join(realSandbox, 'node_modules', '.cache');
  mkdirSync(scratch, { recursive: true });
  const outDir = mkdtempSync(join(scratch, 'new-api-'));
  const outfile = join(outDir, 'sandbox.mjs');
  try {
    await build({
      stdin: {
        contents: [
          `export { startSandbox } from ${JSON.stringify(join(realSandbox, 'src', 'sandbox.ts'))};`,
          `export { servedApis } from ${JSON.stringify(join(fixtureSandbox, 'src', 'served-apis.ts'))};`,
        ].join('\n'),
        resolveDir: fixture.root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      outfile,
      plugins: [typesPackages],
      logLevel: 'silent',
    });
    return (await import(pathToFileURL(outfile).href)) as typeof import('../../packages/sandbox/src/index.js');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

const readdirHas = (dir: string, name: string) => {
  try {
    return readFileSync(join(dir, name, 'package.json'), 'utf8').length > 0;
  } catch {
    return false;
  }
};

describe('new-api registers the API with the sandbox', () => {
  it('adds the import pair and the entry to served-apis.ts and the types package to the dependencies', () => {
    const created = newApi(workspace, 'deposit-api', { title: 'Deposit API' });
    expect(created.slice(-2)).toEqual([
      'packages/sandbox/src/served-apis.ts (deposit-api)',
      'packages/sandbox/package.json (@dtk/deposit-api-types)',
    ]);
    const servedApis = readFileSync(join(fixtureSandbox, 'src', 'served-apis.ts'), 'utf8');
    expect(servedApis).toContain("import * as depositApiMaps from '@dtk/deposit-api-types';\n");
    expect(servedApis).toContain(
      "import depositApiDescription from '@dtk/deposit-api-types/openapi.json' with { type: 'json' };\n",
    );
    expect(servedApis).toMatch(
      new RegExp(
        `\\{\\n {4}name: 'deposit-api',\\n {4}description: depositApiDescription,\\n {4}maps: depositApiMaps,\\n[^\\n]*\\n {2}\\},\\n {2}${ENTRIES_MARKER}\\n`,
      ),
    );
    const manifest = JSON.parse(readFileSync(join(fixtureSandbox, 'package.json'), 'utf8'));
    expect(manifest.dependencies['@dtk/deposit-api-types']).toBe('workspace:^');
    expect(Object.keys(manifest.dependencies)).toEqual(Object.keys(manifest.dependencies).sort());
  });

  it('writes what the formatter and import order rules accept as they are', () => {
    for (const file of ['src/served-apis.ts', 'package.json']) {
      const text = readFileSync(join(fixtureSandbox, file), 'utf8');
      expect(biomeOutput(`packages/sandbox/${file}`, text), file).toBe(text);
    }
  });

  it('registers once: running again changes nothing', () => {
    const before = snapshot(fixture.root);
    expect(newApi(workspace, 'deposit-api')).toEqual([]);
    expect(snapshot(fixture.root)).toEqual(before);
  });

  it('refuses a served-apis.ts without its markers, writing nothing', () => {
    const path = join(fixtureSandbox, 'src', 'served-apis.ts');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace(ENTRIES_MARKER, '// entries'));
    try {
      const before = snapshot(fixture.root);
      expect(() => newApi(workspace, 'ledger-api')).toThrow(NewApiError);
      expect(() => newApi(workspace, 'ledger-api')).toThrow(/served-apis\.ts lacks its "\/\/ new-api: imports"/);
      expect(snapshot(fixture.root)).toEqual(before);
    } finally {
      writeFileSync(path, original);
    }
  });

  it('is then served by the sandbox: routed, its scopes enforced, its answers valid', async () => {
    cpSync(join(fixturesDir, 'specs', 'sample-api'), join(workspace.specsRoot, 'deposit-api'), { recursive: true });
    const result = await generate(['deposit-api'], workspace);
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);

    const { servedApis, startSandbox } = await loadSandboxWithFixtureApis();
    expect(servedApis.map((api) => api.name)).toEqual([
      'consumer-api',
      'admin-api',
      'entity-management',
      'deposit-api',
    ]);
    const sandbox = await startSandbox({ apis: servedApis });
    try {
      const served = sandbox.apis['deposit-api'];
      expect(served?.baseUrl).toBe(sandbox.consumer.origin);
      const [user] = sandbox.users;
      const url = `${served?.baseUrl}/a/sample/api/v0/users/${user?.userId}/accounts`;
      const get = (token?: string) =>
        fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} }).then(async (response) => ({
          status: response.status,
          body: await response.text(),
        }));
      expect((await get()).status).toBe(401);
      const withoutScope = await sandbox.tokens.consumer({ scope: ['openid'] });
      expect((await get(withoutScope.accessToken)).status).toBe(403);
      const reader = await sandbox.tokens.consumer({ scope: ['openid', 'accounts:read'] });
      const answer = await get(reader.accessToken);
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toHaveProperty('accounts');
      expect(served?.mock.served()).toContain('getAccounts');
      expect(sandbox.responseProblems()).toEqual([]);
    } finally {
      await sandbox.stop();
    }
  });
});
