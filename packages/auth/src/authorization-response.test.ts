import { describe, expect, it } from 'vitest';
import { handleCallback } from './authorization-response.js';
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
    expect(rejection(callback({ code: CODE, state: 'other', iss })).details.reason).toBe('state_mismatch');
    expect(rejection(callback({ code: CODE, iss })).details.reason).toBe('state_missing');
    expect(
      rejection(callback({ code: CODE, state: 'state-123', iss: 'https://evil.example.com' })).details.reason,
    ).toBe('issuer_mismatch');
    expect(rejection(callback({ code: CODE, state: 'state-123' })).details.reason).toBe('issuer_missing');
  });

  it('accepts a missing iss when the provider does not advertise it', () => {
    const result = handleCallback(callback({ code: CODE, state: 'state-123' }), {
      ...expected(),
      issParameterSupported: false,
    });
    expect(result.iss).toBeUndefined();
  });

  it('checks iss before anything else, even on error responses (mix-up defence)', () => {
    const error = rejection(callback({ error: 'access_denied', state: 'state-123', iss: 'https://evil.example.com' }));
    expect(error.details.reason).toBe('issuer_mismatch');
  });

  it('maps an error redirect to error_response with the OAuth fields', () => {
    const error = rejection(
      callback({
        error: 'access_denied',
        error_description: 'The user said no',
        error_uri: 'https://e.example/x',
        state: 'state-123',
        iss: expected().issuer,
      }),
    );
    expect(error).toMatchObject({
      details: {
        reason: 'error_response',
        error: 'access_denied',
        error_description: 'The user said no',
        error_uri: 'https://e.example/x',
      },
    });
  });

  it('accepts a state only once', () => {
    const exp = expected();
    const url = callback({ code: CODE, state: 'state-123', iss: exp.issuer });
    handleCallback(url, exp);
    expect(rejection(url, exp).details.reason).toBe('state_reused');
  });

  it('does not burn the state on a forged callback', () => {
    const exp = expected();
    rejection(callback({ code: CODE, state: 'forged', iss: exp.issuer }), exp);
    expect(handleCallback(callback({ code: CODE, state: 'state-123', iss: exp.issuer }), exp).code).toBe(CODE);
  });

  it('rejects a response without a code, and implicit-flow responses', () => {
    const iss = expected().issuer;
    expect(rejection(callback({ state: 'state-123', iss })).details.reason).toBe('code_missing');
    expect(rejection(callback({ state: 'state-123', iss, code: CODE, id_token: 'x.y.z' })).details.reason).toBe(
      'unsupported_response',
    );
  });
});

describe('handleCallback with a relative URL', () => {
  it('throws a fixed message that never repeats the input (it holds the code)', () => {
    let error: unknown;
    try {
      handleCallback(`/callback?code=${CODE}&state=state-123`, expected());
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toMatch(/absolute callback URL/);
    for (const text of [String(error), JSON.stringify(error), JSON.stringify(Object.entries(error as object))])
      expect(text).not.toContain(CODE);
    expect((error as { input?: unknown }).input).toBeUndefined();
  });

  it('accepts a URL object built from req.url and the app origin', () => {
    const url = new URL(
      `/callback?code=${CODE}&state=state-123&iss=${encodeURIComponent(expected().issuer)}`,
      'https://app.example',
    );
    expect(handleCallback(url, expected()).code).toBe(CODE);
  });
});
