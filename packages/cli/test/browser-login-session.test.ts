// The whole session through the built binary against the sandbox's Consumer provider: login (browser step played
// over HTTP), status, token, renewal, logout with revocation; what is printed, in text and in JSON; file modes.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Sandbox } from '@dtk/sandbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTHORIZATION_URL,
  completeBrowserStep,
  configDirectory,
  killLeftovers,
  loginThroughSandbox,
  runDtk,
  sandboxForDtk,
  startDtk,
} from './support/dtk.js';

const OFFLINE = 'https://api.banno.com/consumer/auth/offline_access';
let sandbox: Sandbox;
let loginFlags: string[];
let redirectUri: string;
let home: Awaited<ReturnType<typeof configDirectory>>;
let env: Record<string, string>;

beforeAll(async () => {
  ({ sandbox, loginFlags, redirectUri } = await sandboxForDtk());
  home = await configDirectory();
  env = { DTK_CONFIG_DIR: home.path };
});
afterEach(killLeftovers);
afterAll(async () => {
  await sandbox?.stop();
  await home?.remove();
});

const tokenFile = () => join(home.path, 'tokens.json');
const storedSession = async (profile = 'default') =>
  JSON.parse(await readFile(tokenFile(), 'utf8')).tokens[profile] as Record<string, unknown> & {
    accessToken: string;
    refreshToken?: string;
    expiresAt: number;
    tokenType: string;
  };
const consumerCall = (accessToken: string) =>
  fetch(`${sandbox.consumer.issuer}/me`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });

describe('dtk login', () => {
  it('prints the URL, receives the redirect on the loopback URI, stores the tokens 0600 and saves the profile', async () => {
    const result = await loginThroughSandbox(sandbox, loginFlags, env);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Open this URL in a browser to sign in:');
    expect(result.stderr).toContain(`Waiting for the sign-in on ${redirectUri}`);
    expect(result.stdout).toBe(
      `✓ Signed in as ${sandbox.users[0]?.userId} (profile "default", ${sandbox.consumer.issuer})\n`,
    );
    expect(result.page.status).toBe(200);
    expect(await result.page.text()).toContain('Sign-in received');

    expect((await stat(tokenFile())).mode & 0o777).toBe(0o600);
    expect((await stat(join(home.path, 'config.json'))).mode & 0o777).toBe(0o600);
    const session = await storedSession();
    expect(session.scope).toBe(`openid ${OFFLINE}`);
    expect(session.refreshToken).toEqual(expect.any(String));
    expect((await consumerCall(session.accessToken)).status).toBe(200);
    // The client settings the login used are saved, so later commands need no flags.
    expect(JSON.parse(await readFile(join(home.path, 'config.json'), 'utf8'))).toEqual({
      profiles: { default: { issuer: sandbox.consumer.issuer, clientId: 'dtk-cli', redirectUri } },
    });
    // No token value reaches the terminal.
    expect(result.stdout + result.stderr).not.toContain(session.accessToken);
    expect(result.stdout + result.stderr).not.toContain(session.refreshToken);
  });

  it('keeps a profile another dtk process saved while this login waited for the browser', async () => {
    const own = await configDirectory();
    try {
      const ownEnv = { DTK_CONFIG_DIR: own.path };
      const configFile = join(own.path, 'config.json');
      const before = { profiles: { kept: { issuer: sandbox.consumer.issuer, clientId: 'kept-client' } } };
      await writeFile(configFile, JSON.stringify(before), { mode: 0o600 });
      const run = startDtk(['login', '--no-browser', ...loginFlags, '--profile', 'waiting'], ownEnv);
      const [url] = await run.waitForStderr(AUTHORIZATION_URL);
      // Meanwhile another dtk process (here: a write as it would make one) saves a profile of its own.
      const other = { issuer: sandbox.consumer.issuer, clientId: 'other-client' };
      await writeFile(configFile, JSON.stringify({ profiles: { ...before.profiles, other } }), { mode: 0o600 });
      await completeBrowserStep(sandbox, url ?? '');
      expect(await run.exit).toBe(0);
      expect(JSON.parse(await readFile(configFile, 'utf8'))).toEqual({
        profiles: {
          kept: before.profiles.kept,
          other,
          waiting: { issuer: sandbox.consumer.issuer, clientId: 'dtk-cli', redirectUri },
        },
      });
      await expect(stat(`${configFile}.lock`)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await own.remove();
    }
  });

  it('--json prints the session summary, never a token', async () => {
    const result = await loginThroughSandbox(sandbox, [...loginFlags, '--profile', 'json-login', '--json'], env);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary).toEqual({
      profile: 'json-login',
      signedIn: true,
      issuer: sandbox.consumer.issuer,
      clientId: 'dtk-cli',
      subject: sandbox.users[0]?.userId,
      scopes: ['openid', OFFLINE],
      accessTokenExpiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      accessTokenExpired: false,
      hasRefreshToken: true,
      tokenFile: tokenFile(),
    });
    const session = await storedSession('json-login');
    expect(result.stdout).not.toContain(session.accessToken);
  });

  it('opens the browser with the DTK_BROWSER command when --no-browser is not given', async () => {
    const recorded = join(home.path, 'opened-url.txt');
    const opener = join(home.path, 'record-url.mjs');
    await writeFile(
      opener,
      "import { writeFileSync } from 'node:fs';\nwriteFileSync(process.argv[2], process.argv[3]);\n",
    );
    const run = startDtk(['login', '--profile', 'opened', ...loginFlags], {
      ...env,
      DTK_BROWSER: `${process.execPath} ${opener} ${recorded}`,
    });
    await run.waitForStderr(/Waiting for the sign-in/);
    let url = '';
    for (let attempt = 0; attempt < 100 && !url; attempt += 1) {
      url = await readFile(recorded, 'utf8').catch(() => '');
      if (!url) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(run.output().stderr).toContain('Opening the sign-in page in your browser. If it does not open, go to:');
    expect(new URL(url).searchParams.get('code_challenge_method')).toBe('S256');
    await fetch(await sandbox.consumer.login(url));
    expect(await run.exit).toBe(0);
  });
});

describe('dtk status', () => {
  it('shows who is signed in, the expiry, refresh token and scopes, and no token', async () => {
    const session = await storedSession();
    const result = await runDtk(['status'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Profile "default": signed in');
    expect(result.stdout).toMatch(new RegExp(`subject +${sandbox.users[0]?.userId}`));
    expect(result.stdout).toMatch(/access token +valid until \d{4}-\d\d-\d\dT.* \(in \d+ min\)/);
    expect(result.stdout).toMatch(/refresh token +yes/);
    expect(result.stdout).toContain(`openid ${OFFLINE}`);
    expect(result.stdout).toContain('(mode 600)');
    expect(result.stdout).not.toContain(session.accessToken);
  });

  it('--all lists every profile of the config file, the one in use marked', async () => {
    const text = await runDtk(['status', '--all'], { ...env, DTK_PROFILE: 'opened' });
    expect(text.code).toBe(0);
    const user = sandbox.users[0]?.userId;
    expect(text.stdout.split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^  default     signed in as ${user} at http://127\\.0\\.0\\.1:\\d+/a/consumer/api/v0/oidc; access token valid \\(in \\d+ min\\)$`,
        ),
      ),
      expect.stringMatching(/^ {2}json-login {2}signed in as /),
      expect.stringMatching(/^\* opened {6}signed in as /),
      '',
    ]);
    const json = JSON.parse((await runDtk(['status', '--all', '--json'], env)).stdout);
    expect(json.map((row: { profile: string; current: boolean }) => [row.profile, row.current])).toEqual([
      ['default', true],
      ['json-login', false],
      ['opened', false],
    ]);
  });

  it('--json gives the summary with where the profile came from; not signed in exits 4', async () => {
    const signedIn = JSON.parse((await runDtk(['status', '--json'], env)).stdout);
    expect(signedIn).toMatchObject({ profile: 'default', signedIn: true, profileSource: 'default' });
    const other = await runDtk(['status', '--json'], { ...env, DTK_PROFILE: 'nobody' });
    expect(other.code).toBe(4);
    expect(JSON.parse(other.stdout)).toMatchObject({ profile: 'nobody', signedIn: false, profileSource: 'env' });
    const text = await runDtk(['status', '--profile', 'nobody'], env);
    expect(text.code).toBe(4);
    expect(text.stdout).toBe('Profile "nobody": not signed in.\nRun: dtk login --profile nobody\n');
  });
});

