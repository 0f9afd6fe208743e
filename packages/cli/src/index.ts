// `@dtk/cli`: the `dtk` command, also callable from code (e.g. a wrapper script or a test): `runCli(argv, io)`
// returns the exit code. The exit codes and error classes are the documented ones.
export { runCli } from './cli.js';
export {
  type ClientAuthMethodSetting,
  type ConfigFile,
  type FileLocations,
  fileLocations,
  type KeyAlgorithm,
  type ProfileConfig,
} from './config-file.js';
export {
  CliError,
  type CliErrorDetails,
  ConfigError,
  describeFailure,
  ERR_DTK_CLI,
  ERR_DTK_CLI_CONFIG,
  ERR_DTK_CLI_NOT_SIGNED_IN,
  ERR_DTK_CLI_PORT_IN_USE,
  ERR_DTK_CLI_USAGE,
  EXIT_CODE_MEANINGS,
  EXIT_CODES,
  type ExitCode,
  type ExitCodeName,
  type Failure,
  InterruptedError,
  NotSignedInError,
  PortInUseError,
  UsageError,
} from './errors.js';
export type { CliIo, OutputStream, SessionSummary } from './output.js';
export { BANNO_OFFLINE_ACCESS, DEFAULT_REDIRECT_URI } from './settings.js';
