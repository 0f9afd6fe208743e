// What Jack Henry's reference publishes for the Admin API, checked against the shipped openapi.json: the OIDC
// provider on both of its servers, its authorization endpoint and published schema names, and the Zelle
// institution settings.
import { bundledDocument } from '@dtk/scripts/testing/bundled-document';
import { describe, expect, it } from 'vitest';
import { operationRoutes, operationSecurity } from '../src/index.js';

const bundle = bundledDocument(new URL('../src/generated/openapi.json', import.meta.url));
const document = bundle.document as {
  paths: Record<string, { servers?: { url: string }[] } & Record<string, { responses?: Record<string, unknown> }>>;
  components: { schemas: Record<string, unknown> };
};
const serversOf = (path: string) => document.paths[path]?.servers?.map((server) => server.url);

describe('OIDC provider', () => {
  it.each([
    '/a/oidc-provider/api/v0/.well-known/openid-configuration',
    '/a/oidc-provider/api/v0/jwks',
    '/a/oidc-provider/api/v0/auth',
    '/a/oidc-provider/api/v0/token',
    '/a/oidc-provider/api/v0/token/revocation',
  ])('%s lists both servers, the current one first', (path) => {
    expect(serversOf(path)).toEqual(['https://login.jackhenry.com', 'https://banno.com']);
  });

  it('serves the Jack Henry Identity discovery document at the root of login.jackhenry.com', () => {
    expect(operationRoutes.getJackHenryIdentityConfiguration).toEqual({
      method: 'get',
      path: '/.well-known/openid-configuration',
      server: 'https://login.jackhenry.com',
    });
    expect(serversOf('/.well-known/openid-configuration')).toEqual(['https://login.jackhenry.com']);
    expect(operationSecurity.getJackHenryIdentityConfiguration).toEqual([]);
  });

  it('has the authorization endpoint the command-line authorization code quickstart uses', () => {
    expect(operationRoutes.authorize).toEqual({
      method: 'get',
      path: '/a/oidc-provider/api/v0/auth',
      server: 'https://login.jackhenry.com',
    });
  });

  it('uses the published schema names', () => {
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining([
        'certsResponse',
        'tokenRequest',
        'tokenResponse',
        'tokenFailure',
        'tokenUnauthorized',
        'tokenRevocationRequest',
      ]),
    );
  });

  it('answers a token request with tokenFailure (400), tokenUnauthorized (401) or a 500', () => {
    const failure = { error: 'invalid_grant', error_description: 'The client assertion has expired.' };
    expect(bundle.responseBody(operationRoutes.requestToken, 400)(failure)).toBe(true);
    expect(bundle.responseBody(operationRoutes.requestToken, 401)({ error: 'invalid_client' })).toBe(true);
    expect(document.paths['/a/oidc-provider/api/v0/token']?.['post']?.responses).toHaveProperty('500');
  });

  it('accepts the token response of the authorization code quickstart (expires_at as an ISO date)', () => {
    const body = bundle.responseBody(operationRoutes.requestToken, 200);
    expect(
      body({
        access_token: 'a.b.c',
        expires_at: '2026-03-02T15:14:05Z',
        id_token: 'd.e.f',
        scope: 'openid',
        token_type: 'Bearer',
      }),
    ).toBe(true);
  });
});

describe('Zelle institution settings', () => {
  it('has the published paths and methods under /a/consumer/api (no version)', () => {
    expect(operationRoutes.getZelleAllowedTypes).toEqual({
      method: 'get',
      path: '/a/consumer/api/institutions/{institutionId}/zelle/allowed-types',
    });
    expect(operationRoutes.setZelleAllowedTypes).toEqual({
      method: 'put',
      path: '/a/consumer/api/institutions/{institutionId}/zelle/allowed-types',
    });
    expect(operationRoutes.getZelleDisclosure).toEqual({
      method: 'get',
      path: '/a/consumer/api/institutions/{institutionId}/zelle/disclosures',
    });
    expect(operationRoutes.setZelleDisclosure).toEqual({
      method: 'post',
      path: '/a/consumer/api/institutions/{institutionId}/zelle/disclosures',
    });
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['AllowedTypes', 'InstitutionDisclosure']),
    );
  });
});
