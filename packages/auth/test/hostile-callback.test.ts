import { describe, expect, it } from 'vitest';
import { AuthorizationResponseError, handleCallback } from '../src/index.js';

// A callback anyone can send once they have started a login and read its state from the redirect: the
// error_description is the attacker's text, and handleCallback runs synchronously on the server's event loop.
const expected = () => ({
  issuer: 'https://bank.example/a/consumer/api/v0/oidc',
  issParameterSupported: true,
  clientId: 'app',
  state: 'st-1',
});

function hostileCallback(unit: string, length: number): string {
  const description = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  const query = new URLSearchParams({
    error: 'access_denied',
    error_description: description,
    state: 'st-1',
    iss: expected().issuer,
  });
  return `https://app.example/callback?${query}`;
}

/** Milliseconds one plain global replace takes over the same text: the budget scales with the machine. */
function baselineMs(text: string): number {
  const start = performance.now();
  text.replace(/[\w.]/g, '*');
  return performance.now() - start;
}

describe('a hostile error_description in the authorization response', () => {
  it.each(['key.', 'secret.', 'code-', 'token_'])('14 kB+ of %j is handled within a small budget', (unit) => {
    const url = hostileCallback(unit, 16_000);
    const start = performance.now();
    let error: unknown;
    try {
      handleCallback(url, expected());
    } catch (caught) {
      error = caught;
    }
    const spent = performance.now() - start;
    expect(error).toBeInstanceOf(AuthorizationResponseError);
    expect(error).toMatchObject({ details: { reason: 'error_response' } });
    expect(spent).toBeLessThan(50 * baselineMs(url) + 100);
  });
});
