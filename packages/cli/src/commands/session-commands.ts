// `dtk status`, `dtk token` and `dtk logout`: what the stored session is, a valid access token from it (renewed
// when due, under the token file's lock), and signing out (revoke at the provider, then forget locally).
import { chmod, stat } from 'node:fs/promises';
import type { TokenSet } from '@dtk/auth';
import { type CommandSpec, PROFILE_HELP, PROFILE_OPTIONS, type Values } from '../command-line.js';
import { EXIT_CODES, HintedError, UsageError } from '../errors.js';
import { type CliIo, note, printJson, printLine, relativeTime, sessionSummary, table } from '../output.js';
import {
  checkIssuedBy,
  sessionClient,
  sessionTokens,
  storedTokens,
  throwIfInterrupted,
  tokenStore,
} from '../session.js';
import { resolveSettings, type SettingFlags, type Settings } from '../settings.js';
import { runClientCredentials } from './client-credentials.js';

export const statusCommand: CommandSpec = {
  name: 'status',
  summary: 'show the profile, who is signed in, expiry and scopes',
  options: { ...PROFILE_OPTIONS, all: { type: 'boolean', short: 'a' } },
  help: `Show the session of a profile: provider, client, who is signed in, when the access token expires,
whether it can be renewed, and the scopes granted. No token is printed, and nothing is sent to the provider.

Exits with 4 when the profile is not signed in (with --all: when none is).

Usage: dtk status [flags]

Flags:
  -a, --all              one line per profile of the config file (* marks the one in use)
${PROFILE_HELP}`,
};

/** Owner-only: warns when the token file has become readable by others, and tightens it. */
async function checkTokenFileMode(settings: Settings, io: CliIo): Promise<string> {
  try {
    const mode = (await stat(settings.files.tokenFile)).mode & 0o777;
    if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
      await chmod(settings.files.tokenFile, 0o600);
      note(io, `warning: ${settings.files.tokenFile} was readable by others (mode ${mode.toString(8)}); set it to 600`);
      return '600';
    }
    return mode.toString(8);
  } catch {
    return 'missing';
  }
}

function expiryText(tokenSet: TokenSet, now: number): string {
  if (tokenSet.expiresAt === undefined) return 'expiry not given by the provider';
  const when = `${new Date(tokenSet.expiresAt).toISOString()} (${relativeTime(tokenSet.expiresAt, now)})`;
  if (now < tokenSet.expiresAt) return `valid until ${when}`;
  return tokenSet.refreshToken ? `expired ${when}; dtk token renews it` : `expired ${when}; run dtk login`;
}

/** `dtk status --all`: one line (or one JSON object) per profile of the config file. */
async function allProfiles(settings: Settings, values: Values, io: CliIo): Promise<number> {
  const store = tokenStore(settings);
  const names = [...new Set([settings.profile, ...Object.keys(settings.config.profiles)])].sort();
  const summaries = [];
  for (const profile of names) {
    const profileSettings = await resolveSettings({ ...(values as SettingFlags), profile }, io.env, io.cwd);
    summaries.push({
      ...sessionSummary(profileSettings, await store.get(profile)),
      current: profile === settings.profile,
    });
  }
  if (values.json) printJson(io, summaries);
  else {
    const width = Math.max(...names.map((name) => name.length));
    const now = Date.now();
    for (const summary of summaries) {
      const state = summary.signedIn
        ? `signed in as ${summary.subject ?? '(no ID token)'} at ${summary.issuer}; access token ${
            summary.accessTokenExpiresAt === null || summary.accessTokenExpiresAt === undefined
              ? 'expiry unknown'
              : `${summary.accessTokenExpired ? 'expired' : 'valid'} (${relativeTime(Date.parse(summary.accessTokenExpiresAt), now)})`
          }`
        : 'not signed in';
      printLine(io, `${summary.current ? '*' : ' '} ${summary.profile.padEnd(width)}  ${state}`);
    }
  }
  return summaries.some((summary) => summary.signedIn) ? EXIT_CODES.ok : EXIT_CODES.auth;
}

