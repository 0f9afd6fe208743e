// Property tests with hostile input for what the clients put on the wire and read back: path and query
// serialization through a Consumer API client (@dtk/runtime's request loop, openapi-fetch's serializers), and the
// Consumer API's exact money helpers.
import { createConsumerApiClient, formatMoney, isApiError, MoneyFormatError, parseMoney } from '@dtk/consumer-api';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capturingLogger, recordError, seeSecret } from './support/hygiene.js';
import { reportFigures } from './support/results.js';

const RUNS = 1_500;
const runs: Record<string, number> = {};
const counted = (name: string, numRuns = RUNS) => {
  runs[name] = numRuns;
  return { numRuns };
};

const BASE_URL = 'https://digital.garden-fi.com/a/consumer/api/v0';
const ACCESS_TOKEN = `prop.${crypto.randomUUID()}`;
seeSecret('access token (property test)', ACCESS_TOKEN);

/** A client whose fetch records each Request and answers 200 with an empty page, never touching the network. */
function recordingClient() {
  const sent: Request[] = [];
  const client = createConsumerApiClient({
    baseUrl: BASE_URL,
    accessToken: ACCESS_TOKEN,
    retry: false,
    logger: capturingLogger(),
    fetch: async (request) => {
      sent.push(request);
      return new Response('{"transactions":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });
  return { client, sent };
}

/** "", "." and "..", however many times percent-encoded: a path segment the URL parser would remove or climb. */
function isDotSegment(value: string): boolean {
  let decoded = value;
  for (let round = 0; round < 4; round++) {
    if (decoded === '' || decoded === '.' || decoded === '..') return true;
    try {
      const next = decodeURIComponent(decoded);
      if (next === decoded) break;
      decoded = next;
    } catch {
      break;
    }
  }
  return decoded === '' || decoded === '.' || decoded === '..';
}

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    '.',
    '..',
    '%2e',
    '%2E%2e',
    '%252e%252e',
    '.%2e',
    '../..',
    '..%2f',
    '?',
    '#',
    '/',
    '%',
    '%zz',
    ' ',
    '+',
  ),
  fc
    .array(fc.constantFrom('.', '%', '2', 'e', 'E', '/', '\\', '?', '#', ';', '&', '='), { maxLength: 8 })
    .map((parts) => parts.join('')),
);

describe('path and query serialization', () => {
  it('a path value is one segment that decodes back to itself, or a TypeError before the network', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        hostile,
        hostile,
        fc.string({ unit: 'binary', maxLength: 30 }),
        async (userId, accountId, since) => {
          const { client, sent } = recordingClient();
          let failure: unknown;
          try {
            await client.GET('/users/{userId}/accounts/{accountId}/transactions', {
              params: { path: { userId, accountId }, query: { since, limit: 50 } },
            });
          } catch (error) {
            failure = error;
            recordError(error);
          }
          if (failure !== undefined) {
            refused += 1;
            expect(failure, String(failure)).toBeInstanceOf(TypeError);
            expect(isApiError(failure)).toBe(false);
            expect(sent).toHaveLength(0);
            expect(isDotSegment(userId) || isDotSegment(accountId)).toBe(true);
            return;
          }
          expect(isDotSegment(userId) || isDotSegment(accountId)).toBe(false);
          expect(sent).toHaveLength(1);
          const url = new URL((sent[0] as Request).url);
          expect(url.origin).toBe('https://digital.garden-fi.com');
          expect(url.hash).toBe('');
          const segments = url.pathname.split('/');
          expect(segments).toHaveLength(10);
          expect(segments.slice(0, 6)).toEqual(['', 'a', 'consumer', 'api', 'v0', 'users']);
          expect(decodeURIComponent(segments[6] as string)).toBe(userId);
          expect(segments[7]).toBe('accounts');
          expect(decodeURIComponent(segments[8] as string)).toBe(accountId);
          expect(segments[9]).toBe('transactions');
          expect([...url.searchParams.keys()].sort()).toEqual(['limit', 'since']);
          expect(url.searchParams.get('since')).toBe(since);
          expect(url.searchParams.get('limit')).toBe('50');
        },
      ),
      counted('path and query values', 800),
    );
    runs['of which refused before the network'] = refused;
    expect(refused).toBeGreaterThan(0);
  });

  it('lone surrogates in a path or query value fail before the network, never as a request', async () => {
    for (const value of ['\uD800', 'a\uDFFFb', '\uDBFF']) {
      for (const place of ['path', 'query'] as const) {
        const { client, sent } = recordingClient();
        const params =
          place === 'path'
            ? { path: { userId: value, accountId: 'a' }, query: {} }
            : { path: { userId: 'u', accountId: 'a' }, query: { since: value } };
        const outcome = await client.GET('/users/{userId}/accounts/{accountId}/transactions', { params }).then(
          () => 'sent',
          (error: unknown) => (error instanceof Error ? error.name : 'thrown'),
        );
        if (outcome === 'sent') {
          // Sent only if the value went out as U+FFFD, never raw.
          const url = new URL((sent[0] as Request).url);
          expect(decodeURIComponent(url.href)).not.toMatch(/[\uD800-\uDFFF]/);
        } else {
          expect(sent).toHaveLength(0);
        }
      }
    }
  });
});

const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 30 });

describe('money', () => {
  it('formatMoney and parseMoney are exact inverses for any amount, beyond 2^53 cents too', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (cents) => {
        const text = formatMoney(cents);
        expect(text).toMatch(/^-?\d+\.\d{2}$/);
        expect(parseMoney(text)).toBe(cents);
      }),
      counted('money round trips'),
    );
  });

  it('a decimal string is parsed exactly or refused; hostile text is a MoneyFormatError with a bounded message', () => {
    const amount = fc.oneof(
      fc
        .tuple(fc.constantFrom('', '-'), digits, fc.option(digits, { nil: undefined }))
        .map(([sign, whole, fraction]) => `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}`),
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.constantFrom(
        '1e3',
        '+1',
        ' 1',
        '1,000.00',
        '1.',
        '.5',
        '--1',
        '1.2.3',
        '１２',
        '٣',
        'NaN',
        'Infinity',
        '0x10',
        '1_000',
      ),
      fc.nat(2_000).map((size) => '9'.repeat(size + 100)),
    );
    fc.assert(
      fc.property(amount, (text) => {
        const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
        const fraction = match?.[3] ?? '';
        const exact = match !== null && /^0*$/.test(fraction.slice(2));
        let parsed: bigint | undefined;
        try {
          parsed = parseMoney(text);
        } catch (error) {
          expect(error).toBeInstanceOf(MoneyFormatError);
          expect((error as Error).message.length).toBeLessThan(200);
        }
        if (!exact || match === null) {
          expect(parsed).toBeUndefined();
          return;
        }
        const [, sign = '', whole = ''] = match;
        const expected = BigInt(whole + fraction.slice(0, 2).padEnd(2, '0')) * (sign === '-' ? -1n : 1n);
        expect(parsed).toBe(expected);
      }),
      counted('money strings'),
    );
  });
});

it('reports its figures', () => {
  reportFigures(5, 'property tests: serialization and money', { 'generated cases': runs });
});
