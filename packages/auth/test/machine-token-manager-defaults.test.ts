import { sendJson } from '@dtk/testkit';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clientCredentials, type MachineTokenManagerOptions, machineTokenManager } from '../src/confidential/index.js';
import { type FakeIssuer, startFakeIssuer } from './support/fake-issuer.js';

let op: FakeIssuer;

beforeAll(async () => {
  op = await startFakeIssuer();
});
afterAll(() => op.close());
beforeEach(() => {
  op.server.requests.length = 0;
  op.onToken((form, res) =>
    sendJson(res, 200, {
      access_token: `at-for-${(form.get('scope') ?? 'nothing').replace(/ /g, '.')}`,
      token_type: 'Bearer',
      expires_in: 600,
    }),
  );
});

describe('machineTokenManager', () => {
  it('returns the token manager it is given', () => {
    const tokenManager = clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', clientSecret: 's' });
    expect(machineTokenManager({ tokenManager }, { tokenUrl: 'https://unused.example.com/token' })).toBe(tokenManager);
  });

  it('builds a client-credentials manager, filling in the default token URL and scope', async () => {
    const tokens = machineTokenManager(
      { clientId: 'm', clientSecret: 's', allowInsecureRequests: true },
      { tokenUrl: op.tokenEndpoint, scope: 'openid' },
    );
    await expect(tokens.getAccessToken()).resolves.toBe('at-for-openid');
    expect(op.tokenRequests()).toHaveLength(1);
    expect(await tokens.grantedScopes()).toEqual(['openid']);
  });

  it('lets the credentials override the defaults', async () => {
    const tokens = machineTokenManager(
      { clientId: 'm', clientSecret: 's', tokenUrl: op.tokenEndpoint, scope: ['a', 'b'], allowInsecureRequests: true },
      { tokenUrl: 'http://127.0.0.1:1/never-used', scope: 'openid' },
    );
    await expect(tokens.getAccessToken()).resolves.toBe('at-for-a.b');
    const tokensByIssuer = machineTokenManager(
      { clientId: 'm', clientSecret: 's', issuer: op.issuer, allowInsecureRequests: true },
      { tokenUrl: 'http://127.0.0.1:1/never-used' },
    );
    await expect(tokensByIssuer.getAccessToken()).resolves.toBe('at-for-nothing');
    expect(op.tokenRequests()).toHaveLength(2);
  });

  it('rejects a token manager next to credentials, naming them, and incomplete credentials', () => {
    const tokenManager = clientCredentials({ tokenUrl: op.tokenEndpoint, clientId: 'm', clientSecret: 's' });
    const both = {
      tokenManager,
      clientId: 'x',
      scope: 'openid',
      kid: undefined,
    } as unknown as MachineTokenManagerOptions;
    expect(() => machineTokenManager(both, { tokenUrl: op.tokenEndpoint })).toThrow(
      /not both \(got clientId, scope\)$/,
    );
    expect(() => machineTokenManager({ clientId: 'x' }, { tokenUrl: op.tokenEndpoint })).toThrow(
      /privateKey or clientSecret/,
    );
    expect(() => machineTokenManager({ privateKey: 'k' } as never, { tokenUrl: op.tokenEndpoint })).toThrow(
      /clientId is required/,
    );
    expect(op.tokenRequests()).toHaveLength(0);
  });
});