describe('dtk token', () => {
  it('prints the stored access token while it is fresh, and only that on stdout', async () => {
    const session = await storedSession();
    const result = await runDtk(['token'], env);
    expect(result).toMatchObject({ code: 0, stdout: `${session.accessToken}\n`, stderr: '' });
    const json = JSON.parse((await runDtk(['token', '--json'], env)).stdout);
    expect(json).toEqual({
      profile: 'default',
      accessToken: session.accessToken,
      tokenType: session.tokenType,
      expiresAt: new Date(session.expiresAt).toISOString(),
      scopes: ['openid', OFFLINE],
    });
  });

  it('renews with the refresh token when the access token is due, and stores the rotated refresh token', async () => {
    const before = await storedSession();
    const stored = JSON.parse(await readFile(tokenFile(), 'utf8'));
    stored.tokens.default.expiresAt = Date.now() - 1000; // expired
    await writeFile(tokenFile(), JSON.stringify(stored));
    const result = await runDtk(['token'], env);
    expect(result.code).toBe(0);
    const after = await storedSession();
    expect(result.stdout).toBe(`${after.accessToken}\n`);
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken);
    expect(after.expiresAt).toBeGreaterThan(Date.now());
    expect((await consumerCall(after.accessToken)).status).toBe(200);
  });
});

describe('dtk logout', () => {
  it('revokes the tokens at the provider, then deletes them', async () => {
    const session = await storedSession();
    expect((await consumerCall(session.accessToken)).status).toBe(200);
    const result = await runDtk(['logout'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('✓ Signed out of profile "default": tokens revoked at the provider and deleted\n');
    expect((await consumerCall(session.accessToken)).status).toBe(401);
    const refresh = await fetch(sandbox.consumer.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: session.refreshToken ?? '',
        client_id: 'dtk-cli',
      }),
    });
    expect(refresh.status).toBe(400);
    expect(JSON.parse(await readFile(tokenFile(), 'utf8')).tokens.default).toBeUndefined();
    expect((await runDtk(['token'], env)).code).toBe(4);
  });

  it('--no-revoke --json only forgets the local tokens', async () => {
    const session = await storedSession('json-login');
    const result = await runDtk(['logout', '--profile', 'json-login', '--no-revoke', '--json'], env);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ profile: 'json-login', revoked: false, deleted: true });
    expect((await consumerCall(session.accessToken)).status).toBe(200);
  });
});
