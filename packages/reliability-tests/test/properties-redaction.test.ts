// Property tests for every redaction function of @dtk/core with hostile input: exact secrets never survive wherever
// they are embedded, cleaned text holds no control or bidi characters and respects its cap, secret-named headers and
// keys are replaced in any spelling, nothing throws, and every function stays linear (time per character within a
// fixed multiple of a plain global replace over the same text, measured in the same run).
import {
  cleanText,
  isSecret,
  isSecretName,
  REDACTED,
  redactHeaders,
  redactPath,
  redactText,
  redactUrl,
  redactValue,
  SecretSet,
  safeMessage,
} from '@dtk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportFigures } from './support/results.js';

const RUNS = 1_500;
const runs: Record<string, number> = {};
const counted = (name: string, numRuns = RUNS) => {
  runs[name] = numRuns;
  return { numRuns };
};

// Credentials as providers issue them: base64url, hex, UUIDs, JWT-like dotted runs, single-case runs.
const TOKEN_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~+/='.split('');
const secret = fc
  .oneof(
    fc.string({ unit: fc.constantFrom(...TOKEN_CHARS), minLength: 8, maxLength: 64 }),
    fc.stringMatching(/^[0-9a-f]{16,40}$/),
    fc.uuid(),
    fc.stringMatching(/^[a-z]{12,24}$/),
  )
  .filter((value) => !REDACTED.includes(value));
const hostile = fc.string({ unit: 'binary', maxLength: 300 });
const separators = fc.constantFrom(' ', '=', ': ', '":"', '\n', '\u001b[31m', '%20', '&', '?', '/', '', '\u202e', '\0');

/** `secrets` embedded in hostile text, each one or more times, at hostile boundaries. */
const embedded = fc
  .tuple(
    fc.uniqueArray(secret, { minLength: 1, maxLength: 3 }),
    fc.array(fc.tuple(hostile, separators), { minLength: 1, maxLength: 6 }),
  )
  .map(([secrets, pieces]) => ({
    secrets,
    text: pieces
      .map(([text, separator], index) => `${text}${separator}${secrets[index % secrets.length]}${separator}`)
      .join(''),
  }));

// biome-ignore lint/suspicious/noControlCharactersInRegex: the property looks for the control characters
const CONTROL_OR_BIDI = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('known secrets never survive', () => {
  it('redactText, safeMessage, redactValue, redactHeaders, redactUrl and redactPath', () => {
    fc.assert(
      fc.property(embedded, ({ secrets, text }) => {
        const set = new SecretSet(secrets);
        const outputs = {
          redactText: redactText(text, set),
          safeMessage: safeMessage(text, { secrets: set, maxLength: 100_000 }),
          redactValue: JSON.stringify(
            redactValue({ message: text, nested: [{ detail: text }], [text.slice(0, 40)]: 1 }, set),
          ),
          redactHeaders: JSON.stringify(redactHeaders({ 'x-echo': text, 'www-authenticate': text.slice(0, 500) }, set)),
          redactUrl: redactUrl(`https://api.example/${encodeURIComponent(text)}?q=${encodeURIComponent(text)}`, set),
          redactPath: redactPath(
            `https://api.example/a/${encodeURIComponent(text)}?echo=${encodeURIComponent(text)}`,
            set,
          ),
        };
        for (const [name, output] of Object.entries(outputs)) {
          for (const value of secrets) {
            expect(output.includes(value), `${name} kept a secret`).toBe(false);
            expect(output.includes(encodeURIComponent(value)), `${name} kept an encoded secret`).toBe(false);
          }
        }
      }),
      counted('embedded secrets × 6 functions'),
    );
  });

  it('secret-named headers and JSON keys are replaced in any spelling', () => {
    const word = fc.constantFrom(
      'access',
      'refresh',
      'id',
      'api',
      'client',
      'private',
      'session',
      'x',
      'auth',
      'bearer',
    );
    const secretWord = fc.constantFrom(
      'token',
      'secret',
      'key',
      'password',
      'assertion',
      'verifier',
      'cookie',
      'credential',
    );
    const joiner = fc.constantFrom('_', '-', '', '.');
    // Headers arrive lower-cased, so `accessKey` is `accesskey`: a bare `key` run cannot be told from `monkey`, and
    // counts only with a separator. The other words count inside any run.
    const name = fc
      .tuple(word, joiner, secretWord, fc.constantFrom('upper', 'lower', 'camel', 'as-is'))
      .map(([first, join, last, casing]) => {
        if (last === 'key') return `${first}${join || '-'}${last}`;
        const raw = `${first}${join}${last}`;
        if (casing === 'upper') return raw.toUpperCase();
        if (casing === 'lower') return raw.toLowerCase();
        if (casing === 'camel') return `${first}${last[0]?.toUpperCase()}${last.slice(1)}`;
        return raw;
      });
    fc.assert(
      fc.property(name, secret, (headerName, value) => {
        expect(isSecretName(headerName)).toBe(true);
        expect(isSecret(headerName, value)).toBe(true);
        expect(Object.values(redactHeaders({ [headerName]: value }))).toEqual([REDACTED]);
        expect(JSON.stringify(redactValue({ [headerName]: value }))).not.toContain(value);
        expect(redactText(`${headerName}=${value}`)).not.toContain(value);
      }),
      counted('secret-named headers and keys'),
    );
  });
});

