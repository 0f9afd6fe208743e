import { describe, expect, it } from 'vitest';
import { scopesFor } from './scopes-for.js';

const scopes = {
  getAccounts: ['accounts.readonly', 'accounts.readwrite'],
  renameAccount: ['accounts.readwrite'],
  getTransactions: ['transactions.detail.readonly'],
  fetch: ['openid'],
  status: [],
  getCards: ['cardcontrols.readonly', 'cardcontrols.readwrite'],
} as const;

describe('scopesFor', () => {
  it('picks the first alternative, de-duplicated', () => {
    expect(scopesFor(['getAccounts', 'getTransactions', 'getAccounts', 'getCards'], scopes)).toEqual([
      'transactions.detail.readonly',
      'accounts.readonly',
      'cardcontrols.readonly',
    ]);
  });

  it('adds nothing for an operation already covered by a required scope', () => {
    expect(scopesFor(['getAccounts', 'renameAccount'], scopes)).toEqual(['accounts.readwrite']);
  });

  it('adds nothing for scope-free operations', () => {
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
