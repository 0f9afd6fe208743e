// A release, end to end, as other teams meet it: every package published with `changeset publish` to a Verdaccio
// registry on 127.0.0.1; an application outside the workspace installs @dtk/consumer-api and @dtk/auth with npm,
// type-checks against them (moduleResolution nodenext and bundler) and calls a loopback server. Then a spec change
// goes through `spec:diff --write` → `changeset version` → publish twice: a new operation (a patch release at 0.x)
// that the application sees typed, and a removed operation (a minor release at 0.x, "Breaking:") that its caret
// range does not pick up and that fails its compile where it used what was removed.
// The workspace is a copy (with a git history of its own), so the repository is never touched.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { type Registry, startRegistry } from './registry.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const consumerSources = fileURLToPath(new URL('../consumer/', import.meta.url));
const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
const root = mkdtempSync(join(tmpdir(), 'dtk-release-'));
const workspace = join(root, 'workspace');
const consumer = join(root, 'consumer');

let registry: Registry;

/** How long each phase took, printed when the test ends (the release test has a time budget of 3 minutes). */
const phases: { name: string; ms: number }[] = [];
async function phase<T>(name: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    phases.push({ name, ms: performance.now() - started });
  }
}

/**
 * The environment without the npm_config_* variables of the pnpm run that started this test (they would send
 * publishes to the registry pnpm was configured with): each project's .npmrc decides.
 */
const environment = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(npm|pnpm)_(config|package|lifecycle)_/i.test(name)),
  ),
  // Tarballs are cached by content, so a cache kept between runs is safe: packuments are cached by URL, and the
  // registry listens on a new port every run, so no @dtk/* metadata of an earlier run is ever reused.
  npm_config_cache: join(repoRoot, 'node_modules', '.cache', 'release-tests', 'npm-cache'),
  npm_config_prefer_offline: 'true',
  npm_config_update_notifier: 'false',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  CI: 'true',
  NO_COLOR: '1',
  TURBO_TELEMETRY_DISABLED: '1',
};

// Commands run asynchronously: the registry answers from this same process.
async function run(cwd: string, command: string, args: readonly string[]): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(command, [...args], {
      cwd,
      encoding: 'utf8',
      env: environment,
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    throw new Error(`${command} ${args.join(' ')} exited ${failed.code}\n${failed.stdout}\n${failed.stderr}`);
  }
}

/** Runs a command that is expected to fail; returns its output. */
async function runFailing(cwd: string, command: string, args: readonly string[]): Promise<string> {
  try {
    await promisify(execFile)(command, [...args], { cwd, encoding: 'utf8', env: environment });
  } catch (error) {
    const failed = error as { stdout: string; stderr: string };
    return `${failed.stdout}${failed.stderr}`;
  }
  throw new Error(`${command} ${args.join(' ')} succeeded`);
}

const git = (...args: string[]): Promise<string> =>
  run(workspace, 'git', [
    '-c',
    'user.name=Release Test',
    '-c',
    'user.email=release@test.invalid',
    '-c',
    'commit.gpgsign=false',
    ...args,
  ]);
const pnpm = (...args: string[]): Promise<string> => run(workspace, 'pnpm', args);
const npm = (...args: string[]): Promise<string> =>
  run(consumer, 'npm', [...args, '--no-audit', '--no-fund', '--loglevel=error']);

