import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox } from '../src/index.js';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli.js');
const running: ChildProcessWithoutNullStreams[] = [];

afterEach(() => {
  for (const child of running.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

function run(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: 'pipe' });
  running.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = once(child, 'exit').then(([code]) => code as number);
  const firstLine = async () => {
    while (!stdout.includes('\n')) {
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return stdout.slice(0, stdout.indexOf('\n'));
  };
  return { child, exit, firstLine, output: () => ({ stdout, stderr }) };
}

describe('dtk-sandbox', () => {
  it('prints what it started as JSON, serves it, keeps key files private, and stops cleanly on SIGINT', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sandbox-cli-test-'));
    const config = join(folder, 'sandbox.json');
    await writeFile(
      config,
      JSON.stringify({
        clients: [{ provider: 'consumer', clientId: 'my-cli', redirectUris: ['http://127.0.0.1:53682/callback'] }],
        faults: [{ operation: 'getUser', status: 503 }],
      }),
    );
    try {
      const cli = run([
        '--port',
        '0',
        '--json',
        '--users',
        '2',
        '--password',
        'cli-test-password',
        '--config',
        config,
        '--redirect-uri',
        'http://127.0.0.1:3000/cb',
      ]);
      const started = JSON.parse(await cli.firstLine());
      expect(started.users).toHaveLength(2);
      expect(started.users[0].password).toBe('cli-test-password');
      expect(started.clients.consumerWebApp.redirectUris).toContain('http://127.0.0.1:3000/cb');
      const discovery = await (await fetch(`${started.consumer.issuer}/.well-known/openid-configuration`)).json();
      expect(discovery.issuer).toBe(started.consumer.issuer);
      const faults = await (await fetch(started.faults)).json();
      expect(faults.faults).toEqual([expect.objectContaining({ rule: { operation: 'getUser', status: 503 } })]);
      // The client from the config file can start a sign-in (an unknown client would be refused at once).
      const auth = new URL(`${started.consumer.issuer}/auth`);
      for (const [name, value] of Object.entries({
        client_id: 'my-cli',
        response_type: 'code',
        redirect_uri: 'http://127.0.0.1:53682/callback',
        scope: 'openid',
        code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
        code_challenge_method: 'S256',
      }))
        auth.searchParams.set(name, value);
      expect((await fetch(auth, { redirect: 'manual' })).status).toBe(303);

      const keyFile = started.clients.adminJob.privateKeyFile as string;
      expect((await readFile(keyFile, 'utf8')).startsWith('-----BEGIN PRIVATE KEY-----')).toBe(true);
      expect((await stat(keyFile)).mode & 0o777).toBe(0o600);

      cli.child.kill('SIGINT');
      expect(await cli.exit).toBe(0);
      await expect(stat(keyFile)).rejects.toThrow(/ENOENT/);
      await expect(fetch(started.consumer.issuer)).rejects.toThrow();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('prints a table for a person', async () => {
    const cli = run(['--port', '0']);
    await cli.firstLine();
    while (!cli.output().stdout.includes('Faults: POST')) await new Promise((resolve) => setTimeout(resolve, 50));
    const { stdout } = cli.output();
    expect(stdout).toMatch(/Consumer API\s+http:\/\/127\.0\.0\.1:\d+\/a\/consumer\/api\/v0/);
    expect(stdout).toMatch(/Users \(password sbx-[\w-]+\)/);
    expect(stdout).toContain('sandbox-admin-job    admin, private_key_jwt ES256, key ');
    cli.child.kill('SIGTERM');
    expect(await cli.exit).toBe(0);
    expect(cli.output().stdout).toContain('Stopped (SIGTERM).');
  });

  it('refuses bad usage with exit code 2 and a port in use with exit code 1, naming it', async () => {
    const bad = run(['--port', 'eighty']);
    expect(await bad.exit).toBe(2);
    expect(bad.output().stderr).toContain('dtk-sandbox: --port needs a whole number, got "eighty"');
    const unknown = run(['--verbose']);
    expect(await unknown.exit).toBe(2);
    expect(unknown.output().stderr).toContain("Unknown option '--verbose'");

    const busy = await startSandbox();
    try {
      const port = Number(new URL(busy.consumer.origin).port);
      const clash = run(['--port', String(port)]);
      expect(await clash.exit).toBe(1);
      expect(clash.output().stderr).toContain(`could not start: port ${port} (consumer) is in use on 127.0.0.1`);
    } finally {
      await busy.stop();
    }
  });

  it('refuses a config file with a misspelt setting: exit 2, naming it', async () => {
    // Hex, not mkdtemp's mixed-case suffix: the error message's redaction would take that for a secret.
    const folder = join(tmpdir(), `dtk-sandbox-config-${randomBytes(8).toString('hex')}`);
    await mkdir(folder, { mode: 0o700 });
    try {
      const file = join(folder, 'sandbox.json');
      await writeFile(file, JSON.stringify({ redirectUri: ['http://127.0.0.1:3000/callback'] }));
      const misspelt = run(['--config', file, '--port', '0']);
      expect(await misspelt.exit).toBe(2);
      expect(misspelt.output().stderr).toContain(
        `dtk-sandbox: --config ${file}: unknown setting "redirectUri" (known: `,
      );
      expect(misspelt.output().stdout).toBe('');
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('explains itself with --help', async () => {
    const help = run(['--help']);
    expect(await help.exit).toBe(0);
    expect(help.output().stdout).toContain('Usage: dtk-sandbox [options]');
  });
});
