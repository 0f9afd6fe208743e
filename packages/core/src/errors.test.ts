import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DtkError, hasErrorCode, isDtkError } from './errors.js';
import { REDACTED } from './redaction.js';

class SampleError extends DtkError<{ status?: number; token?: string }> {
  static override readonly code: string = 'ERR_DTK_SAMPLE';
  override readonly name: string = 'SampleError';
}
class SampleNotFoundError extends SampleError {
  static override readonly code = 'ERR_DTK_SAMPLE_NOT_FOUND';
  override readonly name = 'SampleNotFoundError';
}
class OtherError extends DtkError {
  static override readonly code = 'ERR_DTK_OTHER';
  override readonly name = 'OtherError';
}

/** What a second installed copy of the same package would define: same codes, different classes. */
function secondCopy() {
  class SampleErrorCopy extends DtkError {
    static override readonly code: string = 'ERR_DTK_SAMPLE';
    override readonly name: string = 'SampleError';
  }
  class SampleNotFoundErrorCopy extends SampleErrorCopy {
    static override readonly code = 'ERR_DTK_SAMPLE_NOT_FOUND';
    override readonly name = 'SampleNotFoundError';
  }
  return { SampleErrorCopy, SampleNotFoundErrorCopy };
}

const JWT = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1c2VyIn0.c2lnbmF0dXJlc2lnbmF0dXJl';

/** Every way an error reaches a log. */
function renderings(error: Error): string[] {
  return [
    error.message,
    String(error),
    error.stack ?? '',
    inspect(error),
    inspect({ wrapped: error }),
    JSON.stringify(error),
  ];
}

describe('DtkError', () => {
  it('carries its class code, name and one details object', () => {
    const error = new SampleNotFoundError('no such thing', { status: 404 });
    expect(error).toMatchObject({
      name: 'SampleNotFoundError',
      code: 'ERR_DTK_SAMPLE_NOT_FOUND',
      details: { status: 404 },
    });
    expect(String(error)).toBe('SampleNotFoundError [ERR_DTK_SAMPLE_NOT_FOUND]: no such thing');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'SampleNotFoundError',
      code: 'ERR_DTK_SAMPLE_NOT_FOUND',
      message: 'no such thing',
      details: { status: 404 },
    });
  });

  it('instanceof follows the class hierarchy by code, across two copies of a package', () => {
    const ours = new SampleNotFoundError('x', {});
    const { SampleErrorCopy, SampleNotFoundErrorCopy } = secondCopy();
    const theirs = new SampleNotFoundErrorCopy('x', {});
    for (const error of [ours, theirs]) {
      expect(error instanceof SampleNotFoundError).toBe(true);
      expect(error instanceof SampleError).toBe(true);
      expect(error instanceof SampleNotFoundErrorCopy).toBe(true);
      expect(error instanceof SampleErrorCopy).toBe(true);
      expect(error instanceof DtkError).toBe(true);
      expect(error instanceof Error).toBe(true);
      expect(error instanceof OtherError).toBe(false);
      expect(isDtkError(error)).toBe(true);
      expect(hasErrorCode(error, 'ERR_DTK_SAMPLE')).toBe(true);
    }
    expect(new SampleError('x', {}) instanceof SampleNotFoundError).toBe(false);
    expect(new OtherError('x', {}) instanceof SampleError).toBe(false);
    expect(new Error('x') instanceof SampleError).toBe(false);
    expect((null as unknown) instanceof SampleError).toBe(false);
    expect(isDtkError({ code: 'ERR_DTK_SAMPLE' })).toBe(false);
  });

  it('a user subclass without a code of its own falls back to the prototype check', () => {
    class MyError extends SampleError {}
    expect(new MyError('x', {}) instanceof MyError).toBe(true);
    expect(new SampleError('x', {}) instanceof MyError).toBe(false);
  });

  it('removes secrets from the message, exact ones included, and cleans server text', () => {
    const error = new SampleError(`rejected ${JWT} and short1234\u001b[31m\u202e`, {}, { secrets: ['short1234'] });
    for (const text of renderings(error)) {
      expect(text).not.toContain(JWT);
      expect(text).not.toContain('short1234');
      expect(text).not.toContain('\u001b');
      expect(text).not.toContain('\u202e');
    }
    expect(error.message).toBe(`rejected ${REDACTED} and ${REDACTED}`);
  });

  it('keeps a foreign cause only as a redacted copy, with its name and code, a few levels deep', () => {
    const network = Object.assign(new Error('connect ECONNRESET 127.0.0.1:1'), { code: 'ECONNRESET' });
    const foreign = new TypeError(`fetch failed for refresh_token=r-secret-1 ${JWT}`, { cause: network });
    const error = new SampleError('could not refresh', {}, { cause: foreign, secrets: ['r-secret-1'] });
    const cause = error.cause as Error & { cause: Error & { code: string } };
    expect(cause).not.toBe(foreign);
    expect(cause.name).toBe('TypeError');
    expect(cause.cause.code).toBe('ECONNRESET');
    for (const text of [...renderings(error), cause.message]) {
      expect(text).not.toContain('r-secret-1');
      expect(text).not.toContain(JWT);
    }
  });

  it('keeps a cause that is one of ours as it is', () => {
    const inner = new OtherError('inner', {});
    expect(new SampleError('outer', {}, { cause: inner }).cause).toBe(inner);
  });

  it('redacts secret-named details when printed', () => {
    const error = new SampleError('x', { token: 'abc' });
    expect(JSON.stringify(error)).not.toContain('abc');
    expect(inspect(error)).not.toContain('abc');
  });

  it('caps the message', () => {
    expect(new SampleError('y'.repeat(1_000_000), {}).message.length).toBeLessThanOrEqual(2_001);
  });
});
