// Guards around the stored session: its refresh token only ever goes to the provider that issued it, Ctrl-C stops
// any provider call (exit 130, nothing stored), flags that only client credentials read are refused without
// --client-credentials, and every form of `dtk status` puts a token file readable by others back to 600.
import { chmod, readFile, stat } from 'node:fs/promises';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { type Sandbox, startSandbox } from '@dtk/sandbox';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  AUTHORIZATION_URL,
  completeBrowserStep,
  configDirectory,
  interruptDtk,
  killLeftovers,
  loginThroughSandbox,
  runDtk,
  sandboxForDtk,
  setStoredExpiry,
  startDtk,
} from './support/dtk.js';

let sandbox: Sandbox;
/** A second provider with a `dtk-cli` client too: where a stale DTK_ISSUER or --issuer points. */
let other: Sandbox;
let loginFlags: string[];
let home: Awaited<ReturnType<typeof configDirectory>>;
let env: Record<string, string>;

const tokenFile = () => join(home.path, 'tokens.json');

beforeAll(async () => {
  let redirectUri: string;
  ({ sandbox, loginFlags, redirectUri } = await sandboxForDtk());
  other = await startSandbox({
    seed: 'other-institution',
    clients: [{ provider: 'consumer', clientId: 'dtk-cli', redirectUris: [redirectUri] }],
  });
});
beforeEach(async () => {
  home = await configDirectory();
  env = { DTK_CONFIG_DIR: home.path };
});
afterEach(async () => {
  killLeftovers();
  sandbox.faults.clear();
  other.faults.clear();
  await home.remove();
});
afterAll(async () => {
  await sandbox?.stop();
  await other?.stop();
});

/** Signs in at `sandbox`, then makes the access token due, so that `dtk token` must renew; returns the file. */
async function signedInAndDue(): Promise<Buffer> {
  expect((await loginThroughSandbox(sandbox, loginFlags, env)).code).toBe(0);
  return setStoredExpiry(tokenFile(), 'default', Date.now() - 1_000);
}

/** Counts every request `host` receives from now on (a rule with no selector and no effect but its hit count). */
function countRequests(host: Sandbox): () => number {
  const id = host.faults.add({ latencyMs: 1 });
  return () => host.faults.list().find((fault) => fault.id === id)?.hits ?? 0;
}

/** Resolves once the fault rule `id` has caught a request: the provider has it in hand and is holding it. */
async function requestHeld(host: Sandbox, id: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((host.faults.list().find((fault) => fault.id === id)?.hits ?? 0) > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`no request reached fault ${id}`);
}

