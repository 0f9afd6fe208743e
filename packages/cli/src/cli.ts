// `dtk <command>`: finds the command, parses its flags, runs it, and turns any failure into a clean message and a
// documented exit code. Nothing here writes a token or secret to stderr: every message goes through @dtk/core's
// redaction first.
import { readFileSync } from 'node:fs';
import { type CommandSpec, parseCommand, type Values } from './command-line.js';
import { keysCreateCommand, runKeysCreate } from './commands/keys.js';
import { loginCommand, runLogin } from './commands/login.js';
import {
  logoutCommand,
  runLogout,
  runStatus,
  runToken,
  statusCommand,
  tokenCommand,
} from './commands/session-commands.js';
import {
  describeFailure,
  EXIT_CODE_MEANINGS,
  EXIT_CODES,
  type ExitCodeName,
  InterruptedError,
  UsageError,
} from './errors.js';
import { type CliIo, printFailure, printLine } from './output.js';

interface Runnable {
  spec: CommandSpec;
  run(values: Values, io: CliIo): Promise<number>;
}

const COMMANDS: Record<string, Runnable> = {
  login: { spec: loginCommand, run: runLogin },
  status: { spec: statusCommand, run: runStatus },
  token: { spec: tokenCommand, run: runToken },
  logout: { spec: logoutCommand, run: runLogout },
  'keys create': { spec: keysCreateCommand, run: runKeysCreate },
};

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

const EXIT_CODE_HELP = (Object.keys(EXIT_CODES) as ExitCodeName[])
  .map((name) => `  ${String(EXIT_CODES[name]).padStart(3)}  ${EXIT_CODE_MEANINGS[name]}`)
  .join('\n');

function mainHelp(): string {
  const commands = Object.values(COMMANDS)
    .map(({ spec }) => `  ${spec.name.padEnd(12)} ${spec.summary}`)
    .join('\n');
  return `dtk: sign in to Jack Henry's Banno Digital Toolkit APIs from the command line.

Usage: dtk <command> [flags]

Commands:
${commands}

Run dtk <command> --help for a command's flags.

Settings come from flags, then DTK_* environment variables, then the profile in the config file
(config.json in $DTK_CONFIG_DIR, $XDG_CONFIG_HOME/dtk or ~/.config/dtk), then defaults.

Exit codes:
${EXIT_CODE_HELP}

Flags:
  -h, --help       show this help
  -v, --version    show the version`;
}

/** Splits `argv` into the command and its flags (`keys` takes a subcommand). */
function findCommand(argv: readonly string[]): { name: string; args: string[] } | undefined {
  const [first, second, ...rest] = argv;
  if (first === undefined || first.startsWith('-')) return undefined;
  if (first === 'keys') {
    if (second === undefined || second.startsWith('-')) return { name: 'keys', args: argv.slice(1) };
    return { name: `keys ${second}`, args: rest };
  }
  return { name: first, args: argv.slice(1) };
}

/**
 * Runs `dtk` with `argv` (the arguments after the program name) and returns the exit code. Results go to
 * `io.stdout`, progress and errors to `io.stderr`.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  try {
    const found = findCommand(argv);
    if (!found) {
      if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
        printLine(io, mainHelp());
        return argv.length === 0 ? EXIT_CODES.usage : EXIT_CODES.ok;
      }
      if (argv[0] === '--version' || argv[0] === '-v') {
        printLine(io, `dtk ${version()}`);
        return EXIT_CODES.ok;
      }
      throw new UsageError(`unknown flag ${argv[0]}`, 'dtk');
    }
    if (found.name === 'help') {
      const topic = COMMANDS[found.args.join(' ')];
      printLine(io, topic ? topic.spec.help : mainHelp());
      return EXIT_CODES.ok;
    }
    // `dtk keys --help`: the help of its one command.
    if (found.name === 'keys' && found.args.some((arg) => arg === '--help' || arg === '-h')) {
      printLine(io, keysCreateCommand.help);
      return EXIT_CODES.ok;
    }
    const command = COMMANDS[found.name];
    if (!command) {
      const message =
        found.name === 'keys' || found.name.startsWith('keys ')
          ? `unknown keys command${found.name === 'keys' ? '' : ` "${found.name.slice(5)}"`}: the keys command is "dtk keys create"`
          : `unknown command "${found.name}"`;
      throw new UsageError(message, 'dtk');
    }
    const values = parseCommand(command.spec, found.args);
    if (values.help) {
      printLine(io, command.spec.help);
      return EXIT_CODES.ok;
    }
    return await command.run(values, io);
  } catch (error) {
    // After Ctrl-C a provider call fails as aborted (or as whatever it was cut short into): it is the interruption.
    const failure = describeFailure(io.signal?.aborted ? new InterruptedError() : error);
    printFailure(io, failure, json);
    return failure.exitCode;
  }
}
