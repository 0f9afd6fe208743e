import { describe, expect, it } from 'vitest';
import { Router } from './router.js';

describe('Router', () => {
  const router = new Router<string>();
  router.add('get', '/users/{userId}/accounts/{accountId}', 'getAccount');
  router.add('get', '/users/{userId}/accounts/entitlements', 'getAccountEntitlements');
  router.add('put', '/users/{userId}/cards/{cardId}/{cardType}/status', 'updateCardStatus');
  router.add('get', '/files/{name}.json', 'getFile');

  it('prefers a literal segment to a template one, whatever the order they were added in', () => {
    expect(router.match('GET', '/users/u1/accounts/entitlements')).toEqual({
      kind: 'found',
      value: 'getAccountEntitlements',
      params: { userId: 'u1' },
    });
    expect(router.match('GET', '/users/u1/accounts/a1')).toEqual({
      kind: 'found',
      value: 'getAccount',
      params: { userId: 'u1', accountId: 'a1' },
    });
  });

  it('decodes parameters, matches partial-segment templates, and tells 404 from 405', () => {
    expect(router.match('PUT', '/users/u%201/cards/c1/Debit/status')).toMatchObject({
      params: { userId: 'u 1', cardId: 'c1', cardType: 'Debit' },
    });
    expect(router.match('GET', '/files/report.json')).toMatchObject({ value: 'getFile', params: { name: 'report' } });
    expect(router.match('DELETE', '/users/u1/accounts/a1')).toEqual({ kind: 'method-not-allowed', allowed: ['GET'] });
    expect(router.match('GET', '/users/u1/accounts/a1/extra')).toEqual({ kind: 'not-found' });
    expect(router.match('GET', '/users/%E0%A4%A/accounts/a1')).toEqual({ kind: 'not-found' });
  });

  it('refuses a second operation on the same method and path shape', () => {
    expect(() => router.add('GET', '/users/{id}/accounts/{account}', 'again')).toThrow(
      'GET /users/{id}/accounts/{account} is already served (as /users/{userId}/accounts/{accountId})',
    );
  });
});
