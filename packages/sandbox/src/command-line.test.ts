import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseCommandLine } from './command-line.js';

/** parseCommandLine with `--config` naming a file that holds `config`. */
async function withConfig(config: unknown) {
  const folder = await mkdtemp(join(tmpdir(), 'dtk-sandbox-config-'));
  const file = join(folder, 'sandbox.json');
  await writeFile(file, JSON.stringify(config));
  try {
    return await parseCommandLine(['--config', file]);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

describe('parseCommandLine', () => {
  it('uses three fixed ports by default, consecutive ports from --port, free ones for --port 0', async () => {
    expect((await parseCommandLine([])).options.ports).toEqual({
      consumer: DEFAULT_PORT,
      admin: DEFAULT_PORT + 1,
      entityManagement: DEFAULT_PORT + 2,
    });
    expect((await parseCommandLine(['--port', '5000'])).options.ports).toEqual({
      consumer: 5000,
      admin: 5001,
      entityManagement: 5002,
    });
    expect((await parseCommandLine(['--port', '0'])).options.ports).toEqual({
      consumer: 0,
      admin: 0,
      entityManagement: 0,
    });
  });

  it('reads the data flags and repeated redirect URIs', async () => {
    const { options, json, help } = await parseCommandLine([
      '--seed',
      's',
      '--users',
      '5',
      '--password',
      'p',
      '--redirect-uri',
      'http://a/cb',
      '--redirect-uri',
      'http://b/cb',
      '--json',
    ]);
    expect(options).toMatchObject({ seed: 's', users: 5, password: 'p', redirectUris: ['http://a/cb', 'http://b/cb'] });
    expect({ json, help }).toEqual({ json: true, help: false });
  });

  it('refuses what it cannot use, saying why', async () => {
    await expect(parseCommandLine(['--users', '0'])).rejects.toThrow('--users needs a whole number above 0, got "0"');
    await expect(parseCommandLine(['--port', '65534'])).rejects.toThrow(
      '--port must leave room for three ports (at most 65533)',
    );
    await expect(parseCommandLine(['extra'])).rejects.toThrow(/Unexpected argument 'extra'/);
  });

  it('refuses a config file setting startSandbox does not take, naming it and the known ones', async () => {
    await expect(withConfig({ redirectUri: ['http://127.0.0.1:3000/callback'] })).rejects.toThrow(
      'unknown setting "redirectUri" (known: ports, seed, users, password, clients, redirectUris, faults, aggregation, accessTokenTtlSeconds, dataDate, apis)',
    );
    await expect(withConfig({ accessTokenTTLSeconds: 5 })).rejects.toThrow('unknown setting "accessTokenTTLSeconds"');
    await expect(withConfig({ aggregation: { duration: 100 } })).rejects.toThrow(
      'unknown setting "aggregation.duration" (known: durationMs, longPollMs)',
    );
    await expect(withConfig({ ports: { consumer: 5000, entity: 5002 } })).rejects.toThrow(
      'unknown setting "ports.entity" (known: consumer, admin, entityManagement)',
    );
    await expect(withConfig({ clients: [{ provider: 'consumer', clientId: 'a', redirectUri: 'x' }] })).rejects.toThrow(
      'unknown setting "clients[0].redirectUri" (known: provider, clientId, clientSecret, jwks, redirectUris, postLogoutRedirectUris, grantTypes, tokenEndpointAuthMethod, scopes, name)',
    );
    await expect(withConfig({ aggregation: 100 })).rejects.toThrow('"aggregation" must be an object');
    const good = {
      seed: 's',
      aggregation: { durationMs: 100, longPollMs: 200 },
      accessTokenTtlSeconds: 5,
      clients: [{ provider: 'consumer', clientId: 'a', redirectUris: ['http://127.0.0.1:3000/callback'] }],
    };
    expect((await withConfig(good)).options).toMatchObject(good);
  });
});
