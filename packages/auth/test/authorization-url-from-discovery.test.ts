import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAuthorizationUrl, computeCodeChallenge } from '../src/index.js';
import { CLIENT_ID, type FakeIssuer, startFakeIssuer } from './support/fake-issuer.js';

let op: FakeIssuer;
beforeAll(async () => {
  op = await startFakeIssuer();
});
afterAll(() => op.close());

describe('buildAuthorizationUrl', () => {
  it('builds a PKCE (S256) request with generated state and nonce', async () => {
    const request = await buildAuthorizationUrl({
      issuer: op.issuer,
      allowInsecureRequests: true,
      clientId: CLIENT_ID,
      redirectUri: 'http://127.0.0.1:8765/callback',
      scopes: ['openid', 'https://api.banno.com/consumer/auth/offline_access'],
    });
    const url = new URL(request.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${op.issuer}/auth`);
    const params = Object.fromEntries(url.searchParams);
    expect(params).toMatchObject({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: 'http://127.0.0.1:8765/callback',
      scope: 'openid https://api.banno.com/consumer/auth/offline_access',
      code_challenge_method: 'S256',
      state: request.state,
      nonce: request.nonce,
    });
    expect(params.code_challenge).toBe(await computeCodeChallenge(request.codeVerifier));
    expect(request.state.length).toBeGreaterThanOrEqual(32);
    expect(request).toMatchObject({
      issuer: op.issuer,
      issParameterSupported: true,
      scopes: ['openid', 'https://api.banno.com/consumer/auth/offline_access'],
    });
    expect(JSON.parse(JSON.stringify(request))).toEqual(request);
  });

  it('passes prompt, claims, acr_values, max_age and login_hint', async () => {
    const request = await buildAuthorizationUrl({
      issuer: op.issuer,
      allowInsecureRequests: true,
      clientId: CLIENT_ID,
      redirectUri: 'https://app.example.com/cb',
      scopes: 'openid',
      state: 'fixed-state',
      nonce: 'fixed-nonce',
      prompt: 'consent',
      claims: { id_token: { 'https://api.banno.com/consumer/claim/institution_id': null } },
      acrValues: ['https://api.banno.com/consumer/security-level/enhanced'],
      maxAge: 300,
      loginHint: 'jane',
      extraParameters: { ui_locales: 'en' },
    });
    const params = new URL(request.url).searchParams;
    expect(params.get('state')).toBe('fixed-state');
    expect(params.get('nonce')).toBe('fixed-nonce');
    expect(params.get('prompt')).toBe('consent');
    expect(JSON.parse(params.get('claims') ?? '')).toEqual({
      id_token: { 'https://api.banno.com/consumer/claim/institution_id': null },
    });
    expect(params.get('acr_values')).toBe('https://api.banno.com/consumer/security-level/enhanced');
    expect(params.get('max_age')).toBe('300');
    expect(params.get('login_hint')).toBe('jane');
    expect(params.get('ui_locales')).toBe('en');
    expect(request.maxAge).toBe(300);
  });

  it('uses a given PKCE verifier and creates a fresh one otherwise', async () => {
    const base = {
      issuer: op.issuer,
      allowInsecureRequests: true,
      clientId: CLIENT_ID,
      redirectUri: 'https://a.example/cb',
      scopes: 'openid',
    };
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    const given = await buildAuthorizationUrl({ ...base, pkce: { codeVerifier: verifier } });
    expect(new URL(given.url).searchParams.get('code_challenge')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    const [one, two] = await Promise.all([buildAuthorizationUrl(base), buildAuthorizationUrl(base)]);
    expect(one.codeVerifier).not.toBe(two.codeVerifier);
    expect(one.state).not.toBe(two.state);
    expect(one.nonce).not.toBe(two.nonce);
  });

  it.each([
    ['a redirect URI Banno refuses', { redirectUri: 'http://example.com/cb' }, /https_required/],
    ['a redirect URI with a fragment', { redirectUri: 'https://a.example/cb#x' }, /fragment_not_allowed/],
    ['no scopes', { scopes: [] }, /scope/],
    ['an extra parameter that replaces a core one', { extraParameters: { state: 'x' } }, /state/],
  ])('rejects %s', async (_name, override, message) => {
    const options = {
      issuer: op.issuer,
      allowInsecureRequests: true,
      clientId: CLIENT_ID,
      redirectUri: 'https://a.example/cb',
      scopes: 'openid',
      ...override,
    };
    await expect(buildAuthorizationUrl(options)).rejects.toThrow(message);
  });
});
