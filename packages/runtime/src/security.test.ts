import { describe, expect, it } from 'vitest';
import { type CredentialConfig, checkedAccessToken, chooseCandidate, scopesFor, securityPlan } from './security.js';

describe('scopesFor with flat scope lists (alternatives)', () => {
  const scopes = {
    getAccounts: ['accounts.readonly', 'accounts.readwrite'],
    renameAccount: ['accounts.readwrite'],
    getTransactions: ['transactions.detail.readonly'],
    fetch: ['openid'],
    status: [],
    getCards: ['cardcontrols.readonly', 'cardcontrols.readwrite'],
  } as const;

  it('picks the first alternative, de-duplicated', () => {
    expect(scopesFor(['getAccounts', 'getTransactions', 'getAccounts', 'getCards'], scopes)).toEqual([
      'transactions.detail.readonly',
      'accounts.readonly',
      'cardcontrols.readonly',
    ]);
  });

  it('adds nothing for an operation already covered by a required scope, or one that needs none', () => {
    expect(scopesFor(['getAccounts', 'renameAccount'], scopes)).toEqual(['accounts.readwrite']);
    expect(scopesFor(['status'], scopes)).toEqual([]);
    expect(scopesFor(['status', 'fetch'], scopes)).toEqual(['openid']);
  });

  it('rejects an unknown operationId by name', () => {
    expect(() => scopesFor<string>(['nope'], scopes)).toThrow(/unknown operationId "nope"/);
    // With the generated map's literal keys, a typo does not even compile.
    // @ts-expect-error: 'getAcounts' is not an operation of the map
    expect(() => scopesFor(['getAcounts'], scopes)).toThrow(TypeError);
  });
});

describe('scopesFor with OpenAPI security requirements', () => {
  const security = {
    listAccounts: [{ oidc: ['accounts.readonly'] }, { oidc: ['accounts.readwrite'] }],
    history: [{ oidc: ['accounts.readonly', 'history.read'] }],
    pets: [{ api_key: [] }, { petstore_auth: ['write:pets', 'read:pets'] }],
    cheapest: [{ oidc: ['a', 'b', 'c'] }, { oidc: ['history.read', 'x'] }],
    open: [],
    optional: [{}],
  } as const;

  it('takes every scope of a single requirement', () => {
    expect(scopesFor(['history'], security)).toEqual(['accounts.readonly', 'history.read']);
  });

  it('adds nothing for alternatives one of which is already met', () => {
    expect(scopesFor(['listAccounts', 'history'], security)).toEqual(['accounts.readonly', 'history.read']);
  });

  it('otherwise takes the alternative that needs the fewest more scopes, the first on a tie', () => {
    expect(scopesFor(['listAccounts'], security)).toEqual(['accounts.readonly']);
    expect(scopesFor(['history', 'cheapest'], security)).toEqual(['accounts.readonly', 'history.read', 'x']);
  });

  it('skips requirements without scopes (API keys) and public or optional operations', () => {
    expect(scopesFor(['pets'], security)).toEqual(['write:pets', 'read:pets']);
    expect(scopesFor(['open', 'optional'], security)).toEqual([]);
  });
});

describe('securityPlan and chooseCandidate', () => {
  const token = { current: () => 'tok-1' };
  const config = (overrides: Partial<CredentialConfig> = {}): CredentialConfig => ({
    token,
    schemes: {},
    securitySchemes: undefined,
    ...overrides,
  });
  const missing = (required: readonly (readonly string[])[], granted: readonly string[]) =>
    new Error(`missing ${JSON.stringify({ required, granted })}`);

  it('keeps only requirements the client can satisfy, in order, with the empty one last', () => {
    const plan = securityPlan(
      [{}, { key: [] }, { oauth: ['a'] }],
      config({ securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'K' }, oauth: { type: 'oauth2' } } }),
    );
    expect(plan).toEqual([
      { schemes: [{ kind: 'token' }], scopes: ['a'], usesToken: true },
      { schemes: [], scopes: [], usesToken: false },
    ]);
    expect(securityPlan([{ oauth: ['a'] }], config({ token: undefined }))).toEqual([]);
  });

  it('chooses the first candidate whose scopes are granted, and reports every scoped one otherwise', async () => {
    const plan = securityPlan([{ o: ['a', 'b'] }, { o: ['c'] }], config());
    await expect(chooseCandidate(plan, token, () => ['c'], missing)).resolves.toMatchObject({
      candidate: { scopes: ['c'] },
      token: 'tok-1',
    });
    await expect(chooseCandidate(plan, token, () => undefined, missing)).resolves.toMatchObject({
      candidate: { scopes: ['a', 'b'] },
    });
    await expect(chooseCandidate(plan, token, async () => ['a'], missing)).rejects.toThrow(
      'missing {"required":[["a","b"],["c"]],"granted":["a"]}',
    );
    await expect(chooseCandidate([], token, () => [], missing)).resolves.toBeUndefined();
  });
});

describe('checkedAccessToken', () => {
  it('accepts RFC 6750 b64token and refuses everything else with one fixed message', () => {
    for (const token of ['abc', 'A-Z.a_z~0+9/', 'abc==', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln'])
      expect(checkedAccessToken(token)).toBe(token);
    for (const token of ['', 'a b', 'a\u0000b', 'a\r\nb', '=abc', 'ab=c', 'ü', 42, undefined, 'x'.repeat(16_385)]) {
      expect(() => checkedAccessToken(token), JSON.stringify(token)).toThrow(
        'the access token is not a valid bearer token (RFC 6750 b64token: letters, digits and -._~+/ then optional =)',
      );
    }
  });
});