export async function runStatus(values: Values, io: CliIo): Promise<number> {
  const settings = await resolveSettings(values as SettingFlags, io.env, io.cwd);
  // Every form of status checks the mode (the warning goes to stderr, so --json output stays one JSON document).
  const mode = await checkTokenFileMode(settings, io);
  if (values.all) return allProfiles(settings, values, io);
  const tokenSet = await tokenStore(settings).get(settings.profile);
  const summary = sessionSummary(settings, tokenSet);
  if (values.json) {
    printJson(io, { ...summary, profileSource: settings.sources.profile, configFile: settings.files.configFile });
  } else if (!tokenSet) {
    printLine(io, `Profile "${settings.profile}": not signed in.`);
    printLine(io, `Run: dtk login${settings.profile === 'default' ? '' : ` --profile ${settings.profile}`}`);
  } else {
    const now = Date.now();
    printLine(io, `Profile "${settings.profile}": signed in`);
    printLine(
      io,
      table([
        ['issuer', summary.issuer ?? '(not configured)'],
        ['client', settings.clientId ?? '(not configured)'],
        ['subject', summary.subject ?? '(no ID token)'],
        ['access token', expiryText(tokenSet, now)],
        ['refresh token', tokenSet.refreshToken ? 'yes' : 'no'],
        ['scopes', summary.scopes?.join(' ') || '(not given)'],
        ['token file', `${settings.files.tokenFile} (mode ${mode})`],
      ]),
    );
  }
  return tokenSet ? EXIT_CODES.ok : EXIT_CODES.auth;
}

export const tokenCommand: CommandSpec = {
  name: 'token',
  summary: 'print a valid access token (renewed when needed)',
  options: {
    ...PROFILE_OPTIONS,
    'client-credentials': { type: 'boolean' },
    'client-id': { type: 'string' },
    key: { type: 'string' },
    'token-url': { type: 'string' },
    issuer: { type: 'string' },
    scope: { type: 'string', multiple: true },
    alg: { type: 'string' },
    kid: { type: 'string' },
  },
  help: `Print a valid access token of the profile's session on stdout, renewing it first with the refresh
token when it expires within the refresh window. A failed renewal never removes a token that is still valid.

With --client-credentials: request a token for a machine client (Admin API) with the client-credentials
grant, authenticated by a private_key_jwt assertion signed with --key. Nothing is stored.

Usage: dtk token [flags]
       dtk token --client-credentials --client-id <id> --key <key.pem> [--token-url <url>]

Flags:
${PROFILE_HELP}

Client credentials:
      --client-credentials   use the client-credentials grant instead of the stored session
      --client-id <id>       the machine client's ID (DTK_CLIENT_ID)
      --key <file>           its private key, PEM (DTK_KEY); create one with: dtk keys create
      --token-url <url>      token endpoint (DTK_TOKEN_URL), e.g. https://banno.com/a/oidc-provider/api/v0/token
      --issuer <url>         or the provider, whose token endpoint is discovered (DTK_ISSUER)
      --scope <scope>        scopes to ask for (DTK_SCOPES; default openid)
      --alg <alg>            assertion algorithm: PS256 (default), ES256 or RS256 (DTK_ALG)
      --kid <kid>            key ID in the assertion header (DTK_KID)

  --key, --token-url, --scope, --alg and --kid need --client-credentials. Without it, --issuer and --client-id
  must name the provider and client the profile is signed in with: its tokens are never sent anywhere else.

Examples:
  $ curl -H "Authorization: Bearer $(dtk token)" https://digital.garden-fi.com/a/consumer/api/v0/users/$USER_ID/accounts
  $ dtk token --client-credentials --client-id my-job --key private-key.pem \\
      --token-url https://banno.com/a/oidc-provider/api/v0/token --json`,
};

