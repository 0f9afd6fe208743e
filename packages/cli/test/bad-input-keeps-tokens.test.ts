// Bad input and failing providers: each gets a clear message, its own exit code, no secret on the terminal, and a
// valid stored session survives byte for byte.
import { readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Sandbox } from '@dtk/sandbox';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AUTHORIZATION_URL,
  completeBrowserStep,
  configDirectory,
  freePort,
  killLeftovers,
  loginThroughSandbox,
  runDtk,
  sandboxForDtk,
  setStoredExpiry,
  startDtk,
} from './support/dtk.js';

let sandbox: Sandbox;
let loginFlags: string[];
let redirectUri: string;
let home: Awaited<ReturnType<typeof configDirectory>>;
let env: Record<string, string>;

const tokenFile = () => join(home.path, 'tokens.json');
const configFile = () => join(home.path, 'config.json');

beforeAll(async () => {
  ({ sandbox, loginFlags, redirectUri } = await sandboxForDtk());
});
beforeEach(async () => {
  home = await configDirectory();
  env = { DTK_CONFIG_DIR: home.path };
});
afterEach(async () => {
  killLeftovers();
  sandbox.faults.clear();
  await home.remove();
});
afterAll(() => sandbox?.stop());

/** Signs in once and returns the token file's bytes. */
async function signedIn(): Promise<Buffer> {
  const result = await loginThroughSandbox(sandbox, loginFlags, env);
  expect(result.code).toBe(0);
  return readFile(tokenFile());
}

const setExpiry = (expiresAt: number) => setStoredExpiry(tokenFile(), 'default', expiresAt);

/** The provider stops answering: every connection to its discovery document is reset. */
const providerUnreachable = () =>
  sandbox.faults.add({ path: '/a/consumer/api/v0/oidc/.well-known/openid-configuration', reset: true });

async function pointProfileAt(issuer: string): Promise<void> {
  const config = JSON.parse(await readFile(configFile(), 'utf8'));
  config.profiles.default.issuer = issuer;
  await writeFile(configFile(), JSON.stringify(config));
}

const deadIssuer = async () => `http://127.0.0.1:${await freePort()}/a/consumer/api/v0/oidc`;

describe('usage', () => {
  it('an unknown flag or command exits 2 and names it', async () => {
    expect(await runDtk(['login', '--issuer-url', 'x'], env)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'dtk: unknown flag --issuer-url\nhint: run: dtk login --help\n',
    });
    expect((await runDtk(['sign-in'], env)).stderr).toContain('unknown command "sign-in"');
    expect((await runDtk(['keys', 'delete'], env)).code).toBe(2);
    expect((await runDtk(['login', '--timeout', 'soon'], env)).stderr).toContain(
      '--timeout needs a whole number of seconds',
    );
    const json = await runDtk(['token', '--json', '--bogus'], env);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stderr)).toEqual({
      error: {
        code: 'ERR_DTK_CLI_USAGE',
        message: 'unknown flag --bogus',
        exitCode: 2,
        hint: 'run: dtk token --help',
      },
    });
  });

  it('every command answers --help with its flags, exit 0', async () => {
    for (const command of [['login'], ['status'], ['token'], ['logout'], ['keys', 'create']]) {
      const result = await runDtk([...command, '--help'], env);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain(`Usage: dtk ${command.join(' ')}`);
    }
    expect((await runDtk(['--help'], env)).stdout).toContain('Exit codes:');
  });
});

describe('configuration', () => {
  it('no issuer configured: exit 3 with where to set it', async () => {
    const result = await runDtk(['login', '--no-browser', '--client-id', 'dtk-cli'], env);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('dtk: no issuer is configured');
    expect(result.stderr).toContain('DTK_ISSUER');
  });

  it('plain http to a host that is not loopback is refused: exit 3', async () => {
    const result = await runDtk(
      ['login', '--no-browser', '--client-id', 'x', '--issuer', 'http://bank.example/a/consumer/api/v0/oidc'],
      env,
    );
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('issuer must use https');
  });

  it('a config file that is not JSON, or has a misspelt setting: exit 3 naming the file', async () => {
    await writeFile(configFile(), '{ "profiles": { "default": { "issuer": ');
    const broken = await runDtk(['status'], env);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain(`the config file ${configFile()} is not valid JSON`);
    await writeFile(configFile(), JSON.stringify({ profiles: { default: { clientID: 'x' } } }));
    const misspelt = await runDtk(['status'], env);
    expect(misspelt.code).toBe(3);
    expect(misspelt.stderr).toContain('unknown setting "clientID"');
  });
});

