// `dtk login` as a confidential client at the Admin provider (the command-line flow of Jack Henry's Admin API
// quickstart): the secret from DTK_CLIENT_SECRET sent as client_secret_post, a staff user signing in, revocation
// authenticated the same way; and Ctrl-C while waiting for the browser.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Sandbox } from '@dtk/sandbox';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { configDirectory, freePort, killLeftovers, runDtk, sandboxForDtk, startDtk } from './support/dtk.js';

const SECRET = 'dtk-admin-cli-secret-4f1d9b7a2c6e8035';
let sandbox: Sandbox;
let adminRedirectUri: string;
let home: Awaited<ReturnType<typeof configDirectory>>;
let env: Record<string, string>;
let flags: string[];

beforeAll(async () => {
  adminRedirectUri = `http://127.0.0.1:${await freePort()}/callback`;
  ({ sandbox } = await sandboxForDtk({
    clients: [
      {
        provider: 'admin',
        clientId: 'dtk-admin-cli',
        clientSecret: SECRET,
        tokenEndpointAuthMethod: 'client_secret_post',
        redirectUris: [adminRedirectUri],
      },
    ],
  }));
  home = await configDirectory();
  env = { DTK_CONFIG_DIR: home.path, DTK_CLIENT_SECRET: SECRET };
  flags = ['--issuer', sandbox.admin.issuer, '--client-id', 'dtk-admin-cli', '--redirect-uri', adminRedirectUri];
});
afterEach(killLeftovers);
afterAll(async () => {
  await sandbox?.stop();
  await home?.remove();
});

const URL_LINE = /^ {2}(http:\/\/\S+\/auth\?\S+)$/m;

it('signs a staff user in with client_secret_post, and never shows the secret', async () => {
  const run = startDtk(['login', '--no-browser', '--profile', 'admin', ...flags], env);
  const [, url] = await run.waitForStderr(URL_LINE);
  expect(new URL(url as string).searchParams.get('scope')).toBe('openid');
  await fetch(await sandbox.admin.login(url as string));
  expect(await run.exit).toBe(0);
  const { stdout, stderr } = run.output();
  expect(stdout).toBe(`✓ Signed in as ${sandbox.admins[0]?.userId} (profile "admin", ${sandbox.admin.issuer})\n`);
  expect(stdout + stderr).not.toContain(SECRET);
  // The secret is not written anywhere dtk keeps files.
  expect(await readFile(join(home.path, 'config.json'), 'utf8')).not.toContain(SECRET);
  expect(await readFile(join(home.path, 'tokens.json'), 'utf8')).not.toContain(SECRET);
});

it('without DTK_CLIENT_SECRET the saved confidential profile is refused before anything is sent: exit 3', async () => {
  const config = JSON.parse(await readFile(join(home.path, 'config.json'), 'utf8'));
  expect(config.profiles.admin.clientAuthMethod).toBe('client_secret_post');
  const before = await readFile(join(home.path, 'tokens.json'));
  const result = await runDtk(['login', '--no-browser', '--profile', 'admin'], { DTK_CONFIG_DIR: home.path });
  expect(result.code).toBe(3);
  expect(result.stderr).toContain('uses client_secret_post, but DTK_CLIENT_SECRET is not set');
  expect(result.stderr).not.toContain('Open this URL');
  expect(await readFile(join(home.path, 'tokens.json'))).toEqual(before);
});

it('a wrong DTK_CLIENT_SECRET: the token endpoint refuses the client, exit 4, session kept', async () => {
  const before = await readFile(join(home.path, 'tokens.json'));
  const wrong = 'not-the-secret-0123456789abcdef';
  const run = startDtk(['login', '--no-browser', '--profile', 'admin'], { ...env, DTK_CLIENT_SECRET: wrong });
  const [, url] = await run.waitForStderr(URL_LINE);
  await fetch(await sandbox.admin.login(url as string));
  expect(await run.exit).toBe(4);
  expect(run.output().stderr).toContain('invalid_client');
  expect(run.output().stderr).not.toContain(wrong);
  expect(await readFile(join(home.path, 'tokens.json'))).toEqual(before);
});

it('logout revokes with the client authenticated, then deletes', async () => {
  const stored = JSON.parse(await readFile(join(home.path, 'tokens.json'), 'utf8')).tokens.admin;
  const me = () => fetch(`${sandbox.admin.issuer}/me`, { headers: { authorization: `Bearer ${stored.accessToken}` } });
  expect((await me()).status).toBe(200);
  const result = await runDtk(['logout', '--profile', 'admin'], env);
  expect(result.code).toBe(0);
  expect((await me()).status).toBe(401);
});

it('Ctrl-C while waiting for the browser: exit 130, the port released at once', async () => {
  const run = startDtk(['login', '--no-browser', '--profile', 'admin', ...flags], env);
  await run.waitForStderr(/Waiting for the sign-in/);
  run.child.kill('SIGINT');
  expect(await run.exit).toBe(130);
  expect(run.output().stderr).toContain('dtk: interrupted');
  // The loopback listener is closed: the registered port can be taken again.
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(new URL(adminRedirectUri).port), '127.0.0.1', resolve);
  });
  await new Promise((resolve) => server.close(resolve));
});
