import { type ChildProcess, fork, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** tsx's loader as a file URL, so a forked child can load TypeScript whatever its working directory. */
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** Forks a TypeScript module of the benchmarks with an IPC channel; its stdout and stderr go to ours. */
export function forkTypeScript(module: URL, args: readonly string[] = []): ChildProcess {
  return fork(module, [...args], { execArgv: ['--import', tsxLoader], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
}

export interface ChildRun {
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node ...args` to completion and times it from spawn to exit. */
export function runNode(args: readonly string[], cwd: string): Promise<ChildRun> {
  return runCommand(process.execPath, args, cwd);
}

/** Runs a command (found on PATH) to completion and times it from spawn to exit. */
export function runCommand(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (exitCode) => resolve({ wallMs: performance.now() - started, exitCode, stdout, stderr }));
  });
}

/** `warmups` unmeasured runs, then `runs` measured ones, one after another. */
export async function timeRuns(
  args: readonly string[],
  cwd: string,
  warmups: number,
  runs: number,
): Promise<ChildRun[]> {
  for (let i = 0; i < warmups; i += 1) await runNode(args, cwd);
  const measured: ChildRun[] = [];
  for (let i = 0; i < runs; i += 1) measured.push(await runNode(args, cwd));
  return measured;
}
