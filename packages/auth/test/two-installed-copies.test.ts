import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as ours from '../dist/index.js';

// An app whose dependencies bring a second copy of @dtk/auth (and of @dtk/core under it): errors thrown by one copy
// must be recognised by the other copy's guards and classes. The copy is the built package, installed in a
// node_modules tree of its own, so nothing is shared with this test's imports but the JavaScript engine.
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
let app: string;
let theirs: typeof ours;

beforeAll(async () => {
  app = await mkdtemp(join(tmpdir(), 'dtk-two-copies-'));
  const modules = join(app, 'node_modules');
  await mkdir(join(modules, '@dtk'), { recursive: true });
  for (const [name, from] of [
    ['auth', packageRoot],
    ['core', join(packageRoot, '../core')],
  ] as const) {
    const target = join(modules, '@dtk', name);
    await cp(join(from, 'dist'), join(target, 'dist'), { recursive: true });
    await cp(join(from, 'package.json'), join(target, 'package.json'));
  }
  for (const dependency of ['oauth4webapi', 'jose']) {
    await symlink(join(packageRoot, 'node_modules', dependency), join(modules, dependency), 'dir');
  }
  await writeFile(join(app, 'package.json'), '{ "type": "module" }');
  theirs = (await import(pathToFileURL(join(modules, '@dtk/auth/dist/index.js')).href)) as typeof ours;
});
afterAll(() => rm(app, { recursive: true, force: true }));

describe('two installed copies of @dtk/auth', () => {
  it('really are two copies: different classes', () => {
    expect(theirs.OAuthError).not.toBe(ours.OAuthError);
  });

  it('guards and instanceof recognise errors from the other copy, by code', () => {
    const fromTheirs = new theirs.OAuthError({ error: 'invalid_grant' });
    const fromOurs = new ours.TokenResponseError({ reason: 'timeout' }, 'x');
    expect(ours.isOAuthError(fromTheirs)).toBe(true);
    expect(ours.isAuthError(fromTheirs)).toBe(true);
    expect(fromTheirs instanceof ours.OAuthError).toBe(true);
    expect(fromTheirs instanceof ours.AuthError).toBe(true);
    expect(fromTheirs instanceof ours.TokenResponseError).toBe(false);
    expect(ours.isTokenResponseError(fromTheirs)).toBe(false);
    expect(theirs.isProviderResponseError(fromOurs)).toBe(true);
    expect(fromOurs instanceof theirs.ProviderResponseError).toBe(true);
    expect(fromOurs instanceof theirs.OAuthError).toBe(false);
    expect(fromTheirs.code).toBe(ours.ERR_DTK_AUTH_OAUTH);
  });
});
