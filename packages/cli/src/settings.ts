// The settings a command runs with, each taken from the first place that has it: a flag, then an environment
// variable (`DTK_…`), then the profile in the config file, then the built-in default.
import { dirname, resolve } from 'node:path';
import { urlOption } from '@dtk/core';
import {
  type ClientAuthMethodSetting,
  type ConfigFile,
  checkProfileName,
  type Environment,
  type FileLocations,
  fileLocations,
  KEY_ALGORITHMS,
  type KeyAlgorithm,
  type ProfileConfig,
  readConfigFile,
} from './config-file.js';
import { ConfigError, UsageError } from './errors.js';

/** The redirect URI `dtk login` listens on unless told otherwise (register it with the provider, port included). */
export const DEFAULT_REDIRECT_URI = 'http://127.0.0.1:8765/callback';
/** Banno's refresh-token scope for the Consumer API. */
export const BANNO_OFFLINE_ACCESS = 'https://api.banno.com/consumer/auth/offline_access';
const CONSUMER_ISSUER_PATH = '/a/consumer/api/v0/oidc';

/** The flags every session command shares (undefined when not given). */
export interface SettingFlags {
  profile?: string | undefined;
  config?: string | undefined;
  issuer?: string | undefined;
  'client-id'?: string | undefined;
  'redirect-uri'?: string | undefined;
  scope?: string[] | undefined;
  'token-url'?: string | undefined;
  key?: string | undefined;
  alg?: string | undefined;
  kid?: string | undefined;
}

/** Where a setting came from (shown by `dtk status --json`). */
export type SettingSource = 'flag' | 'env' | 'config' | 'default';

export interface Settings {
  profile: string;
  files: FileLocations;
  config: ConfigFile;
  /** The profile as the config file has it (empty when it has none). */
  stored: ProfileConfig;
  issuer: string | undefined;
  clientId: string | undefined;
  redirectUri: string;
  /** Scopes asked for; empty when none were configured (each command picks its default). */
  scopes: string[];
  /** From `DTK_CLIENT_SECRET` only: a secret never goes in a flag (visible to other users) or the config file. */
  clientSecret: string | undefined;
  clientAuthMethod: ClientAuthMethodSetting;
  tokenUrl: string | undefined;
  /** Absolute path of the private key file. */
  key: string | undefined;
  alg: KeyAlgorithm;
  kid: string | undefined;
  sources: Record<'profile' | 'issuer' | 'clientId' | 'redirectUri' | 'scopes', SettingSource>;
}

function splitScopes(text: string): string[] {
  return text.split(/[\s,]+/).filter(Boolean);
}

function pick<T>(
  flag: T | undefined,
  env: T | undefined,
  config: T | undefined,
): { value: T | undefined; source: SettingSource } {
  if (flag !== undefined) return { value: flag, source: 'flag' };
  if (env !== undefined) return { value: env, source: 'env' };
  if (config !== undefined) return { value: config, source: 'config' };
  return { value: undefined, source: 'default' };
}

const nonEmpty = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);

