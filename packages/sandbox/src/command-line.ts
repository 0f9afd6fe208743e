// What `dtk-sandbox` (and `pnpm sandbox`) does: read flags and an optional JSON config file, start
// the sandbox on fixed ports, print where everything is and the test credentials, run until stopped.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { exportPKCS8 } from 'jose';
import type { MachineClient, SandboxClientOptions } from './clients.js';
import { SandboxUsageError } from './errors.js';
import type { Sandbox, SandboxOptions } from './sandbox.js';
import type { HostName, ServedApi } from './served-api.js';

/** The ports `dtk-sandbox` uses unless told otherwise: consumer, admin, entity management. */
export const DEFAULT_PORT = 4400;

export const USAGE = `Usage: dtk-sandbox [options]

Runs a Banno-like environment on 127.0.0.1 until Ctrl-C: the Consumer, Admin and Entity Management
APIs (spec-driven, stateful) with real OpenID providers, seeded users and test clients.

Options:
  --port <n>            first of three ports: consumer n, admin n+1, entity management n+2
                        (default ${DEFAULT_PORT}; 0 picks free ports)
  --seed <value>        seed of the generated data (default banno-sandbox)
  --users <n>           how many consumer users (default 3)
  --password <value>    password of every test user (default: a new random one)
  --redirect-uri <uri>  add a redirect URI to sandbox-web-app and sandbox-public-app (repeatable)
  --config <file>       JSON file with startSandbox options (ports, seed, users, clients, faults, ...);
                        flags win over it
  --json                print what started as one JSON object instead of a table
  -h, --help            show this help

While it runs: GET /__sandbox on any host lists what is served; POST /__sandbox/faults adds a fault
rule (e.g. {"operation":"listAccounts","status":503,"times":1}), DELETE /__sandbox/faults clears them.`;

export interface CommandLine {
  options: SandboxOptions;
  json: boolean;
  help: boolean;
}

function positiveInteger(flag: string, value: string, allowZero = false): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < (allowZero ? 0 : 1))
    throw new SandboxUsageError(`${flag} needs a whole number${allowZero ? '' : ' above 0'}, got "${value}"`);
  return number;
}

const FLAGS = {
  port: { type: 'string' },
  seed: { type: 'string' },
  users: { type: 'string' },
  password: { type: 'string' },
  'redirect-uri': { type: 'string', multiple: true },
  config: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

// The settings a config file may hold: what startSandbox takes, kept complete by `satisfies` (a new option that is
// not listed here fails to compile). Fault rules are checked field by field when the sandbox starts.
const OPTION_KEYS = {
  ports: true,
  seed: true,
  users: true,
  password: true,
  clients: true,
  redirectUris: true,
  faults: true,
  aggregation: true,
  accessTokenTtlSeconds: true,
  dataDate: true,
  apis: true,
} as const satisfies Record<keyof SandboxOptions, true>;
const PORT_KEYS = { consumer: true, admin: true, entityManagement: true } as const satisfies Record<HostName, true>;
const AGGREGATION_KEYS = { durationMs: true, longPollMs: true } as const satisfies Record<
  keyof NonNullable<SandboxOptions['aggregation']>,
  true
>;
const CLIENT_KEYS = {
  provider: true,
  clientId: true,
  clientSecret: true,
  jwks: true,
  redirectUris: true,
  postLogoutRedirectUris: true,
  grantTypes: true,
  tokenEndpointAuthMethod: true,
  scopes: true,
  name: true,
} as const satisfies Record<keyof SandboxClientOptions, true>;
const API_KEYS = {
  name: true,
  description: true,
  maps: true,
  host: true,
  tokenIssuers: true,
  userTokenSchemes: true,
  errorSchema: true,
} as const satisfies Record<keyof ServedApi, true>;

/**
 * Refuses a config file setting startSandbox does not take (e.g. `redirectUri` for `redirectUris`), at the top and in
 * the nested objects, naming it and the known ones: a misspelt setting would otherwise be silently ignored.
 */
function checkConfigKeys(config: Record<string, unknown>, file: string): void {
  const fail = (message: string): never => {
    throw new SandboxUsageError(`--config ${file}: ${message}`);
  };
  const objectAt = (value: unknown, path: string): Record<string, unknown> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(`"${path}" must be an object`);
    return value as Record<string, unknown>;
  };
  const check = (value: unknown, known: object, path: string) => {
    for (const key of Object.keys(objectAt(value, path))) {
      if (!Object.hasOwn(known, key))
        fail(`unknown setting "${path ? `${path}.` : ''}${key}" (known: ${Object.keys(known).join(', ')})`);
    }
  };
  const checkEach = (value: unknown, known: object, path: string) => {
    if (!Array.isArray(value)) fail(`"${path}" must be an array`);
    (value as unknown[]).forEach((item, index) => {
      check(item, known, `${path}[${index}]`);
    });
  };
  check(config, OPTION_KEYS, '');
  if (config.ports !== undefined) check(config.ports, PORT_KEYS, 'ports');
  if (config.aggregation !== undefined) check(config.aggregation, AGGREGATION_KEYS, 'aggregation');
  if (config.clients !== undefined) checkEach(config.clients, CLIENT_KEYS, 'clients');
  if (config.apis !== undefined) checkEach(config.apis, API_KEYS, 'apis');
}

