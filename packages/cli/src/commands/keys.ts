// `dtk keys create`: a key pair for private_key_jwt. The private key (PKCS#8 PEM) is written owner-only and never
// printed; the public key is written as PEM and as a JWKS with its `kid` (RFC 7638 thumbprint unless given), to be
// registered with the client at the provider.
import { generateKeyPair, type KeyObject } from 'node:crypto';
import { mkdir, open, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { calculateJwkThumbprint, exportJWK, type JWK } from 'jose';
import { COMMON_OPTIONS, type CommandSpec, type Values } from '../command-line.js';
import { KEY_ALGORITHMS, type KeyAlgorithm } from '../config-file.js';
import { UsageError } from '../errors.js';
import { type CliIo, printJson, printLine, table } from '../output.js';

const generate = promisify(generateKeyPair);
const RSA_SIZES = ['2048', '3072', '4096'];

export const keysCreateCommand: CommandSpec = {
  name: 'keys create',
  summary: 'create a key pair for private_key_jwt and print the public JWK to register',
  options: {
    ...COMMON_OPTIONS,
    'out-dir': { type: 'string', short: 'o' },
    name: { type: 'string' },
    alg: { type: 'string' },
    bits: { type: 'string' },
    kid: { type: 'string' },
    force: { type: 'boolean' },
  },
  help: `Create a key pair for a machine client that authenticates with private_key_jwt (client credentials
for the Admin API), and print the public key as a JWK with its "kid", and the steps to register it.

Writes, in --out-dir:
  private-key.pem   the private key (PKCS#8 PEM, mode 0600): keep it secret, never commit it
  public-key.pem    the public key (SPKI PEM)
  jwks.json         the public key as a JSON Web Key Set, with "kid", "alg" and "use": "sig"

Usage: dtk keys create [flags]

Flags:
  -o, --out-dir <dir>    where to write the files (default: the current directory)
      --name <name>      prefix of the file names: <name>-private-key.pem, ...
      --alg <alg>        PS256 (default), RS256 (RSA keys) or ES256 (an EC P-256 key)
      --bits <n>         RSA key size: 2048 (default), 3072 or 4096
      --kid <kid>        key ID (default: the key's RFC 7638 SHA-256 thumbprint)
      --force            replace existing files
      --json             print the result as JSON
  -h, --help             show this help`,
};

async function createKeyPair(
  alg: KeyAlgorithm,
  bits: number,
): Promise<{ privateKey: KeyObject; publicKey: KeyObject }> {
  return alg === 'ES256' ? generate('ec', { namedCurve: 'P-256' }) : generate('rsa', { modulusLength: bits });
}

/** Writes `text` to a new file with `mode`; an existing file is replaced only with `force`. */
async function writeNew(path: string, text: string, mode: number, force: boolean): Promise<void> {
  if (force) await rm(path, { force: true });
  const handle = await open(path, 'wx', mode);
  try {
    await handle.writeFile(text);
    await handle.chmod(mode); // the umask may have narrowed or widened nothing, but make it exact
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function registrationSteps(files: { publicKey: string; jwks: string; privateKey: string }, alg: string): string {
  return `To use it for private_key_jwt (client credentials):
  1. Register the public key for the client where its client credentials are set up, either as PEM
     (${files.publicKey}) or as a JWKS URI that serves ${files.jwks}; a JWKS URI lets you rotate
     keys without registering again.
  2. Note the client ID the provider gives the client.
  3. Get a token:
       dtk token --client-credentials --client-id <client ID> --key ${files.privateKey} --alg ${alg} \\
         --token-url https://banno.com/a/oidc-provider/api/v0/token
  Keep ${files.privateKey} secret: anyone holding it can act as the client.`;
}

export async function runKeysCreate(values: Values, io: CliIo): Promise<number> {
  const alg = ((values.alg as string | undefined) ?? 'PS256').toUpperCase();
  if (!KEY_ALGORITHMS.includes(alg as KeyAlgorithm))
    throw new UsageError(`--alg must be one of ${KEY_ALGORITHMS.join(', ')}`, 'keys create');
  const bitsText = (values.bits as string | undefined) ?? '2048';
  if (!RSA_SIZES.includes(bitsText))
    throw new UsageError(`--bits must be one of ${RSA_SIZES.join(', ')}`, 'keys create');
  if (alg === 'ES256' && values.bits !== undefined)
    throw new UsageError('--bits applies to RSA keys only (PS256, RS256)', 'keys create');
  const name = values.name as string | undefined;
  if (name !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(name))
    throw new UsageError('--name may hold letters, digits, ".", "_" and "-"', 'keys create');
  const directory = resolve(io.cwd, (values['out-dir'] as string | undefined) ?? '.');
  const prefix = name ? `${name}-` : '';
  const paths = {
    privateKey: join(directory, `${prefix}private-key.pem`),
    publicKey: join(directory, `${prefix}public-key.pem`),
    jwks: join(directory, `${prefix}jwks.json`),
  };
  const force = values.force === true;
  for (const path of Object.values(paths)) {
    if (!force && (await exists(path)))
      throw new UsageError(`${path} already exists; use --force to replace it, or --out-dir / --name`, 'keys create');
  }

  const { privateKey, publicKey } = await createKeyPair(alg as KeyAlgorithm, Number(bitsText));
  const exported = await exportJWK(publicKey);
  const kid = (values.kid as string | undefined) ?? (await calculateJwkThumbprint(exported, 'sha256'));
  const publicJwk: JWK = { ...exported, kid, alg, use: 'sig' };
  const jwks = { keys: [publicJwk] };

  await mkdir(directory, { recursive: true });
  await writeNew(paths.privateKey, privateKey.export({ type: 'pkcs8', format: 'pem' }) as string, 0o600, force);
  await writeNew(paths.publicKey, publicKey.export({ type: 'spki', format: 'pem' }) as string, 0o644, force);
  await writeNew(paths.jwks, `${JSON.stringify(jwks, null, 2)}\n`, 0o644, force);

  if (values.json) {
    printJson(io, { alg, kid, files: paths, publicJwk, jwks });
    return 0;
  }
  const shown = Object.fromEntries(
    Object.entries(paths).map(([key, path]) => {
      const relativePath = relative(io.cwd, path);
      return [key, relativePath.startsWith('..') ? path : `./${relativePath}`];
    }),
  ) as typeof paths;
  const size = alg === 'ES256' ? 'EC P-256' : `RSA ${bitsText} bits`;
  printLine(io, `Created a ${alg} key pair (${size}), kid ${kid}:`);
  printLine(
    io,
    table([
      ['private key', `${shown.privateKey} (mode 600)`],
      ['public key', shown.publicKey],
      ['JWKS', shown.jwks],
    ]),
  );
  printLine(io);
  printLine(io, 'Public JWK to register:');
  printLine(io, JSON.stringify(publicJwk, null, 2));
  printLine(io);
  printLine(io, registrationSteps(shown, alg));
  return 0;
}