/** Reads the config file and resolves every setting for `flags` and `env`. */
export async function resolveSettings(flags: SettingFlags, env: Environment, cwd: string): Promise<Settings> {
  const files = fileLocations(env, flags.config, cwd);
  const config = await readConfigFile(files.configFile);
  const profileChoice = pick(flags.profile, nonEmpty(env.DTK_PROFILE), config.defaultProfile);
  const profile = checkProfileName(profileChoice.value ?? 'default');
  const stored = Object.hasOwn(config.profiles, profile) ? (config.profiles[profile] as ProfileConfig) : {};

  const issuer = pick(flags.issuer, nonEmpty(env.DTK_ISSUER), stored.issuer);
  const clientId = pick(flags['client-id'], nonEmpty(env.DTK_CLIENT_ID), stored.clientId);
  const redirectUri = pick(flags['redirect-uri'], nonEmpty(env.DTK_REDIRECT_URI), stored.redirectUri);
  const scopes = pick(
    flags.scope && flags.scope.length > 0 ? flags.scope.flatMap(splitScopes) : undefined,
    env.DTK_SCOPES ? splitScopes(env.DTK_SCOPES) : undefined,
    stored.scopes,
  );
  const algChoice = pick(flags.alg, nonEmpty(env.DTK_ALG), stored.alg);
  const alg = algChoice.value ?? 'PS256';
  if (!KEY_ALGORITHMS.includes(alg as KeyAlgorithm)) {
    const message = `${algChoice.source === 'flag' ? '--alg' : 'DTK_ALG'} must be one of ${KEY_ALGORITHMS.join(', ')}, got ${JSON.stringify(alg.slice(0, 20))}`;
    throw algChoice.source === 'flag' ? new UsageError(message, 'token') : new ConfigError(message);
  }
  // A key path from the config file is relative to that file; from a flag or the environment, to the working folder.
  const keyFromCommandLine = flags.key ?? nonEmpty(env.DTK_KEY);
  const key =
    keyFromCommandLine !== undefined
      ? resolve(cwd, keyFromCommandLine)
      : stored.key !== undefined
        ? resolve(dirname(files.configFile), stored.key)
        : undefined;

  return {
    profile,
    files,
    config,
    stored,
    issuer: issuer.value,
    clientId: clientId.value,
    redirectUri: redirectUri.value ?? DEFAULT_REDIRECT_URI,
    scopes: scopes.value ?? [],
    clientSecret: nonEmpty(env.DTK_CLIENT_SECRET),
    clientAuthMethod: stored.clientAuthMethod ?? (env.DTK_CLIENT_SECRET ? 'client_secret_post' : 'none'),
    tokenUrl: pick(flags['token-url'], nonEmpty(env.DTK_TOKEN_URL), stored.tokenUrl).value,
    key,
    alg: alg as KeyAlgorithm,
    kid: pick(flags.kid, nonEmpty(env.DTK_KID), stored.kid).value,
    sources: {
      profile: profileChoice.source,
      issuer: issuer.source,
      clientId: clientId.source,
      redirectUri: redirectUri.source,
      scopes: scopes.source,
    },
  };
}

/** The scopes `dtk login` asks for when none are configured: `openid`, and Banno's offline access at a Consumer issuer. */
export function defaultLoginScopes(issuer: string): string[] {
  return new URL(issuer).pathname.replace(/\/$/, '') === CONSUMER_ISSUER_PATH
    ? ['openid', BANNO_OFFLINE_ACCESS]
    : ['openid'];
}

function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * A provider URL setting, checked: https, or plain http on a loopback address only (a local sandbox). Returns the
 * URL and whether plain http must be allowed for it.
 */
export function providerUrl(
  name: string,
  value: string | undefined,
  example: string,
  hint: string,
): { url: string; insecure: boolean } {
  if (value === undefined) throw new ConfigError(`no ${name} is configured`, hint);
  let url: URL;
  try {
    url = urlOption(name, value, { example });
  } catch (error) {
    throw new ConfigError((error as Error).message, hint);
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    throw new ConfigError(`${name} must use https (plain http is only accepted on 127.0.0.1 or localhost)`, hint);
  }
  return { url: value, insecure: url.protocol === 'http:' };
}

/** The issuer and client ID of a command that signs a user in, or a ConfigError saying how to set them. */
export function requireClient(settings: Settings): { issuer: string; clientId: string; insecure: boolean } {
  const hint = `give --issuer and --client-id, set DTK_ISSUER and DTK_CLIENT_ID, or add them to profile "${settings.profile}" in ${settings.files.configFile}`;
  const { url, insecure } = providerUrl(
    'issuer',
    settings.issuer,
    'https://digital.garden-fi.com/a/consumer/api/v0/oidc',
    hint,
  );
  if (settings.clientId === undefined) throw new ConfigError('no client ID is configured', hint);
  if (settings.clientAuthMethod !== 'none' && settings.clientSecret === undefined) {
    throw new ConfigError(
      `profile "${settings.profile}" uses ${settings.clientAuthMethod}, but DTK_CLIENT_SECRET is not set`,
      'export DTK_CLIENT_SECRET (never put a secret in a flag or the config file)',
    );
  }
  return { issuer: url, clientId: settings.clientId, insecure };
}