describe('dtk login failures', () => {
  it('an unreachable issuer: exit 5, the URL named, nothing stored', async () => {
    const issuer = await deadIssuer();
    const result = await runDtk(['login', '--no-browser', '--issuer', issuer, '--client-id', 'dtk-cli'], env);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain(issuer);
    expect(result.stderr).toContain('hint: check the issuer URL and your network connection');
    await expect(readFile(tokenFile())).rejects.toThrow(/ENOENT/);
  });

  it('the redirect port is in use: exit 7', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(new URL(redirectUri).port), '127.0.0.1', resolve));
    try {
      const result = await runDtk(['login', '--no-browser', ...loginFlags], env);
      expect(result.code).toBe(7);
      expect(result.stderr).toContain(`dtk: cannot listen on ${redirectUri}: the port is in use by another program`);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('no redirect within --timeout: exit 6, and the old session is kept byte for byte', async () => {
    const before = await signedIn();
    const result = await runDtk(['login', '--no-browser', '--timeout', '1', ...loginFlags], env);
    expect(result.code).toBe(6);
    expect(result.stderr).toContain('dtk: the sign-in did not finish in time');
    expect(await readFile(tokenFile())).toEqual(before);
  });

  it('a denied sign-in (access_denied): exit 4, and the old session is kept byte for byte', async () => {
    const before = await signedIn();
    const result = await loginThroughSandbox(sandbox, loginFlags, env, 'deny');
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('access_denied');
    expect(result.stderr).toContain('hint: the sign-in was cancelled or refused in the browser');
    expect(await readFile(tokenFile())).toEqual(before);
  });

  it('a redirect without this login state is ignored; the real one still completes', async () => {
    const run = startDtk(['login', '--no-browser', ...loginFlags], env);
    const [url] = await run.waitForStderr(AUTHORIZATION_URL);
    const forged = await fetch(`${redirectUri}?code=forged&state=guess`);
    expect(forged.status).toBe(400);
    await completeBrowserStep(sandbox, url);
    expect(await run.exit).toBe(0);
  });
});

describe('a corrupt token file', () => {
  it('is reported with exit 8 by every command, and left untouched', async () => {
    await signedIn();
    await writeFile(tokenFile(), '{"version":1,"tokens":{"default":{"accessToken":"abc"');
    const corrupt = await readFile(tokenFile());
    for (const command of [['status'], ['token'], ['logout'], ['login', '--no-browser', ...loginFlags]]) {
      const result = await runDtk(command, env);
      expect(result.code, command[0]).toBe(8);
      expect(result.stderr).toContain('is not valid JSON; it was left untouched');
      expect(result.stderr).toContain('hint: the file was left untouched: move it away');
      expect(result.stderr).not.toContain('Open this URL');
    }
    expect(await readFile(tokenFile())).toEqual(corrupt);
  });
});

describe('a failed renewal keeps the stored session', () => {
  it('issuer unreachable, token still valid but due: the valid token is printed, the file unchanged', async () => {
    await signedIn();
    const before = await setExpiry(Date.now() + 10_000);
    const stored = JSON.parse(before.toString()).tokens.default;
    providerUnreachable();
    const result = await runDtk(['token'], env);
    expect(result).toMatchObject({ code: 0, stdout: `${stored.accessToken}\n` });
    expect(await readFile(tokenFile())).toEqual(before);
  });

  it('issuer unreachable, token expired: exit 5, the file unchanged', async () => {
    await signedIn();
    const before = await setExpiry(Date.now() - 1_000);
    providerUnreachable();
    const result = await runDtk(['token'], env);
    expect(result.code).toBe(5);
    expect(result.stdout).toBe('');
    expect(await readFile(tokenFile())).toEqual(before);
  });

  it('the token endpoint answers 503: exit 5, the file unchanged, no token on the terminal', async () => {
    await signedIn();
    const before = await setExpiry(Date.now() - 1_000);
    const stored = JSON.parse(before.toString()).tokens.default;
    sandbox.faults.add({ path: '/a/consumer/api/v0/oidc/token', status: 503 });
    const result = await runDtk(['token'], env);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('hint: the provider is failing (HTTP 503); try again later');
    expect(result.stdout + result.stderr).not.toContain(stored.refreshToken);
    expect(await readFile(tokenFile())).toEqual(before);
  });

  it('settings gone missing: a fresh token is still printed; an expired one needs them (exit 3), file unchanged', async () => {
    await signedIn();
    const stored = JSON.parse((await readFile(tokenFile())).toString()).tokens.default;
    await rm(configFile());
    expect(await runDtk(['token'], env)).toMatchObject({ code: 0, stdout: `${stored.accessToken}\n` });
    const before = await setExpiry(Date.now() - 1_000);
    const result = await runDtk(['token'], env);
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('dtk: no issuer is configured');
    expect(await readFile(tokenFile())).toEqual(before);
  });

  it('a profile moved to another issuer: nothing is sent to it, the session kept, sign in again', async () => {
    await signedIn();
    const before = await setExpiry(Date.now() - 1_000);
    const other = await deadIssuer();
    await pointProfileAt(other);
    for (const command of [['token'], ['logout']]) {
      const result = await runDtk(command, env);
      expect(result.code, command[0]).toBe(3);
      expect(result.stderr).toContain(`the profile's issuer names ${other}; nothing was sent`);
      expect(result.stderr).toContain('dtk login');
    }
    expect(await readFile(tokenFile())).toEqual(before);
  });

  it('logout with the provider unreachable: exit 5, tokens kept, --no-revoke suggested', async () => {
    const before = await signedIn();
    providerUnreachable();
    const result = await runDtk(['logout'], env);
    expect(result.code).toBe(5);
    expect(result.stderr).toContain('hint: the tokens were not revoked and are still stored');
    expect(result.stderr).toContain('dtk logout --no-revoke');
    expect(await readFile(tokenFile())).toEqual(before);
  });
});