/** A server on 127.0.0.1 that accepts connections and never answers. */
async function silentServer(): Promise<{ port: number; connected: Promise<void>; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let onConnection: () => void = () => {};
  const connected = new Promise<void>((resolve) => {
    onConnection = resolve;
  });
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    onConnection();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    connected,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('the refresh token only goes to the provider that issued it', () => {
  it('DTK_ISSUER or --issuer naming another provider: refused before anything is sent, the session kept', async () => {
    const before = await signedInAndDue();
    const requestsAtOther = countRequests(other);
    for (const [args, extraEnv, source] of [
      [['token'], { DTK_ISSUER: other.consumer.issuer }, 'DTK_ISSUER'],
      [['token', '--issuer', other.consumer.issuer], {}, '--issuer'],
      [['logout'], { DTK_ISSUER: other.consumer.issuer }, 'DTK_ISSUER'],
    ] as const) {
      const result = await runDtk(args, { ...env, ...extraEnv });
      expect(result.code, args.join(' ')).toBe(3);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain(
        `dtk: profile "default" is signed in at ${sandbox.consumer.issuer}, but ${source} names ${other.consumer.issuer}`,
      );
      expect(result.stderr).toContain('hint:');
      expect(result.stderr).toContain('dtk login');
    }
    expect(requestsAtOther()).toBe(0);
    expect(await readFile(tokenFile())).toEqual(before);
    // The session itself is intact: without the stray setting it renews at its own provider.
    expect((await runDtk(['token'], env)).code).toBe(0);
  });

  it('DTK_CLIENT_ID naming another client: refused before anything is sent, the session kept', async () => {
    const before = await signedInAndDue();
    const requests = countRequests(sandbox);
    const result = await runDtk(['token'], { ...env, DTK_CLIENT_ID: 'another-client' });
    expect(result.code).toBe(3);
    expect(result.stderr).toContain(
      'dtk: profile "default" was signed in with client dtk-cli, but DTK_CLIENT_ID names another-client',
    );
    expect(requests()).toBe(0);
    expect(await readFile(tokenFile())).toEqual(before);
  });
});

describe('Ctrl-C stops any provider call', () => {
  it('during discovery: exit 130 at once, not after the HTTP timeout', async () => {
    const silent = await silentServer();
    try {
      const issuer = `http://127.0.0.1:${silent.port}/a/consumer/api/v0/oidc`;
      const run = startDtk(['login', '--no-browser', '--issuer', issuer, '--client-id', 'dtk-cli'], env);
      // dtk is waiting for the discovery document that never comes.
      await silent.connected;
      await interruptDtk(run);
      await expect(readFile(tokenFile())).rejects.toThrow(/ENOENT/);
    } finally {
      await silent.close();
    }
  });

  it('during the code exchange: exit 130, and nothing is stored', async () => {
    const held = sandbox.faults.add({ path: '/a/consumer/api/v0/oidc/token', latencyMs: 60_000 });
    const run = startDtk(['login', '--no-browser', ...loginFlags], env);
    const [url] = await run.waitForStderr(AUTHORIZATION_URL);
    await completeBrowserStep(sandbox, url);
    await requestHeld(sandbox, held);
    await interruptDtk(run);
    await expect(readFile(tokenFile())).rejects.toThrow(/ENOENT/);
  });

  it('during a renewal or a revocation: exit 130, the token file unchanged', async () => {
    const before = await signedInAndDue();
    for (const [command, path] of [
      ['token', '/a/consumer/api/v0/oidc/token'],
      ['logout', '/a/consumer/api/v0/oidc/token/revocation'],
    ] as const) {
      const id = sandbox.faults.add({ path, latencyMs: 60_000 });
      const run = startDtk([command], env);
      await requestHeld(sandbox, id);
      await interruptDtk(run, command);
      expect(run.output()).toMatchObject({ stdout: '' });
      expect(await readFile(tokenFile())).toEqual(before);
      sandbox.faults.remove(id);
    }
  });
});

describe('dtk token without --client-credentials', () => {
  it('refuses the flags only client credentials read (exit 2), naming them, instead of printing the session token', async () => {
    expect((await loginThroughSandbox(sandbox, loginFlags, env)).code).toBe(0);
    const result = await runDtk(
      ['token', '--key', 'job.pem', '--token-url', sandbox.admin.tokenUrl, '--alg', 'ES256', '--kid', 'k1'],
      env,
    );
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe(
      'dtk: --key, --token-url, --alg and --kid are only used with --client-credentials\nhint: run: dtk token --help\n',
    );
    const one = await runDtk(['token', '--json', '--kid', 'k1'], env);
    expect(one.code).toBe(2);
    expect(JSON.parse(one.stderr).error.message).toBe('--kid is only used with --client-credentials');
  });
});

describe('dtk status and the token file mode', () => {
  it('--json and --all also set a token file readable by others back to 600, the warning on stderr', async () => {
    expect((await loginThroughSandbox(sandbox, loginFlags, env)).code).toBe(0);
    for (const args of [
      ['status', '--json'],
      ['status', '--all'],
      ['status', '--all', '--json'],
    ]) {
      await chmod(tokenFile(), 0o644);
      const result = await runDtk(args, env);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stderr).toBe(`warning: ${tokenFile()} was readable by others (mode 644); set it to 600\n`);
      if (args.includes('--json')) JSON.parse(result.stdout);
      expect((await stat(tokenFile())).mode & 0o777).toBe(0o600);
    }
  });
});
