// Where `dtk` keeps its files, and the config file: named profiles, one per institution or client, read strictly
// (a misspelt setting is an error, not silently ignored) and changed under a lock, written atomically with mode 0600.
import { mkdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isTokenStoreError } from '@dtk/auth';
import { replacePrivateFile, withFileLock } from '@dtk/auth/native';
import { ConfigError } from './errors.js';

export type Environment = Readonly<Record<string, string | undefined>>;

/** Assertion algorithms Banno accepts for `private_key_jwt`. */
export const KEY_ALGORITHMS = ['PS256', 'ES256', 'RS256'] as const;
export type KeyAlgorithm = (typeof KEY_ALGORITHMS)[number];

/** How a client that signs users in authenticates at the token endpoint (`none`: a public client with PKCE). */
export const CLIENT_AUTH_METHODS = ['none', 'client_secret_post', 'client_secret_basic'] as const;
export type ClientAuthMethodSetting = (typeof CLIENT_AUTH_METHODS)[number];

/** One profile of the config file. Every field is optional: flags and environment variables fill in the rest. */
export interface ProfileConfig {
  /** The OpenID provider, e.g. `https://digital.garden-fi.com/a/consumer/api/v0/oidc`. */
  issuer?: string;
  clientId?: string;
  /** The loopback redirect URI registered for the client, e.g. `http://127.0.0.1:8765/callback`. */
  redirectUri?: string;
  scopes?: string[];
  /** `none` (default: a public client) or how the client secret from `DTK_CLIENT_SECRET` is sent. */
  clientAuthMethod?: ClientAuthMethodSetting;
  /** Client credentials: the token endpoint, e.g. `https://banno.com/a/oidc-provider/api/v0/token`. */
  tokenUrl?: string;
  /** Client credentials: path of the private key file (PEM), relative to the config file. */
  key?: string;
  alg?: KeyAlgorithm;
  kid?: string;
}

export interface ConfigFile {
  /** The profile used when neither `--profile` nor `DTK_PROFILE` names one (default `default`). */
  defaultProfile?: string;
  profiles: Record<string, ProfileConfig>;
}

/** Where `dtk` keeps its config file and token file. */
export interface FileLocations {
  directory: string;
  configFile: string;
  tokenFile: string;
}

/**
 * `DTK_CONFIG_DIR`, else `$XDG_CONFIG_HOME/dtk`, else `%APPDATA%\dtk` on Windows, else `~/.config/dtk`. The config
 * file is `--config` or `DTK_CONFIG` when given, else `config.json` there; the token file is always `tokens.json`
 * in that directory.
 */
export function fileLocations(env: Environment, configFlag: string | undefined, cwd: string): FileLocations {
  const directory = env.DTK_CONFIG_DIR
    ? resolve(cwd, env.DTK_CONFIG_DIR)
    : env.XDG_CONFIG_HOME
      ? join(resolve(cwd, env.XDG_CONFIG_HOME), 'dtk')
      : process.platform === 'win32' && env.APPDATA
        ? join(env.APPDATA, 'dtk')
        : join(homedir(), '.config', 'dtk');
  const chosen = configFlag ?? env.DTK_CONFIG;
  return {
    directory,
    configFile: chosen ? resolve(cwd, chosen) : join(directory, 'config.json'),
    tokenFile: join(directory, 'tokens.json'),
  };
}

const PROFILE_FIELDS: Record<keyof ProfileConfig, 'string' | 'strings'> = {
  issuer: 'string',
  clientId: 'string',
  redirectUri: 'string',
  scopes: 'strings',
  clientAuthMethod: 'string',
  tokenUrl: 'string',
  key: 'string',
  alg: 'string',
  kid: 'string',
};

const PROFILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** Throws a ConfigError unless `name` can name a profile (it is also the key of the profile's tokens). */
export function checkProfileName(name: string): string {
  if (!PROFILE_NAME.test(name)) {
    throw new ConfigError(
      `profile name ${JSON.stringify(name.slice(0, 64))} is not allowed`,
      'use letters, digits, ".", "_" and "-" (at most 64 characters), starting with a letter or digit',
    );
  }
  return name;
}

function checkProfile(file: string, name: string, value: unknown): ProfileConfig {
  const where = `${file}: profiles.${name}`;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ConfigError(`${where} must be an object`);
  for (const [field, fieldValue] of Object.entries(value)) {
    const kind = PROFILE_FIELDS[field as keyof ProfileConfig];
    if (kind === undefined) {
      throw new ConfigError(
        `${where} has an unknown setting "${field.slice(0, 64)}"`,
        `known settings: ${Object.keys(PROFILE_FIELDS).join(', ')}`,
      );
    }
    const ok =
      kind === 'string'
        ? typeof fieldValue === 'string' && fieldValue !== ''
        : Array.isArray(fieldValue) && fieldValue.every((item) => typeof item === 'string' && item !== '');
    if (!ok)
      throw new ConfigError(
        `${where}.${field} must be ${kind === 'string' ? 'a non-empty string' : 'a list of strings'}`,
      );
  }
  const profile = value as ProfileConfig;
  if (profile.alg !== undefined && !KEY_ALGORITHMS.includes(profile.alg))
    throw new ConfigError(`${where}.alg must be one of ${KEY_ALGORITHMS.join(', ')}`);
  if (profile.clientAuthMethod !== undefined && !CLIENT_AUTH_METHODS.includes(profile.clientAuthMethod))
    throw new ConfigError(`${where}.clientAuthMethod must be one of ${CLIENT_AUTH_METHODS.join(', ')}`);
  return profile;
}

/** Reads the config file; a missing one is an empty configuration. */
export async function readConfigFile(path: string): Promise<ConfigFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: {} };
    throw new ConfigError(`cannot read the config file ${path}`, undefined, { cause: error });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // JSON.parse names the position; the file's content is never quoted.
    const position = /position \d+(?: \(line \d+ column \d+\))?/.exec((error as Error).message)?.[0];
    throw new ConfigError(
      `the config file ${path} is not valid JSON${position ? ` (${position})` : ''}`,
      'fix it, or point DTK_CONFIG / --config at another file',
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigError(`the config file ${path} must hold a JSON object`);
  const { defaultProfile, profiles = {}, ...unknown } = parsed as Record<string, unknown>;
  const extra = Object.keys(unknown);
  if (extra.length > 0)
    throw new ConfigError(
      `the config file ${path} has an unknown setting "${extra[0]?.slice(0, 64)}"`,
      'the top level holds "defaultProfile" and "profiles"',
    );
  if (defaultProfile !== undefined && typeof defaultProfile !== 'string')
    throw new ConfigError(`${path}: defaultProfile must be a string`);
  if (typeof profiles !== 'object' || profiles === null || Array.isArray(profiles))
    throw new ConfigError(`${path}: profiles must be an object of named profiles`);
  const checked: Record<string, ProfileConfig> = Object.create(null);
  for (const [name, profile] of Object.entries(profiles)) {
    checkProfileName(name);
    checked[name] = checkProfile(path, name, profile);
  }
  return { ...(defaultProfile !== undefined && { defaultProfile }), profiles: checked };
}

/** Writes the config file atomically with mode 0600; called under its lock. */
async function writeConfigFile(path: string, config: ConfigFile): Promise<void> {
  try {
    await replacePrivateFile(path, `${JSON.stringify(config, null, 2)}\n`);
  } catch (error) {
    throw new ConfigError(`cannot write the config file ${path}`, undefined, { cause: error });
  }
}

/** How long a save waits for another dtk process that is changing the config file. */
const CONFIG_LOCK_TIMEOUT_MS = 10_000;

/**
 * Changes the config file under a cross-process lock (`<file>.lock`): read afresh, `change`d, written atomically.
 * A login that spent minutes in the browser therefore keeps what another dtk process saved meanwhile.
 */
export async function updateConfigFile(path: string, change: (current: ConfigFile) => ConfigFile): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  try {
    await withFileLock(`${path}.lock`, async () => writeConfigFile(path, change(await readConfigFile(path))), {
      timeoutMs: CONFIG_LOCK_TIMEOUT_MS,
    });
  } catch (error) {
    if (!isTokenStoreError(error)) throw error;
    throw new ConfigError(
      `cannot write the config file ${path}: ${error.details.reason === 'lock_timeout' ? 'another dtk process holds its lock' : 'its lock file cannot be created'}`,
      `wait for the other dtk, or remove a stale ${path}.lock`,
      { cause: error },
    );
  }
}