/** Reads the flags (and the config file they name). */
export async function parseCommandLine(args: readonly string[]): Promise<CommandLine> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof FLAGS; strict: true; allowPositionals: false }>>;
  try {
    parsed = parseArgs({
      args: [...args],
      strict: true,
      allowPositionals: false,
      options: FLAGS,
    });
  } catch (error) {
    throw new SandboxUsageError((error as Error).message);
  }
  const { values } = parsed;
  let options: SandboxOptions = {};
  if (values.config !== undefined) {
    let text: string;
    try {
      text = await readFile(values.config, 'utf8');
    } catch (error) {
      throw new SandboxUsageError(
        `cannot read --config ${values.config}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    try {
      options = JSON.parse(text) as SandboxOptions;
    } catch (error) {
      throw new SandboxUsageError(`--config ${values.config} is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof options !== 'object' || options === null || Array.isArray(options))
      throw new SandboxUsageError(`--config ${values.config} must hold a JSON object`);
    checkConfigKeys(options as Record<string, unknown>, values.config);
  }
  const base = values.port !== undefined ? positiveInteger('--port', values.port, true) : undefined;
  if (base !== undefined && base > 65533)
    throw new SandboxUsageError('--port must leave room for three ports (at most 65533)');
  const ports =
    base === undefined
      ? (options.ports ?? { consumer: DEFAULT_PORT, admin: DEFAULT_PORT + 1, entityManagement: DEFAULT_PORT + 2 })
      : base === 0
        ? { consumer: 0, admin: 0, entityManagement: 0 }
        : { consumer: base, admin: base + 1, entityManagement: base + 2 };
  return {
    options: {
      ...options,
      ports,
      ...(values.seed !== undefined && { seed: values.seed }),
      ...(values.users !== undefined && { users: positiveInteger('--users', values.users) }),
      ...(values.password !== undefined && { password: values.password }),
      ...(values['redirect-uri'] && { redirectUris: [...(options.redirectUris ?? []), ...values['redirect-uri']] }),
    },
    json: values.json === true,
    help: values.help === true,
  };
}

/** Writes the machine clients' private keys (PKCS#8 PEM, mode 0600) into a fresh temporary folder. */
export async function writeClientKeys(sandbox: Sandbox): Promise<{ folder: string; files: Record<string, string> }> {
  const folder = await mkdtemp(join(tmpdir(), 'dtk-sandbox-'));
  const files: Record<string, string> = {};
  for (const client of [sandbox.clients.adminJob, sandbox.clients.entityManagementJob] as MachineClient[]) {
    const file = join(folder, `${client.clientId}.pem`);
    await writeFile(file, await exportPKCS8(client.privateKey), { mode: 0o600 });
    await chmod(file, 0o600);
    files[client.clientId] = file;
  }
  return { folder, files };
}

