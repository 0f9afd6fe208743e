// What a person sees: `dtk` typed into a real terminal (tmux, on a server of its own), the browser step played over
// HTTP, and the screen read back with capture-pane.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Sandbox } from '@dtk/sandbox';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { completeBrowserStep, configDirectory, DTK_BIN, sandboxForDtk } from './support/dtk.js';

const run = promisify(execFile);
// A server of our own (-L), so the test never touches a tmux the user is running, and kill-server ends only it.
const socket = `dtk-test-${randomBytes(6).toString('hex')}`;
const tmux = (...args: string[]) => run('tmux', ['-L', socket, ...args]);

let sandbox: Sandbox;
let loginFlags: string[];
let home: Awaited<ReturnType<typeof configDirectory>>;

beforeAll(async () => {
  ({ sandbox, loginFlags } = await sandboxForDtk());
  home = await configDirectory();
  // `dtk` on the PATH of the terminal, as after `npm install -g @dtk/cli`.
  const bin = join(home.path, 'bin');
  await mkdir(bin);
  await writeFile(join(bin, 'dtk'), `#!/bin/sh\nexec "${process.execPath}" "${DTK_BIN}" "$@"\n`, { mode: 0o755 });
  await tmux(
    'new-session',
    '-d',
    '-s',
    'dtk',
    '-x',
    '120',
    '-y',
    '50',
    `env -i HOME="${home.path}" TERM=xterm-256color PATH="${bin}:/usr/bin:/bin" DTK_CONFIG_DIR="${home.path}" PS1='$ ' sh`,
  );
});
afterAll(async () => {
  const socketPath = (
    await tmux('display-message', '-p', '#{socket_path}').catch(() => ({ stdout: '' }))
  ).stdout.trim();
  await tmux('kill-server').catch(() => undefined);
  if (socketPath) await rm(socketPath, { force: true });
  await sandbox?.stop();
  await home?.remove();
});

/** The screen as a person reads it, wrapped lines joined. */
async function screen(): Promise<string> {
  return (await tmux('capture-pane', '-p', '-J', '-t', 'dtk')).stdout;
}

async function waitForScreen(pattern: RegExp, timeoutMs = 20_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = await screen();
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`the terminal never showed ${pattern}:\n${text}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const type = (line: string) =>
  tmux('send-keys', '-t', 'dtk', '-l', line).then(() => tmux('send-keys', '-t', 'dtk', 'Enter'));

it('dtk login --no-browser shows the URL, then the success line; dtk status shows the session', async () => {
  await type(`dtk login --no-browser ${loginFlags.join(' ')}`);
  const waiting = await waitForScreen(/Waiting for the sign-in/);
  expect(waiting).toContain('Open this URL in a browser to sign in:');
  // The URL stands on a line of its own, so a person can copy it (or a terminal make it a link).
  const url = /^ {2}(http:\/\/127\.0\.0\.1:\d+\/a\/consumer\/api\/v0\/oidc\/auth\?\S+)$/m.exec(waiting)?.[1];
  expect(url).toBeDefined();

  await completeBrowserStep(sandbox, url as string);
  const signedIn = await waitForScreen(/✓ Signed in as/);
  expect(signedIn).toContain(
    `✓ Signed in as ${sandbox.users[0]?.userId} (profile "default", ${sandbox.consumer.issuer})`,
  );
  expect(signedIn).toContain(`Saved profile "default" in ${join(home.path, 'config.json')}`);

  await type('clear; dtk status; echo "exit=$?"');
  const status = await waitForScreen(/exit=\d+/);
  expect(status).toContain('exit=0');
  expect(status).toContain('Profile "default": signed in');
  expect(status).toMatch(/^ {2}issuer +http:\/\/127\.0\.0\.1:\d+\/a\/consumer\/api\/v0\/oidc$/m);
  expect(status).toMatch(/^ {2}access token +valid until .* \(in (9|10) min\)$/m);
  expect(status).toMatch(/^ {2}refresh token +yes$/m);
  expect(status).toContain('(mode 600)');

  await type('clear; dtk token --bogus; echo "exit=$?"');
  const usage = await waitForScreen(/exit=\d+/);
  expect(usage).toContain('dtk: unknown flag --bogus\nhint: run: dtk token --help\nexit=2');
});
