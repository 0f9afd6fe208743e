import { describe, expect, it } from 'vitest';
import { decideAccess, type PresentedToken, type VerifiedToken } from './security.js';

const token = (issuer: string, ...scopes: string[]): PresentedToken => ({
  kind: 'valid',
  token: { issuer, sub: 'u1', clientId: 'c1', scopes: new Set(scopes), user: true } satisfies VerifiedToken,
});
const issuers = (scheme: string) => ({ user: ['consumer'], machine: ['admin'] })[scheme];

describe('decideAccess (OpenAPI security requirement semantics)', () => {
  it('needs every scope of one requirement, and any one requirement of several', () => {
    const requirements = [{ user: ['read', 'write'] }, { user: ['admin'] }];
    expect(decideAccess(requirements, token('consumer', 'read', 'write'), issuers).allowed).toBe(true);
    expect(decideAccess(requirements, token('consumer', 'admin'), issuers).allowed).toBe(true);
    expect(decideAccess(requirements, token('consumer', 'read'), issuers)).toEqual({
      allowed: false,
      rejection: {
        status: 403,
        error: 'insufficient_scope',
        challenge:
          'Bearer error="insufficient_scope", error_description="the token lacks a scope this operation needs: read write", scope="read write"',
      },
    });
  });

  it('needs every scheme of one requirement', () => {
    expect(decideAccess([{ user: [], machine: [] }], token('consumer'), issuers)).toMatchObject({
      allowed: false,
      rejection: { status: 401, error: 'invalid_token' },
    });
  });

  it('takes a token only from the providers a scheme accepts', () => {
    expect(decideAccess([{ machine: [] }], token('consumer'), issuers)).toMatchObject({
      allowed: false,
      rejection: { status: 401 },
    });
    expect(decideAccess([{ user: [] }, { machine: [] }], token('admin'), issuers).allowed).toBe(true);
    expect(decideAccess([{ apiKey: [] }], token('consumer'), issuers).allowed).toBe(false);
  });

  it('lets anyone call a public operation, and anyone but a bad token an optional-auth one', () => {
    expect(decideAccess([], { kind: 'none' }, issuers)).toEqual({ allowed: true, token: undefined });
    expect(decideAccess([], { kind: 'invalid', reason: 'x' }, issuers).allowed).toBe(true);
    expect(decideAccess([{}, { user: [] }], { kind: 'none' }, issuers).allowed).toBe(true);
    expect(decideAccess([{}], { kind: 'invalid', reason: 'expired' }, issuers)).toMatchObject({
      allowed: false,
      rejection: { status: 401, error: 'invalid_token' },
    });
  });

  it('refuses a client-credentials token where the scheme takes only a user token', () => {
    const machineToken: PresentedToken = {
      kind: 'valid',
      token: { issuer: 'consumer', sub: 'c1', clientId: 'c1', scopes: new Set(['read']), user: false },
    };
    const userOnly = (scheme: string) => scheme === 'user';
    expect(decideAccess([{ user: ['read'] }], machineToken, issuers, userOnly)).toEqual({
      allowed: false,
      rejection: {
        status: 401,
        error: 'invalid_token',
        challenge:
          'Bearer error="invalid_token", error_description="this operation takes the token of a signed-in user, not a client-credentials token"',
      },
    });
    expect(decideAccess([{ user: ['read'] }], token('consumer', 'read'), issuers, userOnly).allowed).toBe(true);
    // Another requirement that takes machine tokens still can be met.
    const adminMachine: PresentedToken = { ...machineToken, token: { ...machineToken.token, issuer: 'admin' } };
    expect(decideAccess([{ user: ['read'] }, { machine: [] }], adminMachine, issuers, userOnly).allowed).toBe(true);
  });

  it('asks for a token with a bare challenge when none was sent', () => {
    expect(decideAccess([{ user: [] }], { kind: 'none' }, issuers)).toEqual({
      allowed: false,
      rejection: { status: 401, error: 'unauthorized', challenge: 'Bearer' },
    });
  });
});
