// Runs the built `dtk` (dist/bin.js) as a child process with its own config directory, as a user's shell would.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Sandbox, type SandboxOptions, startSandbox } from '@dtk/sandbox';
import { expect } from 'vitest';

export const DTK_BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'bin.js');

const running = new Set<ChildProcessWithoutNullStreams>();

/** Kills what a test left running (a failed assertion before a login finished). */
export function killLeftovers(): void {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  running.clear();
}

/** The environment of a run: the test's own, minus every DTK_ setting of the machine, plus `env`. */
function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DTK_')));
  return { ...base, XDG_CONFIG_HOME: '/nonexistent-xdg', ...env };
}

export interface DtkProcess {
  child: ChildProcessWithoutNullStreams;
  exit: Promise<number>;
  output(): { stdout: string; stderr: string };
  /** Resolves with the first match of `pattern` in stderr. */
  waitForStderr(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
}

export function startDtk(args: readonly string[], env: Record<string, string>): DtkProcess {
  // Run from the test's config directory, so nothing a command writes to its working folder lands in the package.
  const cwd = env.DTK_CONFIG_DIR ?? tmpdir();
  const child = spawn(process.execPath, [DTK_BIN, ...args], { env: environment(env), cwd, stdio: 'pipe' });
  running.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = once(child, 'close').then(([code]) => {
    running.delete(child);
    return code as number;
  });
  return {
    child,
    exit,
    output: () => ({ stdout, stderr }),
    async waitForStderr(pattern, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const match = pattern.exec(stderr);
        if (match) return match;
        if (child.exitCode !== null) throw new Error(`dtk exited ${child.exitCode}: ${stderr}`);
        if (Date.now() > deadline) throw new Error(`no ${pattern} in stderr: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
  };
}

/** Sends Ctrl-C to a running dtk and checks it stops at once, as interrupted (exit 130), whatever it was waiting on. */
export async function interruptDtk(run: DtkProcess, what?: string): Promise<void> {
  const sentAt = Date.now();
  run.child.kill('SIGINT');
  expect(await run.exit, what).toBe(130);
  expect(Date.now() - sentAt).toBeLessThan(5_000);
  expect(run.output().stderr).toContain('dtk: interrupted');
}

/** Moves the stored access token's expiry (into its refresh window, or past it); returns the token file's bytes. */
export async function setStoredExpiry(tokenFile: string, profile: string, expiresAt: number): Promise<Buffer> {
  const file = JSON.parse(await readFile(tokenFile, 'utf8'));
  file.tokens[profile].expiresAt = expiresAt;
  await writeFile(tokenFile, JSON.stringify(file, null, 2));
  return readFile(tokenFile);
}

export interface DtkResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runDtk(args: readonly string[], env: Record<string, string>): Promise<DtkResult> {
  const run = startDtk(args, env);
  const code = await run.exit;
  return { code, ...run.output() };
}

/** A port free right now on 127.0.0.1 (for a redirect URI to register). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A fresh dtk config directory; `remove()` deletes it. */
export async function configDirectory(): Promise<{ path: string; remove(): Promise<void> }> {
  // Hex, not mkdtemp's mixed-case suffix: redaction would take a long mixed-case run for a secret and hide the path.
  const path = join(tmpdir(), `dtk-cli-test-${randomBytes(8).toString('hex')}`);
  await mkdir(path, { mode: 0o700 });
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/**
 * Plays the person at the browser: opens the authorization URL dtk printed at the sandbox's Consumer provider,
 * signs in (or cancels), and follows the redirect to dtk's loopback listener. Returns that response.
 */
export async function completeBrowserStep(
  sandbox: Sandbox,
  authorizationUrl: string,
  decision: 'approve' | 'deny' = 'approve',
): Promise<Response> {
  const redirect =
    decision === 'approve'
      ? await sandbox.consumer.login(authorizationUrl)
      : await sandbox.consumer.provider.deny(authorizationUrl);
  return fetch(redirect);
}

/** The sign-in URL dtk prints on stderr. */
export const AUTHORIZATION_URL = /(http:\/\/127\.0\.0\.1:\d+\/a\/consumer\/api\/v0\/oidc\/auth\?\S+)/;

/** A sandbox with a public Consumer client `dtk-cli` whose redirect URI is a free loopback port. */
export async function sandboxForDtk(options: SandboxOptions = {}): Promise<{
  sandbox: Sandbox;
  redirectUri: string;
  loginFlags: string[];
}> {
  const redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
  const sandbox = await startSandbox({
    ...options,
    clients: [{ provider: 'consumer', clientId: 'dtk-cli', redirectUris: [redirectUri] }, ...(options.clients ?? [])],
  });
  const loginFlags = ['--issuer', sandbox.consumer.issuer, '--client-id', 'dtk-cli', '--redirect-uri', redirectUri];
  return { sandbox, redirectUri, loginFlags };
}

/** `dtk login --no-browser` with the browser step played; returns dtk's result and the page the browser got. */
export async function loginThroughSandbox(
  sandbox: Sandbox,
  args: readonly string[],
  env: Record<string, string>,
  decision: 'approve' | 'deny' = 'approve',
): Promise<DtkResult & { page: Response }> {
  const run = startDtk(['login', '--no-browser', ...args], env);
  const [url] = await run.waitForStderr(AUTHORIZATION_URL);
  const page = await completeBrowserStep(sandbox, url, decision);
  const code = await run.exit;
  return { code, ...run.output(), page };
}
