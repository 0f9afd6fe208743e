import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { ServerReady } from './account-server-process.js';

export interface AccountServer {
  readonly url: string;
  close(): Promise<void>;
}

/** tsx's loader as a file URL, so the child can load TypeScript whatever its working directory. */
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Starts the account server in a child process and resolves once it listens on 127.0.0.1. */
export function startAccountServer(): Promise<AccountServer> {
  const child = fork(new URL('./account-server-process.ts', import.meta.url), [], {
    execArgv: ['--import', tsxLoader],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    // Disconnecting tells the child to close its server; it then has nothing left to run and exits.
    if (child.connected) child.disconnect();
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`account server exited early (code ${code})`)));
    child.once('message', (message) => resolve({ url: (message as ServerReady).url, close }));
  });
}
