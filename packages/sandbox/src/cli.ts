#!/usr/bin/env node
// `dtk-sandbox`: the sandbox in a terminal. Exit codes: 0 stopped by a signal, 1 could not start, 2 bad usage.
import {
  type CommandLine,
  describeSandbox,
  formatSandbox,
  parseCommandLine,
  removeClientKeys,
  USAGE,
  writeClientKeys,
} from './command-line.js';
import { SandboxUsageError } from './errors.js';
import { type Sandbox, startSandbox } from './sandbox.js';

async function main(): Promise<number> {
  let commandLine: CommandLine;
  try {
    commandLine = await parseCommandLine(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof SandboxUsageError)) throw error;
    process.stderr.write(`dtk-sandbox: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (commandLine.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  let sandbox: Sandbox;
  try {
    sandbox = await startSandbox(commandLine.options);
  } catch (error) {
    process.stderr.write(`dtk-sandbox: could not start: ${(error as Error).message}\n`);
    return 1;
  }
  const keys = await writeClientKeys(sandbox);
  // Listen for the stop signals before printing: whoever reads the output may send one at once.
  const stopped = new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stdout.write(
    commandLine.json
      ? `${JSON.stringify(describeSandbox(sandbox, keys.files))}\n`
      : `${formatSandbox(sandbox, keys.files)}\n`,
  );

  // The sandbox's servers do not hold the process open (tests want that); a terminal session does.
  const keepAlive = setInterval(() => {}, 1 << 30);
  const signal = await stopped;
  clearInterval(keepAlive);
  await Promise.all([sandbox.stop(), removeClientKeys(keys.folder)]);
  if (!commandLine.json) process.stdout.write(`\nStopped (${signal}).\n`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`dtk-sandbox: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