export function removeClientKeys(folder: string): Promise<void> {
  return rm(folder, { recursive: true, force: true });
}

/** Everything a script needs, as `--json` prints it (no private key material, only where it is). */
export function describeSandbox(sandbox: Sandbox, keyFiles: Record<string, string>) {
  const { consumerWebApp, consumerPublicApp, adminCli, adminJob, entityManagementJob } = sandbox.clients;
  const machine = (client: MachineClient) => ({
    clientId: client.clientId,
    alg: client.alg,
    privateKeyFile: keyFiles[client.clientId],
    scopes: client.scopes,
  });
  return {
    consumer: {
      baseUrl: sandbox.consumer.baseUrl,
      issuer: sandbox.consumer.issuer,
      tokenUrl: sandbox.consumer.tokenUrl,
    },
    admin: { baseUrl: sandbox.admin.baseUrl, issuer: sandbox.admin.issuer, tokenUrl: sandbox.admin.tokenUrl },
    entityManagement: { baseUrl: sandbox.entityManagement.baseUrl, tokenUrl: sandbox.entityManagement.tokenUrl },
    institution: sandbox.institution,
    users: sandbox.users.map(({ userId, username, password, name, email, userType, accounts }) => ({
      userId,
      username,
      password,
      name,
      email,
      userType,
      accounts,
    })),
    admins: sandbox.admins,
    clients: {
      consumerWebApp,
      consumerPublicApp,
      adminCli,
      adminJob: machine(adminJob),
      entityManagementJob: machine(entityManagementJob),
    },
    faults: `${sandbox.consumer.origin}/__sandbox/faults`,
  };
}

/** The table a person reads. */
export function formatSandbox(sandbox: Sandbox, keyFiles: Record<string, string>): string {
  const { consumerWebApp, consumerPublicApp, adminCli, adminJob, entityManagementJob } = sandbox.clients;
  const password = sandbox.users[0]?.password ?? '';
  const lines = [
    'Banno sandbox on 127.0.0.1 — Ctrl-C stops it',
    '',
    `Consumer API        ${sandbox.consumer.baseUrl}`,
    `  OpenID issuer     ${sandbox.consumer.issuer}`,
    `Admin API           ${sandbox.admin.baseUrl}`,
    `  OpenID issuer     ${sandbox.admin.issuer}`,
    `Entity Management   ${sandbox.entityManagement.baseUrl}`,
    `  token endpoint    ${sandbox.entityManagement.tokenUrl}`,
    `Institution         ${sandbox.institution.id} (Entity Management: ${sandbox.institution.universalId})`,
    '',
    `Users (password ${password})`,
    ...sandbox.users.map((user) => `  ${user.username.padEnd(20)} ${user.name.padEnd(22)} userId ${user.userId}`),
    `Staff (Admin sign-in): ${sandbox.admins.map((admin) => admin.username).join(', ')} (same password)`,
    '',
    'Clients',
    `  ${consumerWebApp.clientId.padEnd(20)} consumer, secret ${consumerWebApp.clientSecret} (client_secret_basic)`,
    `  ${''.padEnd(20)} redirect URIs ${consumerWebApp.redirectUris.join(' ')}`,
    `  ${consumerPublicApp.clientId.padEnd(20)} consumer, public (PKCE), redirect URIs ${consumerPublicApp.redirectUris.join(' ')}`,
    `  ${adminCli.clientId.padEnd(20)} admin, secret ${adminCli.clientSecret} (client_secret_post), redirect URI ${adminCli.redirectUris.join(' ')}`,
    `  ${adminJob.clientId.padEnd(20)} admin, private_key_jwt ${adminJob.alg}, key ${keyFiles[adminJob.clientId]}`,
    `  ${entityManagementJob.clientId.padEnd(20)} entity management, private_key_jwt ${entityManagementJob.alg}, key ${keyFiles[entityManagementJob.clientId]}`,
    '',
    `Faults: POST ${sandbox.consumer.origin}/__sandbox/faults {"operation":"listAccounts","status":503}`,
  ];
  return lines.join('\n');
}