/** The files git knows (committed or not) and the built dist folders: the workspace as it is, without node_modules. */
function copyWorkspace(): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  }).split('\0');
  for (const file of files.filter((name) => name && existsSync(join(repoRoot, name)))) {
    mkdirSync(dirname(join(workspace, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(workspace, file));
  }
  // What is already released is the baseline: changesets still pending in the repository are not part of this story.
  for (const file of readdirSync(join(workspace, '.changeset'))) {
    if (file.endsWith('.md') && file !== 'README.md') rmSync(join(workspace, '.changeset', file));
  }
  for (const folder of readdirSync(join(repoRoot, 'packages'))) {
    const dist = join(repoRoot, 'packages', folder, 'dist');
    if (!existsSync(dist)) continue;
    cpSync(dist, join(workspace, 'packages', folder, 'dist'), { recursive: true });
  }
  // the compiled pipeline, copied after its sources (so newer than them), so `pnpm generate` does not compile it again
  cpSync(join(repoRoot, 'scripts', 'dist'), join(workspace, 'scripts', 'dist'), { recursive: true });
}

const installedVersion = (name: string): string =>
  (JSON.parse(readFileSync(join(consumer, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

const packageVersion = (folder: string): string =>
  (JSON.parse(readFileSync(join(workspace, 'packages', folder, 'package.json'), 'utf8')) as { version: string })
    .version;

async function packument(
  name: string,
): Promise<{ versions: Record<string, Record<string, unknown>>; 'dist-tags': Record<string, string> }> {
  const response = await fetch(`${registry.url}${name.replace('/', '%2f')}`);
  expect(response.status).toBe(200);
  return (await response.json()) as {
    versions: Record<string, Record<string, unknown>>;
    'dist-tags': Record<string, string>;
  };
}

/** Publishes what `changeset version` left unpublished, the way `pnpm release` does (minus the build). */
function publish(): Promise<string> {
  return pnpm('changeset', 'publish', '--no-git-tag');
}

/**
 * The application's compiles are incremental (each tsconfig keeps a build-info file): after an upgrade, TypeScript
 * re-checks what the new package versions affect and reuses its results for the unchanged lib and @types files,
 * which with `skipLibCheck: false` are most of the work; errors are reported again either way.
 */
async function typecheck(project: string): Promise<void> {
  await run(consumer, tsc, ['-p', project]);
}

describe('a release, from the workspace to an outside application', () => {
  beforeAll(async () => {
    registry = await phase('start Verdaccio', () => startRegistry(join(root, 'registry')));
    await phase('copy the workspace', copyWorkspace);
    writeFileSync(join(workspace, '.npmrc'), registry.npmrc);
    await git('init', '-q', '-b', 'main');
    await phase('git add (released state)', () => git('add', '-A'));
    await phase('git commit (released state)', () => git('commit', '-q', '-m', 'released state'));
    await git('checkout', '-q', '-b', 'spec-update');
    await phase('pnpm install --offline in the copy', () =>
      pnpm('install', '--offline', '--frozen-lockfile', '--reporter=silent'),
    );

    mkdirSync(consumer);
    for (const file of readdirSync(consumerSources)) cpSync(join(consumerSources, file), join(consumer, file));
    writeFileSync(join(consumer, '.npmrc'), `registry=${registry.url}\n`);
    writeFileSync(
      join(consumer, 'package.json'),
      `${JSON.stringify(
        {
          name: 'outside-app',
          private: true,
          type: 'module',
          devDependencies: { '@types/node': '20.19.43' },
        },
        null,
        2,
      )}\n`,
    );
  });

  afterAll(async () => {
    const total = phases.reduce((sum, { ms }) => sum + ms, 0);
    process.stderr.write(
      `release test phases (${(total / 1000).toFixed(1)} s in all):\n${phases
        .map(({ name, ms }) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${name}`)
        .join('\n')}\n`,
    );
    await registry?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('publishes every package with changeset publish, manifests fit for installing', async () => {
    const output = await phase('changeset publish: every package 0.1.0', () => publish());
    const published = readdirSync(join(workspace, 'packages'))
      .map(
        (folder) =>
          JSON.parse(readFileSync(join(workspace, 'packages', folder, 'package.json'), 'utf8')) as {
            name: string;
            private?: boolean;
          },
      )
      .filter((manifest) => !manifest.private)
      .map((manifest) => manifest.name);
    expect(published.length).toBeGreaterThanOrEqual(8);
    for (const name of published) {
      expect(output).toContain(name);
      const { versions } = await packument(name);
      const manifest = versions['0.1.0'];
      expect(manifest).toBeDefined();
      expect(manifest?.['devDependencies']).toBeUndefined();
      expect(JSON.stringify(manifest)).not.toMatch(/workspace:|@dtk\/(testkit|scripts|release-tests)/);
    }
    const client = (await packument('@dtk/consumer-api')).versions['0.1.0'] as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
    };
    expect(client.dependencies['@dtk/consumer-api-types']).toBe('^0.1.0');
    expect(client.peerDependencies['openapi-fetch']).toMatch(/^\^0\.\d+\.\d+/);
  });

  it('an outside application installs with npm, type-checks strictly (nodenext and bundler) and calls a loopback server', async () => {
    await phase('npm install in the outside app', () => npm('install', '@dtk/consumer-api@^0.1.0', '@dtk/auth@^0.1.0'));
    expect(installedVersion('@dtk/consumer-api')).toBe('0.1.0');
    expect(existsSync(join(consumer, 'node_modules', 'openapi-fetch', 'package.json'))).toBe(true);
    await phase('tsc (bundler)', () => typecheck('tsconfig.bundler.json'));
    await phase('tsc (nodenext, emits the app)', () => typecheck('tsconfig.nodenext.json'));
    const output = await phase('run the app against a loopback server', () =>
      run(consumer, process.execPath, ['dist/app.js']),
    );
    expect(JSON.parse(output)).toEqual({ name: 'Garden Financial', scopes: ['openid', 'openid'], challengeLength: 43 });
  });

  it('a new operation is classified minor, released as a patch, and typed for the application', async () => {
    const institutions = parse(
      readFileSync(join(workspace, 'specs', 'consumer-api', 'institutions.yaml'), 'utf8'),
    ) as Record<string, any>;
    writeFileSync(join(workspace, 'specs', 'consumer-api', 'statements.yaml'), stringify(statementsSpec(institutions)));
    await phase('generate consumer-api (new operation)', () => pnpm('generate', 'consumer-api'));
    const diff = await phase('spec:diff --write (new operation)', () => pnpm('spec:diff', '--write'));
    expect(diff).toContain('consumer-api: minor since merge-base with main');
    expect(diff).toMatch(
      /minor +listStatements +New operation `GET \/users\/\{userId\}\/statements`\. \[operation-added\]/,
    );
    await phase('changeset version (patch)', () => pnpm('changeset', 'version'));
    expect(packageVersion('consumer-api-types')).toBe('0.1.1');
    expect(packageVersion('consumer-api')).toBe('0.1.1');
    const changelog = readFileSync(join(workspace, 'packages', 'consumer-api-types', 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 0.1.1');
    expect(changelog).toContain(
      '- the consumer-api description changed (1 new or widened, 1 documentation; rated minor by `pnpm spec:diff`).',
    );
    expect(changelog).toContain(
      '- minor `listStatements`: New operation `GET /users/{userId}/statements`. [operation-added]',
    );
    await phase('build the two packages (patch)', () =>
      pnpm('--filter', '@dtk/consumer-api-types', '--filter', '@dtk/consumer-api', 'run', 'build'),
    );
    await phase('changeset publish (patch)', () => publish());
    expect((await packument('@dtk/consumer-api'))['dist-tags']['latest']).toBe('0.1.1');

    // without the release the new operation does not exist for the application ...
    writeFileSync(
      join(consumer, 'tsconfig.statements.json'),
      JSON.stringify({
        extends: './tsconfig.bundler.json',
        compilerOptions: { tsBuildInfoFile: '.tsbuild/statements.tsbuildinfo' },
        files: ['statements.ts'],
      }),
    );
    const before = await phase('tsc before the upgrade (fails)', () =>
      runFailing(consumer, tsc, ['-p', 'tsconfig.statements.json']),
    );
    expect(before).toContain('/users/{userId}/statements');
    // ... and its caret range picks the release up, typed
    await phase('npm update (patch)', () => npm('update', '@dtk/consumer-api'));
    expect(installedVersion('@dtk/consumer-api')).toBe('0.1.1');
    await phase('tsc (statements)', () => typecheck('tsconfig.statements.json'));
    await phase('tsc (nodenext) after the patch', () => typecheck('tsconfig.nodenext.json'));
  });

  it('a removed operation is classified major, released as a 0.x minor that caret ranges do not take, and breaks the compile where it was used', async () => {
    await git('add', '-A');
    await git('commit', '-q', '-m', 'statements released');
    await git('branch', '-f', 'main', 'HEAD');
    rmSync(join(workspace, 'specs', 'consumer-api', 'institutions.yaml'));
    await phase('generate consumer-api (removed operation)', () => pnpm('generate', 'consumer-api'));
    const diff = await phase('spec:diff --write (removed operation)', () => pnpm('spec:diff', '--write'));
    expect(diff).toMatch(
      /^consumer-api: major since merge-base with main \(\w+\) \(@dtk\/consumer-api-types@0\.1\.1 → minor, @dtk\/consumer-api@0\.1\.1 → minor\)$/m,
    );
    expect(diff).toMatch(
      /major +getUserInstitution +Operation `GET \/users\/\{userId\}\/institutions\/\{institutionId\}` was removed with its path\. \[path-removed\]/,
    );
    await phase('changeset version (0.x minor)', () => pnpm('changeset', 'version'));
    expect(packageVersion('consumer-api-types')).toBe('0.2.0');
    expect(packageVersion('consumer-api')).toBe('0.2.0');
    const changelog = readFileSync(join(workspace, 'packages', 'consumer-api', 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## 0.2.0');
    expect(changelog).toContain('Breaking: the consumer-api description changed');
    expect(changelog).toContain(
      '- major `getUserInstitution`: Operation `GET /users/{userId}/institutions/{institutionId}` was removed with its path. [path-removed]',
    );
    await phase('build the two packages (0.x minor)', () =>
      pnpm('--filter', '@dtk/consumer-api-types', '--filter', '@dtk/consumer-api', 'run', 'build'),
    );
    await phase('changeset publish (0.x minor)', () => publish());
    expect((await packument('@dtk/consumer-api'))['dist-tags']['latest']).toBe('0.2.0');

    // ^0.1.0 never takes a 0.x minor: the application keeps building on 0.1.1
    await phase('npm update (keeps 0.1.1)', () => npm('update', '@dtk/consumer-api'));
    expect(installedVersion('@dtk/consumer-api')).toBe('0.1.1');
    await phase('tsc (nodenext) on 0.1.1', () => typecheck('tsconfig.nodenext.json'));
    // upgrading on purpose shows exactly where it used what was removed
    await phase('npm install ^0.2.0', () => npm('install', '@dtk/consumer-api@^0.2.0'));
    expect(installedVersion('@dtk/consumer-api')).toBe('0.2.0');
    const errors = await phase('tsc on 0.2.0 (fails)', () =>
      runFailing(consumer, tsc, ['-p', 'tsconfig.nodenext.json']),
    );
    expect(errors).toMatch(/app\.ts\(\d+,\d+\): error TS\d+: .*getUserInstitution/);
    expect(errors).toMatch(/app\.ts\(\d+,\d+\): error TS\d+: .*\/users\/\{userId\}\/institutions\/\{institutionId\}/);
  });
});

/** A new resource file in the house style: one operation listing the user's statements. */
function statementsSpec(institutions: Record<string, any>): Record<string, unknown> {
  return {
    openapi: institutions['openapi'],
    info: {
      title: 'Statements',
      version: institutions['info']['version'],
      description: 'Account statements (modeled for the release test).',
    },
    servers: institutions['servers'],
    tags: [{ name: 'Statements', description: "The user's account statements." }],
    paths: {
      '/users/{userId}/statements': {
        get: {
          operationId: 'listStatements',
          'x-source': 'modeled: an operation added for the release test',
          tags: ['Statements'],
          summary: "List the user's statements",
          security: [{ OpenID_Connect: ['openid'] }],
          parameters: [{ $ref: '#/components/parameters/UserId' }],
          responses: {
            '200': {
              description: "The user's statements.",
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['statements'],
                    properties: {
                      statements: {
                        type: 'array',
                        items: {
                          type: 'object',
                          required: ['id'],
                          properties: { id: { type: 'string' }, month: { type: 'string' } },
                        },
                      },
                    },
                  },
                  example: { statements: [{ id: 'st-2026-01', month: '2026-01' }] },
                },
              },
            },
            '401': { description: 'The access token is missing, invalid or expired.' },
          },
        },
      },
    },
    components: {
      securitySchemes: institutions['components']['securitySchemes'],
      parameters: { UserId: institutions['components']['parameters']['UserId'] },
    },
  };
}
