import { describe, expect, it } from 'vitest';
import { errorBodyMessage } from './error-body-message.js';

describe('errorBodyMessage', () => {
  it("reads Banno's { errorCode, messages }", () => {
    expect(errorBodyMessage({ errorCode: 404, messages: 'User or account not found.' })).toBe('User or account not found.');
    expect(errorBodyMessage({ errorCode: 404, messages: '  ' })).toBeUndefined();
  });

  it("reads Entity Management's { errors: [{ code, message, field? }] }, a few of them", () => {
    expect(errorBodyMessage({ errors: [{ code: 'NOT_FOUND', message: 'The requested resource was not found.' }] })).toBe(
      'NOT_FOUND: The requested resource was not found.',
    );
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

  it('reads OAuth’s { error, error_description }', () => {
    expect(errorBodyMessage({ error: 'invalid_client', error_description: 'client authentication failed' })).toBe(
      'invalid_client: client authentication failed',
    );
    expect(errorBodyMessage({ error: 'invalid_grant' })).toBe('invalid_grant');
  });

  it("reads bill pay's and Zelle's { type, userFriendlyMessage }", () => {
    expect(errorBodyMessage({ type: 'attemptCallWithoutAbility', userFriendlyMessage: 'Bill pay is not enabled' })).toBe('Bill pay is not enabled');
    expect(errorBodyMessage({ type: 'SubscriberAccountLocked' })).toBe('SubscriberAccountLocked');
  });

  it('has nothing to say about other bodies', () => {
    for (const body of [undefined, null, '<html>bad gateway</html>', 42, [], {}, { errorCode: 1 }, { error: 7 }, { errors: 'x' }]) {
      expect(errorBodyMessage(body), JSON.stringify(body)).toBeUndefined();
    }
  });
});
