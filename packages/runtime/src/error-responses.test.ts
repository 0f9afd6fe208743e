import { SecretSet } from '@dtk/core';
import { describe, expect, it } from 'vitest';
import { errorBodyMessage, errorFromResponse, parseErrorText, safeHeaders } from './error-responses.js';
import { NotFoundError, RateLimitError } from './errors.js';

describe('errorBodyMessage', () => {
  it("reads Banno's { errorCode, messages }", () => {
    expect(errorBodyMessage({ errorCode: 404, messages: 'User or account not found.' })).toBe(
      'User or account not found.',
    );
    expect(errorBodyMessage({ errorCode: 404, messages: '  ' })).toBeUndefined();
  });

  it("reads Entity Management's { errors: [{ code, message, field? }] }, a few of them", () => {
    expect(
      errorBodyMessage({ errors: [{ code: 'NOT_FOUND', message: 'The requested resource was not found.' }] }),
    ).toBe('NOT_FOUND: The requested resource was not found.');
    const errors = [
      { code: 'INVALID', message: 'must not be blank', field: 'person.lastName' },
      { code: 'INVALID', message: 'must be a date', field: 'person.dateOfBirth' },
      { message: 'no code' },
      { code: 'ONLY_A_CODE' },
      { code: 'FOURTH', message: 'cut' },
      'not an object',
    ];
    expect(errorBodyMessage({ errors })).toBe(
      'INVALID (person.lastName): must not be blank; INVALID (person.dateOfBirth): must be a date; no code (+2 more)',
    );
    expect(errorBodyMessage({ errors: [] })).toBeUndefined();
  });

  it('reads OAuth’s { error, error_description } and bill pay’s { type, userFriendlyMessage }', () => {
    expect(errorBodyMessage({ error: 'invalid_client', error_description: 'client authentication failed' })).toBe(
      'invalid_client: client authentication failed',
    );
    expect(errorBodyMessage({ error: 'invalid_grant' })).toBe('invalid_grant');
    expect(
      errorBodyMessage({ type: 'attemptCallWithoutAbility', userFriendlyMessage: 'Bill pay is not enabled' }),
    ).toBe('Bill pay is not enabled');
    expect(errorBodyMessage({ type: 'SubscriberAccountLocked' })).toBe('SubscriberAccountLocked');
  });

  it('has nothing to say about other bodies', () => {
    for (const body of [
      undefined,
      null,
      '<html>bad gateway</html>',
      42,
      [],
      {},
      { errorCode: 1 },
      { error: 7 },
      { errors: 'x' },
    ]) {
      expect(errorBodyMessage(body), JSON.stringify(body)).toBeUndefined();
    }
  });
});

describe('errorFromResponse', () => {
  const call = (secrets: string[] = []) => ({
    operationId: 'getThing',
    method: 'GET',
    url: 'https://user:pw@api.example/things/1?access_token=abc123&limit=2#frag',
    attempts: 2,
    secrets: new SecretSet(secrets),
  });

  it('builds the class for the status with the call, a redacted URL and the Retry-After of a 429', () => {
    const error = errorFromResponse(call(), new Response('{}', { status: 429, headers: { 'retry-after': '3' } }), {});
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ operationId: 'getThing', attempts: 2, status: 429, retryAfterMs: 3000 });
    expect(error.url).toBe('https://[redacted]@api.example/things/1?access_token=[redacted]&limit=2');
  });

  it('removes the exact secrets the call sent from body, headers and message', () => {
    const response = new Response(null, {
      status: 404,
      headers: { 'x-trace': 'tok-9f9f', 'set-cookie': 'a=b', authorization: 'x' },
    });
    const error = errorFromResponse(call(['tok-9f9f']), response, {
      errorCode: 1,
      messages: 'tok-9f9f unknown',
      nested: ['tok-9f9f'],
    });
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.body).toEqual({ errorCode: 1, messages: '[redacted] unknown', nested: ['[redacted]'] });
    expect([...(error.headers ?? [])]).toEqual([
      ['authorization', '[redacted]'],
      ['x-trace', '[redacted]'],
    ]);
    expect(error.message).toContain('(getThing): [redacted] unknown');
  });

  it('parses error text as openapi-fetch does: JSON when it parses, else the text', () => {
    expect(parseErrorText('{"a":1}')).toEqual({ a: 1 });
    expect(parseErrorText('<html>')).toBe('<html>');
    expect(parseErrorText('')).toBe('');
  });

  it('keeps safe headers only', () => {
    expect(
      Object.fromEntries(
        safeHeaders(new Headers({ 'x-api-key': 'k', 'content-type': 'text/plain', 'set-cookie': 's=1' })),
      ),
    ).toEqual({
      'content-type': 'text/plain',
      'x-api-key': '[redacted]',
    });
  });
});
