// `dtk token --client-credentials`: a machine client's access token (Admin API) from the client-credentials grant,
// the client authenticated by a private_key_jwt assertion signed with a key file. Nothing is stored.
import { readFile, stat } from 'node:fs/promises';
import { clientCredentials } from '@dtk/auth/confidential';
import type { Values } from '../command-line.js';
import { ConfigError } from '../errors.js';
import { type CliIo, note, printJson, printLine } from '../output.js';
import { interruptibleFetch, throwIfInterrupted } from '../session.js';
import { providerUrl, type Settings } from '../settings.js';

async function readKeyFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ConfigError(
      `cannot read the key file ${path}${code ? ` (${code})` : ''}`,
      'give the private key PEM with --key or DTK_KEY; create a key pair with: dtk keys create',
      { cause: error },
    );
  }
  return text;
}

/** Warns when a private key file is readable by others (after the key was found to be a private key). */
async function warnIfShared(path: string, io: CliIo): Promise<void> {
  if (process.platform !== 'win32' && ((await stat(path)).mode & 0o077) !== 0) {
    note(io, `warning: the key file ${path} is readable by other users; run: chmod 600 ${path}`);
  }
}

export async function runClientCredentials(settings: Settings, values: Values, io: CliIo): Promise<number> {
  const hint = `give --client-id, --key and --token-url (or DTK_CLIENT_ID, DTK_KEY, DTK_TOKEN_URL), or add clientId, key and tokenUrl to profile "${settings.profile}"`;
  if (settings.clientId === undefined) throw new ConfigError('no client ID is configured', hint);
  if (settings.key === undefined) throw new ConfigError('no private key file is configured', hint);
  const useTokenUrl = settings.tokenUrl !== undefined || settings.issuer === undefined;
  const target = useTokenUrl
    ? providerUrl('token URL', settings.tokenUrl, 'https://banno.com/a/oidc-provider/api/v0/token', hint)
    : providerUrl('issuer', settings.issuer, 'https://banno.com/a/oidc-provider/api/v0', hint);
  const privateKey = await readKeyFile(settings.key);
  const scope = settings.scopes.length > 0 ? settings.scopes : ['openid'];
  const fetch = interruptibleFetch(io.signal);
  const tokens = clientCredentials({
    clientId: settings.clientId,
    ...(useTokenUrl ? { tokenUrl: target.url } : { issuer: target.url }),
    privateKey,
    alg: settings.alg,
    ...(settings.kid !== undefined && { kid: settings.kid }),
    scope,
    allowInsecureRequests: target.insecure,
    ...(fetch && { fetch }),
  });
  await warnIfShared(settings.key, io);
  const accessToken = await tokens.getAccessToken();
  throwIfInterrupted(io.signal);
  const tokenSet = await tokens.getTokenSet();
  if (values.json) {
    printJson(io, {
      clientId: settings.clientId,
      accessToken,
      tokenType: tokenSet?.tokenType ?? 'Bearer',
      expiresAt: tokenSet?.expiresAt === undefined ? null : new Date(tokenSet.expiresAt).toISOString(),
      scopes: (tokenSet?.scope ?? scope.join(' ')).split(' ').filter(Boolean),
    });
  } else {
    printLine(io, accessToken);
  }
  return 0;
}
