import { describe, expect, it } from 'vitest';
import { handleCallback } from './callback.js';
import { AuthorizationResponseError } from './errors.js';

const expected = () => ({
  issuer: 'https://bank.example.com/a/consumer/api/v0/oidc',
  issParameterSupported: true,
  clientId: 'app',
  state: 'state-123',
});
const CODE = 'SplxlOBeZQQYbYS6WxSbIA-secret-code-value-0123456789';

function callback(params: Record<string, string>): string {
  return `http://127.0.0.1:8765/callback?${new URLSearchParams(params)}`;
}

function rejection(url: string, exp = expected()): AuthorizationResponseError {
  try {
    handleCallback(url, exp);
  } catch (error) {
    expect(error).toBeInstanceOf(AuthorizationResponseError);
    const text = [String(error), (error as Error).message, JSON.stringify(error)].join(' ');
    expect(text).not.toContain(CODE);
    return error as AuthorizationResponseError;
  }
  throw new Error('expected handleCallback to throw');
}

describe('handleCallback', () => {
  it('returns the code after checking iss and state', () => {
    const result = handleCallback(callback({ code: CODE, state: 'state-123', iss: expected().issuer }), expected());
    expect(result).toEqual({ code: CODE, state: 'state-123', iss: expected().issuer });
  });

  it('rejects a state mismatch, a missing state, an iss mismatch and a missing iss', () => {
    const iss = expected().issuer;
    expect(rejection(callback({ code: CODE, state: 'other', iss })).reason).toBe('state_mismatch');
    expect(rejection(callback({ code: CODE, iss })).reason).toBe('state_missing');
    expect(rejection(callback({ code: CODE, state: 'state-123', iss: 'https://evil.example.com' })).reason).toBe('issuer_mismatch');
    expect(rejection(callback({ code: CODE, state: 'state-123' })).reason).toBe('issuer_missing');
  });

  it('accepts a missing iss when the provider does not advertise it', () => {
    const result = handleCallback(callback({ code: CODE, state: 'state-123' }), { ...expected(), issParameterSupported: false });
    expect(result.iss).toBeUndefined();
  });

  it('checks iss before anything else, even on error responses (mix-up defence)', () => {
    const error = rejection(callback({ error: 'access_denied', state: 'state-123', iss: 'https://evil.example.com' }));
    expect(error.reason).toBe('issuer_mismatch');
  });

  it('maps an error redirect to error_response with the OAuth fields', () => {
    const error = rejection(
      callback({ error: 'access_denied', error_description: 'The user said no', error_uri: 'https://e.example/x', state: 'state-123', iss: expected().issuer }),
    );
    expect(error).toMatchObject({ reason: 'error_response', error: 'access_denied', error_description: 'The user said no', error_uri: 'https://e.example/x' });
  });

  it('accepts a state only once', () => {
    const exp = expected();
    const url = callback({ code: CODE, state: 'state-123', iss: exp.issuer });
    handleCallback(url, exp);
    expect(rejection(url, exp).reason).toBe('state_reused');
  });

  it('does not burn the state on a forged callback', () => {
    const exp = expected();
    rejection(callback({ code: CODE, state: 'forged', iss: exp.issuer }), exp);
    expect(handleCallback(callback({ code: CODE, state: 'state-123', iss: exp.issuer }), exp).code).toBe(CODE);
  });

  it('rejects a response without a code, and implicit-flow responses', () => {
    const iss = expected().issuer;
    expect(rejection(callback({ state: 'state-123', iss })).reason).toBe('code_missing');
    expect(rejection(callback({ state: 'state-123', iss, code: CODE, id_token: 'x.y.z' })).reason).toBe('unsupported_response');
  });
});
