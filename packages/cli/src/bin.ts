#!/usr/bin/env node
// The `dtk` executable: runs the command line against this process and exits with the command's code.
import { runCli } from './cli.js';

const interrupt = new AbortController();
process.once('SIGINT', () => interrupt.abort());
process.once('SIGTERM', () => interrupt.abort());

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  signal: interrupt.signal,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // runCli reports every failure itself; this is only reached by a bug in the reporting.
    process.stderr.write(`dtk: ${error instanceof Error ? error.name : 'error'}\n`);
    process.exitCode = 1;
  },
);
