// The documented precedence of settings (flag, then DTK_ variable, then the profile in the config file, then the
// default) and where the files are, read from real config files.
import { writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileLocations } from '../src/config-file.js';
import { DEFAULT_REDIRECT_URI, defaultLoginScopes, resolveSettings } from '../src/settings.js';
import { configDirectory } from './support/dtk.js';

let home: Awaited<ReturnType<typeof configDirectory>>;

beforeAll(async () => {
  home = await configDirectory();
  await writeFile(
    join(home.path, 'config.json'),
    JSON.stringify({
      defaultProfile: 'garden',
      profiles: {
        garden: {
          issuer: 'https://config.example/a/consumer/api/v0/oidc',
          clientId: 'from-config',
          scopes: ['openid'],
          key: 'keys/job.pem',
        },
        other: { clientId: 'other-client' },
      },
    }),
  );
});
afterAll(() => home?.remove());

const env = (more: Record<string, string> = {}) => ({ DTK_CONFIG_DIR: home.path, ...more });

describe('settings', () => {
  it('take the config file profile over the defaults', async () => {
    const settings = await resolveSettings({}, env(), '/work');
    expect(settings).toMatchObject({
      profile: 'garden',
      issuer: 'https://config.example/a/consumer/api/v0/oidc',
      clientId: 'from-config',
      redirectUri: DEFAULT_REDIRECT_URI,
      scopes: ['openid'],
      key: join(home.path, 'keys/job.pem'), // relative to the config file
      alg: 'PS256',
      clientAuthMethod: 'none',
    });
    expect(settings.sources).toEqual({
      profile: 'config',
      issuer: 'config',
      clientId: 'config',
      redirectUri: 'default',
      scopes: 'config',
    });
  });

  it('take DTK_ variables over the config file', async () => {
    const settings = await resolveSettings(
      {},
      env({ DTK_CLIENT_ID: 'from-env', DTK_SCOPES: 'openid,profile email', DTK_KEY: 'k.pem', DTK_ALG: 'ES256' }),
      '/work',
    );
    expect(settings).toMatchObject({
      clientId: 'from-env',
      scopes: ['openid', 'profile', 'email'],
      key: '/work/k.pem', // relative to the working folder
      alg: 'ES256',
    });
    expect(settings.sources).toMatchObject({ clientId: 'env', scopes: 'env', issuer: 'config' });
  });

  it('take flags over DTK_ variables, and --profile over DTK_PROFILE over defaultProfile', async () => {
    const settings = await resolveSettings(
      { profile: 'other', 'client-id': 'from-flag', scope: ['openid a', 'b'] },
      env({ DTK_PROFILE: 'garden', DTK_CLIENT_ID: 'from-env' }),
      '/work',
    );
    expect(settings).toMatchObject({ profile: 'other', clientId: 'from-flag', scopes: ['openid', 'a', 'b'] });
    expect(settings.issuer).toBeUndefined(); // profile "other" has none, and nothing else gives one
    const byEnv = await resolveSettings({}, env({ DTK_PROFILE: 'other' }), '/work');
    expect(byEnv).toMatchObject({ profile: 'other', clientId: 'other-client' });
    expect(byEnv.sources.profile).toBe('env');
  });

  it('use client_secret_post when DTK_CLIENT_SECRET is set, and never read a secret from the config file', async () => {
    const settings = await resolveSettings({}, env({ DTK_CLIENT_SECRET: 's3cret-value' }), '/work');
    expect(settings).toMatchObject({ clientSecret: 's3cret-value', clientAuthMethod: 'client_secret_post' });
    await writeFile(join(home.path, 'leaky.json'), JSON.stringify({ profiles: { default: { clientSecret: 'x' } } }));
    await expect(resolveSettings({ config: 'leaky.json' }, env(), home.path)).rejects.toThrow(
      /unknown setting "clientSecret"/,
    );
  });

  it('refuse a profile name that could not be a key of the token file', async () => {
    await expect(resolveSettings({ profile: '../etc' }, env(), '/work')).rejects.toThrow(/profile name/);
  });

  it('ask for Banno offline access by default at a Consumer issuer only', () => {
    expect(defaultLoginScopes('https://bank.example/a/consumer/api/v0/oidc')).toEqual([
      'openid',
      'https://api.banno.com/consumer/auth/offline_access',
    ]);
    expect(defaultLoginScopes('https://banno.com/a/oidc-provider/api/v0')).toEqual(['openid']);
  });
});

describe('file locations', () => {
  it('DTK_CONFIG_DIR, else XDG_CONFIG_HOME/dtk, else ~/.config/dtk; DTK_CONFIG or --config for the config file', () => {
    expect(fileLocations({ DTK_CONFIG_DIR: 'rel', XDG_CONFIG_HOME: '/x' }, undefined, '/work')).toEqual({
      directory: '/work/rel',
      configFile: '/work/rel/config.json',
      tokenFile: '/work/rel/tokens.json',
    });
    expect(fileLocations({ XDG_CONFIG_HOME: '/x' }, undefined, '/work').directory).toBe('/x/dtk');
    if (process.platform !== 'win32')
      expect(fileLocations({}, undefined, '/work').directory).toBe(join(homedir(), '.config', 'dtk'));
    expect(fileLocations({ DTK_CONFIG: '/etc/dtk.json' }, undefined, '/work').configFile).toBe('/etc/dtk.json');
    expect(fileLocations({ DTK_CONFIG: '/etc/dtk.json' }, 'mine.json', '/work').configFile).toBe('/work/mine.json');
  });
});
