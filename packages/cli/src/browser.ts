// Opening the sign-in page: the command in DTK_BROWSER when set (run without a shell, the URL as its last argument),
// else the system browser through `open` (xdg-open, macOS open, Windows start, WSL). Failing to open one is not an
// error: the URL is printed as well.
import { spawn } from 'node:child_process';
import type { Environment } from './config-file.js';

function runCommand(commandLine: string, url: string): Promise<void> {
  const [command, ...args] = commandLine.trim().split(/\s+/);
  return new Promise((resolve, reject) => {
    const child = spawn(command as string, [...args, url], { stdio: 'ignore', detached: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

/** Opens `url` in the user's browser. */
export async function openInBrowser(url: string, env: Environment): Promise<void> {
  if (env.DTK_BROWSER) return runCommand(env.DTK_BROWSER, url);
  const { default: open } = await import('open');
  const child = await open(url);
  child.once('error', () => undefined); // no opener installed: the printed URL still works
  child.unref();
}
