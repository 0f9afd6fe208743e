import { EXIT_CODES, runCli } from '@dtk/cli';

const code = await runCli(['status', '--json'], {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
if (code === EXIT_CODES.auth) console.error('sign in first: dtk login');
