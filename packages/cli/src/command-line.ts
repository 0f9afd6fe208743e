// Reading a command line with node:util's parseArgs (strict: an unknown flag is an error, never ignored), and the
// help text of each command. parseArgs is enough for five commands with flat flags, and adds no dependency.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { UsageError } from './errors.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** A command: its flags and its help. */
export interface CommandSpec {
  /** As typed after `dtk`, e.g. `login` or `keys create`. */
  name: string;
  summary: string;
  /** The whole `--help` text. */
  help: string;
  options: OptionSpec;
}

/** Flags every command has. */
export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies OptionSpec;

/** Flags of the commands that use a profile. */
export const PROFILE_OPTIONS = {
  ...COMMON_OPTIONS,
  profile: { type: 'string', short: 'p' },
  config: { type: 'string' },
} as const satisfies OptionSpec;

/** Flags naming the client that signs users in. */
export const CLIENT_OPTIONS = {
  issuer: { type: 'string' },
  'client-id': { type: 'string' },
  'redirect-uri': { type: 'string' },
  scope: { type: 'string', multiple: true },
} as const satisfies OptionSpec;

export const PROFILE_HELP = `  -p, --profile <name>   profile to use (default: DTK_PROFILE, the config file's defaultProfile, or "default")
      --config <file>    config file (default: DTK_CONFIG, or config.json in the dtk config directory)
      --json             print the result as JSON (errors too, on stderr)
  -h, --help             show this help`;

export const CLIENT_HELP = `      --issuer <url>     OpenID provider (DTK_ISSUER), e.g. https://digital.garden-fi.com/a/consumer/api/v0/oidc
      --client-id <id>   client ID registered at the provider (DTK_CLIENT_ID)
      --redirect-uri <u> loopback redirect URI registered for the client (DTK_REDIRECT_URI;
                         default http://127.0.0.1:8765/callback)
      --scope <scope>    scope to ask for, repeatable or space-separated (DTK_SCOPES)`;

function friendlyParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const quoted = /'([^']+)'/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown flag ${quoted ?? ''}`.trim();
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${JSON.stringify(quoted ?? '')}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return message.replace(/^Option /, 'flag ');
    default:
      return message;
  }
}

/** Parses `args` for `spec`; a usage error names the flag and points at the command's help. */
export function parseCommand(spec: CommandSpec, args: readonly string[]): Values {
  try {
    return parseArgs({ args: [...args], options: spec.options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(friendlyParseError(error), spec.name);
  }
}

/** A whole number of seconds given to `flag`, in milliseconds. */
export function secondsFlag(command: string, flag: string, value: string): number {
  const seconds = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(seconds) || seconds < 1 || seconds > 86_400) {
    throw new UsageError(
      `--${flag} needs a whole number of seconds from 1 to 86400, got ${JSON.stringify(value.slice(0, 20))}`,
      command,
    );
  }
  return seconds * 1000;
}