describe('cleaning', () => {
  it('cleanText and safeMessage leave no control or bidi character and respect their cap; nothing throws', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 2_000 }),
        fc.integer({ min: 1, max: 600 }),
        (text, maxLength) => {
          for (const output of [cleanText(text, maxLength), safeMessage(text, { maxLength })]) {
            expect(CONTROL_OR_BIDI.test(output)).toBe(false);
            expect(output.length).toBeLessThanOrEqual(maxLength + 1);
          }
          expect(() => redactValue(JSON.parse(JSON.stringify({ text, list: [text, { text }] })))).not.toThrow();
          expect(() => redactUrl(text)).not.toThrow();
          expect(() => redactPath(text)).not.toThrow();
        },
      ),
      counted('hostile text to clean'),
    );
  });
});

const LENGTH = 100_000;
const unit = fc
  .array(
    fc.constantFrom(
      'key',
      'secret',
      'token',
      'code',
      '.',
      '-',
      '_',
      '=',
      ':',
      '"',
      ' ',
      'Bearer ',
      'eyJ',
      '%',
      '\u001b]8;;',
      'a',
      '/',
      '-----BEGIN ',
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(''));

function millis(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('linear time', () => {
  it('100,000 characters of any repeated hostile unit: each function within 25× a per-character replace (+50 ms)', () => {
    const secrets = new SecretSet(['deadbeefdeadbeef', 'key.key.key.', 'token_token_']);
    const functions: Record<string, (text: string) => unknown> = {
      redactText: (text) => redactText(text, secrets),
      safeMessage: (text) => safeMessage(text, { secrets, maxLength: LENGTH }),
      cleanText: (text) => cleanText(text, LENGTH),
      redactUrl: (text) => redactUrl(`https://api.example/${text}?${text}=${text}`, secrets),
      redactPath: (text) => redactPath(`https://api.example/${text}?q=${text}`, secrets),
      redactHeaders: (text) => redactHeaders({ [text.slice(0, 4096)]: text, 'x-echo': text }, secrets),
      redactValue: (text) => redactValue({ [text.slice(0, 4096)]: text, list: [text, { text }] }, secrets),
      isSecret: (text) => isSecret(text.slice(0, 4096), text),
    };
    let worst = { ratio: 0, name: '', unit: '' };
    fc.assert(
      fc.property(unit, (piece) => {
        const text = piece.repeat(Math.ceil(LENGTH / piece.length)).slice(0, LENGTH);
        // The baseline touches every character, as each function must at least once.
        const baseline = millis(() => text.replace(/[\s\S]/g, '*'));
        for (const [name, run] of Object.entries(functions)) {
          const spent = millis(() => run(text));
          if (spent / baseline > worst.ratio) worst = { ratio: spent / baseline, name, unit: piece };
          expect(
            spent,
            `${name} on ${JSON.stringify(piece)}: ${spent.toFixed(1)} ms vs ${baseline.toFixed(1)} ms`,
          ).toBeLessThan(25 * baseline + 50);
        }
      }),
      counted('hostile 100,000-character texts × 8 functions', 24),
    );
    runs[`slowest relative to a plain replace: ${worst.name} on ${JSON.stringify(worst.unit)}`] = Number(
      worst.ratio.toFixed(1),
    );
  });
});

it('reports its figures', () => {
  reportFigures(6, 'property tests: redaction (@dtk/core)', { 'generated cases': runs });
});