/** The flags only `--client-credentials` reads: the stored session would silently ignore them. */
const CLIENT_CREDENTIALS_FLAGS = ['key', 'token-url', 'alg', 'kid', 'scope'] as const;

function listOfFlags(names: readonly string[]): string {
  const flags = names.map((name) => `--${name}`);
  return flags.length === 1 ? (flags[0] as string) : `${flags.slice(0, -1).join(', ')} and ${flags.at(-1)}`;
}

export async function runToken(values: Values, io: CliIo): Promise<number> {
  if (!values['client-credentials']) {
    const stray = CLIENT_CREDENTIALS_FLAGS.filter((name) => values[name] !== undefined);
    if (stray.length > 0) {
      throw new UsageError(
        `${listOfFlags(stray)} ${stray.length === 1 ? 'is' : 'are'} only used with --client-credentials`,
        'token',
      );
    }
  }
  const settings = await resolveSettings(values as SettingFlags, io.env, io.cwd);
  if (values['client-credentials']) {
    return runClientCredentials(settings, values, io);
  }
  const store = tokenStore(settings);
  // A token issued elsewhere than the provider asked for is neither printed nor renewed there.
  checkIssuedBy(settings, await storedTokens(store, settings.profile));
  const tokens = sessionTokens(settings, store, io.signal);
  const accessToken = await tokens.getAccessToken();
  // An interrupted renewal leaves the old token, still valid, to be handed out: Ctrl-C means stop, not print it.
  throwIfInterrupted(io.signal);
  const tokenSet = (await tokens.getTokenSet()) as TokenSet;
  if (values.json) {
    printJson(io, {
      profile: settings.profile,
      accessToken,
      tokenType: tokenSet.tokenType,
      expiresAt: tokenSet.expiresAt === undefined ? null : new Date(tokenSet.expiresAt).toISOString(),
      scopes: tokenSet.scope?.split(' ').filter(Boolean),
    });
  } else {
    printLine(io, accessToken);
  }
  return 0;
}

export const logoutCommand: CommandSpec = {
  name: 'logout',
  summary: 'revoke the tokens at the provider, then delete them',
  options: { ...PROFILE_OPTIONS, 'no-revoke': { type: 'boolean' } },
  help: `Sign out: revoke the profile's refresh and access tokens at the provider, then delete them from the
token file. If the provider cannot be reached the tokens are kept (run again later, or use --no-revoke).

Usage: dtk logout [flags]

Flags:
      --no-revoke        only delete the local tokens (they stay valid at the provider until they expire)
${PROFILE_HELP}`,
};

export async function runLogout(values: Values, io: CliIo): Promise<number> {
  const settings = await resolveSettings(values as SettingFlags, io.env, io.cwd);
  const store = tokenStore(settings);
  const tokenSet = await storedTokens(store, settings.profile);
  const revoke = !values['no-revoke'];
  if (revoke) {
    checkIssuedBy(settings, tokenSet);
    const client = sessionClient(settings, io.signal);
    try {
      // The refresh token first: revoking it ends the grant, and with it (at most providers) the access token.
      if (tokenSet.refreshToken) await client.revoke(tokenSet.refreshToken, 'refresh_token');
      await client.revoke(tokenSet.accessToken, 'access_token');
    } catch (error) {
      throw new HintedError(
        error,
        `the tokens were not revoked and are still stored; try again, or run dtk logout --no-revoke${
          settings.profile === 'default' ? '' : ` --profile ${settings.profile}`
        } to delete them locally only`,
      );
    }
  }
  await store.delete(settings.profile);
  if (values.json) printJson(io, { profile: settings.profile, revoked: revoke, deleted: true });
  else
    printLine(
      io,
      `✓ Signed out of profile "${settings.profile}"${revoke ? ': tokens revoked at the provider and deleted' : ': tokens deleted locally (not revoked)'}`,
    );
  return 0;
}
