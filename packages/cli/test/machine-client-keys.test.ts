// `dtk keys create` and `dtk token --client-credentials`: a key pair made by the binary, its public JWK registered at
// the sandbox's Admin provider, and an Admin API call with the token the binary gets by private_key_jwt.
import { createPublicKey } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Sandbox, startSandbox } from '@dtk/sandbox';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configDirectory, runDtk } from './support/dtk.js';

const USER_SEARCH = 'https://jackhenry.com/consumer-user-search';
let sandbox: Sandbox;
let home: Awaited<ReturnType<typeof configDirectory>>;
let env: Record<string, string>;
let created: { alg: string; kid: string; files: Record<'privateKey' | 'publicKey' | 'jwks', string>; publicJwk: JWK };

beforeAll(async () => {
  sandbox = await startSandbox();
  home = await configDirectory();
  env = { DTK_CONFIG_DIR: home.path };
});
afterAll(async () => {
  await sandbox?.stop();
  await home?.remove();
});

async function register(clientId: string, publicJwk: JWK): Promise<void> {
  await sandbox.admin.provider.registerClient({
    client_id: clientId,
    jwks: { keys: [publicJwk] },
    token_endpoint_auth_method: 'private_key_jwt',
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
  });
}

describe('dtk keys create', () => {
  it('writes a PS256 key pair (private key 0600) and a JWKS whose kid is the key thumbprint', async () => {
    const keys = join(home.path, 'keys');
    const result = await runDtk(['keys', 'create', '--out-dir', keys, '--json'], env);
    expect(result.code).toBe(0);
    created = JSON.parse(result.stdout);
    expect(created.files).toEqual({
      privateKey: join(keys, 'private-key.pem'),
      publicKey: join(keys, 'public-key.pem'),
      jwks: join(keys, 'jwks.json'),
    });
    expect((await stat(created.files.privateKey)).mode & 0o777).toBe(0o600);
    expect((await stat(created.files.publicKey)).mode & 0o777).toBe(0o644);
    const { kty, n, e, kid, alg, use } = created.publicJwk;
    expect({ kty, alg, use }).toEqual({ kty: 'RSA', alg: 'PS256', use: 'sig' });
    expect(kid).toBe(await calculateJwkThumbprint({ kty, n, e } as JWK, 'sha256'));
    expect(created.publicJwk).not.toHaveProperty('d');
    expect(JSON.parse(await readFile(created.files.jwks, 'utf8'))).toEqual({ keys: [created.publicJwk] });
    const fromPem = createPublicKey(await readFile(created.files.publicKey, 'utf8')).export({ format: 'jwk' });
    expect(fromPem).toMatchObject({ n, e });
    expect(createPublicKey({ key: created.publicJwk as never, format: 'jwk' }).asymmetricKeyDetails).toMatchObject({
      modulusLength: 2048,
    });
    // The private key never reaches the terminal.
    const privatePem = await readFile(created.files.privateKey, 'utf8');
    expect(privatePem).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(result.stdout + result.stderr).not.toContain(privatePem.split('\n')[1]);
  });

  it('prints the public JWK and the registration steps for a person', async () => {
    const result = await runDtk(
      ['keys', 'create', '--out-dir', home.path, '--name', 'job', '--alg', 'ES256', '--kid', 'job-2026'],
      {
        ...env,
      },
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Created a ES256 key pair (EC P-256), kid job-2026:');
    expect(result.stdout).toContain('"kid": "job-2026"');
    expect(result.stdout).toContain('dtk token --client-credentials --client-id <client ID>');
  });

  it('never replaces existing key files without --force (exit 2)', async () => {
    const before = await readFile(created.files.privateKey);
    const result = await runDtk(['keys', 'create', '--out-dir', join(home.path, 'keys')], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('already exists; use --force');
    expect(await readFile(created.files.privateKey)).toEqual(before);
  });
});

describe('dtk token --client-credentials', () => {
  it('gets an Admin API token with a private_key_jwt assertion signed by the created key', async () => {
    await register('dtk-job', created.publicJwk);
    const result = await runDtk(
      [
        'token',
        '--client-credentials',
        '--client-id',
        'dtk-job',
        '--key',
        created.files.privateKey,
        '--token-url',
        sandbox.admin.tokenUrl,
        '--scope',
        `openid ${USER_SEARCH}`,
        '--json',
      ],
      env,
    );
    expect(result.code).toBe(0);
    const token = JSON.parse(result.stdout);
    expect(token).toEqual({
      clientId: 'dtk-job',
      accessToken: expect.any(String),
      tokenType: expect.stringMatching(/^bearer$/i),
      expiresAt: expect.stringMatching(/^\d{4}-/),
      scopes: ['openid', USER_SEARCH],
    });
    const search = await fetch(
      `${sandbox.admin.baseUrl}/a/consumer-user-search/api/v0/institutions/${sandbox.institution.id}/users?query=a`,
      { headers: { authorization: `Bearer ${token.accessToken}` } },
    );
    expect(search.status).toBe(200);
    // Nothing is stored for a machine client.
    await expect(readFile(join(home.path, 'tokens.json'))).rejects.toThrow(/ENOENT/);
  });

  it('takes its settings from DTK_ variables and prints only the token', async () => {
    const result = await runDtk(['token', '--client-credentials'], {
      ...env,
      DTK_CLIENT_ID: 'dtk-job',
      DTK_KEY: created.files.privateKey,
      DTK_TOKEN_URL: sandbox.admin.tokenUrl,
    });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^[\w\-.~+/]+=*\n$/);
  });

  it('a key the provider does not know: exit 4 (invalid_client)', async () => {
    await register('dtk-other-job', created.publicJwk);
    const other = join(home.path, 'other');
    expect((await runDtk(['keys', 'create', '--out-dir', other], env)).code).toBe(0);
    const result = await runDtk(
      [
        'token',
        '--client-credentials',
        '--client-id',
        'dtk-other-job',
        '--key',
        join(other, 'private-key.pem'),
        '--token-url',
        sandbox.admin.tokenUrl,
      ],
      env,
    );
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('invalid_client');
    expect(result.stderr).toContain('hint: check the client ID');
  });

  it('a missing key file or a public key instead of the private one: exit 3', async () => {
    const base = ['token', '--client-credentials', '--client-id', 'dtk-job', '--token-url', sandbox.admin.tokenUrl];
    const missing = await runDtk([...base, '--key', join(home.path, 'nope.pem')], env);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('cannot read the key file');
    const publicKey = await runDtk([...base, '--key', created.files.publicKey], env);
    expect(publicKey.code).toBe(3);
    expect(publicKey.stderr).toContain('is a public key');
    const noKey = await runDtk(['token', '--client-credentials', '--client-id', 'dtk-job'], env);
    expect(noKey.code).toBe(3);
    expect(noKey.stderr).toContain('no private key file is configured');
  });

  it('reads clientId, key (relative to the config file) and tokenUrl from a profile', async () => {
    await writeFile(
      join(home.path, 'config.json'),
      JSON.stringify({
        profiles: { job: { clientId: 'dtk-job', key: 'keys/private-key.pem', tokenUrl: sandbox.admin.tokenUrl } },
      }),
    );
    const result = await runDtk(['token', '--client-credentials', '--profile', 'job'], { ...env });
    expect(result.code).toBe(0);
    expect(result.stdout.trim().length).toBeGreaterThan(20);
  });
});
