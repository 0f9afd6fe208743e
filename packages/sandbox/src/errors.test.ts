import { isDtkError } from '@dtk/core';
import { describe, expect, it } from 'vitest';
import {
  AuthorizationFlowError,
  BodyTooLargeError,
  isSandboxError,
  SANDBOX_ERROR_CODES,
  SandboxError,
  SandboxTokenError,
  SandboxUsageError,
} from './errors.js';

describe('sandbox errors', () => {
  const errors = [
    new SandboxUsageError('--port needs a whole number, got "x"'),
    new AuthorizationFlowError('authorization did not finish within 20 requests'),
    new SandboxTokenError('the token request failed with 400 invalid_grant', { status: 400, error: 'invalid_grant' }),
    new BodyTooLargeError(1024),
  ];

  it.each(errors.map((error) => [error.name, error] as const))(
    '%s is a SandboxError with its own code',
    (name, error) => {
      expect(error).toBeInstanceOf(SandboxError);
      expect(isDtkError(error)).toBe(true);
      expect(isSandboxError(error)).toBe(true);
      expect(error.code).toBe(SANDBOX_ERROR_CODES[name as keyof typeof SANDBOX_ERROR_CODES]);
      expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name, code: error.code });
    },
  );

  it('removes credentials a server echoed from the message', () => {
    const error = new AuthorizationFlowError('authorization request failed: 400 client_secret=s3cr3t-value-here');
    expect(error.message).not.toContain('s3cr3t-value-here');
  });

  it('tells other errors apart', () => {
    expect(isSandboxError(new Error('x'))).toBe(false);
    expect(new BodyTooLargeError(10).details).toEqual({ limit: 10 });
  });
});
