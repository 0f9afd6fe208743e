// `dtk login`: authorization code with PKCE through the system browser (RFC 8252). A loopback listener on the
// registered redirect URI waits for the redirect carrying this login's state; the code is exchanged, and only then
// are the tokens stored. A failed or cancelled login leaves the stored tokens exactly as they were.
import { buildAuthorizationUrl, handleCallback, type TokenSet } from '@dtk/auth';
import { type LoopbackListener, startLoopbackListener } from '@dtk/auth/native';
import { openInBrowser } from '../browser.js';
import {
  CLIENT_HELP,
  CLIENT_OPTIONS,
  type CommandSpec,
  PROFILE_HELP,
  PROFILE_OPTIONS,
  secondsFlag,
  type Values,
} from '../command-line.js';
import { type ProfileConfig, updateConfigFile } from '../config-file.js';
import { ConfigError, describeFailure, InterruptedError, PortInUseError } from '../errors.js';
import { type CliIo, note, printJson, printLine, sessionSummary } from '../output.js';
import { sessionClient, throwIfInterrupted, tokenStore } from '../session.js';
import { defaultLoginScopes, resolveSettings, type SettingFlags, type Settings } from '../settings.js';

const DEFAULT_TIMEOUT_SECONDS = 300;

export const loginCommand: CommandSpec = {
  name: 'login',
  summary: 'sign in through the browser and store the tokens',
  options: {
    ...PROFILE_OPTIONS,
    ...CLIENT_OPTIONS,
    'no-browser': { type: 'boolean' },
    timeout: { type: 'string' },
  },
  help: `Sign in through the browser (authorization code with PKCE) and store the tokens for the profile.

dtk listens on the loopback redirect URI registered for the client, opens the provider's sign-in page in
your browser, and waits for the redirect that carries this login's state. The tokens go to tokens.json
(mode 0600) in the dtk config directory; the client settings used are saved in the profile.

Usage: dtk login [flags]

Flags:
${CLIENT_HELP}
      --no-browser       do not open a browser: print the URL to open yourself (e.g. over SSH)
      --timeout <sec>    how long to wait for the browser (default ${DEFAULT_TIMEOUT_SECONDS})
${PROFILE_HELP}

Environment:
  DTK_CLIENT_SECRET      the client secret of a confidential client (a secret is never read from a flag)
  DTK_BROWSER            command that opens the URL instead of the system browser

Examples:
  $ dtk login --issuer https://digital.garden-fi.com/a/consumer/api/v0/oidc --client-id my-cli
  $ dtk login --profile garden --no-browser`,
};

const SUCCESS_PAGE = `<!doctype html><meta charset="utf-8"><title>dtk</title>
<style>body{font:16px system-ui,sans-serif;margin:4rem auto;max-width:32rem;color:#222}</style>
<h1>Sign-in received</h1><p>dtk has the answer from the sign-in page. You can close this window and return to the
terminal, which shows the result.</p>`;

function waitOrAbort<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new InterruptedError());
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new InterruptedError());
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function listen(redirectUri: string, state: string, timeoutMs: number): Promise<LoopbackListener> {
  try {
    return await startLoopbackListener(redirectUri, { state, timeoutMs, successHtml: SUCCESS_PAGE });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new PortInUseError(redirectUri, { cause: error });
    if (error instanceof TypeError)
      throw new ConfigError(`redirect URI ${redirectUri} cannot be used for dtk login: ${error.message}`);
    if (code === 'EADDRNOTAVAIL' || code === 'EACCES')
      throw new ConfigError(`cannot listen on ${redirectUri} (${code})`, undefined, { cause: error });
    throw error;
  }
}

/** Saves the client settings the login used in the profile, so later commands need no flags. */
async function saveProfile(settings: Settings, scopes: string[], io: CliIo): Promise<void> {
  const wanted: ProfileConfig = {
    ...settings.stored,
    issuer: settings.issuer,
    clientId: settings.clientId,
    ...(settings.sources.redirectUri !== 'default' && { redirectUri: settings.redirectUri }),
    ...(settings.sources.scopes !== 'default' && { scopes }),
    // Remembered so that a later command without DTK_CLIENT_SECRET says so, instead of failing at the provider.
    ...(settings.clientAuthMethod !== 'none' && { clientAuthMethod: settings.clientAuthMethod }),
  };
  if (JSON.stringify(wanted) === JSON.stringify(settings.stored)) return;
  await updateConfigFile(settings.files.configFile, (current) => ({
    ...current,
    profiles: { ...current.profiles, [settings.profile]: wanted },
  }));
  note(io, `Saved profile "${settings.profile}" in ${settings.files.configFile}`);
}

function subjectOf(tokenSet: TokenSet): string {
  const claims = tokenSet.idTokenClaims;
  if (!claims) return 'the signed-in user';
  const name = [claims.name, claims.preferred_username, claims.email].find((value) => typeof value === 'string');
  return name ? `${name} (${claims.sub})` : claims.sub;
}

export async function runLogin(values: Values, io: CliIo): Promise<number> {
  const timeoutMs = secondsFlag('login', 'timeout', (values.timeout as string) ?? String(DEFAULT_TIMEOUT_SECONDS));
  const settings = await resolveSettings(values as SettingFlags, io.env, io.cwd);
  const client = sessionClient(settings, io.signal);
  const scopes = settings.scopes.length > 0 ? settings.scopes : defaultLoginScopes(client.issuer);
  const store = tokenStore(settings);
  // A token file that cannot be read is reported now, not after the user has signed in for nothing.
  await store.get(settings.profile);

  const request = await buildAuthorizationUrl({
    issuer: client.issuer,
    clientId: client.clientId,
    redirectUri: settings.redirectUri,
    scopes,
    allowInsecureRequests: client.allowInsecureRequests,
    ...(client.fetch && { fetch: client.fetch }),
  });
  const listener = await listen(settings.redirectUri, request.state, timeoutMs);
  try {
    if (values['no-browser']) {
      note(io, `Open this URL in a browser to sign in:\n\n  ${request.url}\n`);
    } else {
      note(io, `Opening the sign-in page in your browser. If it does not open, go to:\n\n  ${request.url}\n`);
      await (io.openBrowser ?? ((url) => openInBrowser(url, io.env)))(request.url).catch(() =>
        note(io, 'Could not start a browser: open the URL above yourself.'),
      );
    }
    note(io, `Waiting for the sign-in on ${settings.redirectUri} (up to ${timeoutMs / 1000} s; Ctrl-C to cancel)...`);
    const callbackUrl = await waitOrAbort(listener.callbackUrl, io.signal);
    const callback = handleCallback(callbackUrl, request);
    const tokenSet = await client.exchangeCode(callback, request);
    // Ctrl-C during the exchange: the tokens are not stored, whatever the provider answered.
    throwIfInterrupted(io.signal);
    await store.set(settings.profile, tokenSet);
    // The login itself has succeeded: a config file that cannot be written is worth a warning, not a failure.
    await saveProfile(settings, scopes, io).catch((error: unknown) =>
      note(io, `warning: the profile was not saved: ${describeFailure(error).message}`),
    );
    if (values.json) printJson(io, sessionSummary({ ...settings, issuer: client.issuer }, tokenSet));
    else printLine(io, `✓ Signed in as ${subjectOf(tokenSet)} (profile "${settings.profile}", ${client.issuer})`);
    return 0;
  } finally {
    await listener.close();
  }
}
