import { describe, expect, it } from 'vitest';
import { clientCredentials } from './client-credentials.js';
import { hostBaseUrl, machineClient, oidcTokenUrl } from './machine-client.js';

const defaults = { baseUrlExample: 'https://banno.com', oidcServer: 'baseUrl', scope: 'openid' } as const;

describe('machineClient', () => {
  it('passes every option that is not a credential on to the client, and none that is', () => {
    const fetch = async (request: Request) => new Response(request.url);
    const { baseUrl, clientOptions } = machineClient(
      {
        baseUrl: 'https://gw.example/banno',
        clientId: 'c',
        clientSecret: 's',
        audience: 'https://banno.com/a/oidc-provider/api/v0/token',
        oidcServer: 'baseUrl',
        fetch,
        retry: false,
        timeoutMs: 5_000,
      } as never,
      defaults,
    );
    expect(baseUrl).toBe('https://gw.example/banno');
    expect(clientOptions).toEqual({ fetch, retry: false, timeoutMs: 5_000 });
  });

  it('uses the API’s default base URL, and checks the one given with the API’s example', () => {
    const parts = machineClient({ clientId: 'c', clientSecret: 's' }, { ...defaults, baseUrl: 'https://banno.com' });
    expect(parts.baseUrl).toBe('https://banno.com');
    expect(() => machineClient({ clientId: 'c', clientSecret: 's' }, defaults)).toThrow(
      'baseUrl must be an absolute https or http URL such as "https://banno.com", got undefined',
    );
  });

  it('returns the token manager given, and refuses credentials beside it by name', () => {
    const tokenManager = clientCredentials({ tokenUrl: 'https://banno.com/t', clientId: 'x', clientSecret: 's' });
    const parts = machineClient({ baseUrl: 'https://banno.com', tokenManager }, defaults);
    expect(parts.tokenSource).toBe(tokenManager);
    expect(() =>
      machineClient({ baseUrl: 'https://banno.com', tokenManager, oidcServer: 'baseUrl' } as never, defaults),
    ).toThrow('Pass either a tokenManager or client credentials, not both (got oidcServer)');
  });
});

describe('oidcTokenUrl', () => {
  it('is Jack Henry Identity’s token endpoint, or the one under baseUrl with its path prefix', () => {
    expect(oidcTokenUrl('login.jackhenry.com')).toBe('https://login.jackhenry.com/a/oidc-provider/api/v0/token');
    expect(oidcTokenUrl('baseUrl', 'https://banno.com')).toBe('https://banno.com/a/oidc-provider/api/v0/token');
    expect(oidcTokenUrl('baseUrl', 'https://gw.example/banno/')).toBe(
      'https://gw.example/banno/a/oidc-provider/api/v0/token',
    );
    expect(() => oidcTokenUrl('baseUrl', 'banno.com')).toThrow(/^baseUrl must be an absolute/);
  });
});

describe('hostBaseUrl', () => {
  it('takes a bare host (a port too) and nothing else, without echoing a password', () => {
    expect(hostBaseUrl('digital.garden-fi.com', '/a/consumer/api/v0')).toBe(
      'https://digital.garden-fi.com/a/consumer/api/v0',
    );
    expect(hostBaseUrl('localhost:8443')).toBe('https://localhost:8443');
    for (const bad of ['https://banno.com', 'banno.com/a', 'user:hunter2@banno.com', '', 'banno.com?x=1']) {
      expect(() => hostBaseUrl(bad), bad).toThrow(/host must be a bare hostname like "digital.garden-fi.com"/);
    }
    expect(() => hostBaseUrl('user:hunter2-password-secret@banno.com')).not.toThrow(/hunter2-password-secret/);
  });
});
