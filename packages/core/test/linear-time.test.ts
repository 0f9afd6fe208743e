import { describe, expect, it } from 'vitest';
import { cleanText, redactHeaders, redactText, redactUrl, redactValue, SecretSet, safeMessage } from '../src/index.js';

// Hostile text of 100,000 characters built from the fragments that made the old `name=value` rule cubic, plus the
// shapes each other rule looks for. Each redaction must stay within a small multiple of one plain global
// `String.prototype.replace` over the same text (measured here, in the same run), plus a fixed allowance for noise.
const LENGTH = 100_000;
const UNITS = [
  'key.',
  'secret.',
  'code-',
  'token_',
  'a=',
  '"a":"',
  'eyJ-',
  'Bearer ',
  '-----BEGIN A-----',
  'x',
  '\u001b]8;;',
];

function hostile(unit: string): string {
  return unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
}

function millis(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 3; round++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const secrets = new SecretSet(['deadbeef', 'key.key.', 'token_token_']);
const redactions: Record<string, (text: string) => unknown> = {
  redactText: (text) => redactText(text, secrets),
  safeMessage: (text) => safeMessage(text, { secrets, maxLength: LENGTH }),
  cleanText: (text) => cleanText(text, LENGTH),
  redactUrl: (text) => redactUrl(`https://api.example/${text}?${text}=${text}`, secrets),
  redactHeaders: (text) => redactHeaders({ [text.slice(0, 4096)]: text, 'x-echo': text }, secrets),
  redactValue: (text) => redactValue({ [text.slice(0, 4096)]: text, list: [text, { text }] }, secrets),
};

describe('every redaction is linear on hostile input', () => {
  for (const unit of UNITS) {
    it(`100,000 characters of ${JSON.stringify(unit)}`, () => {
      const text = hostile(unit);
      const baseline = millis(() => text.replace(/[\w.]/g, '*'));
      for (const [name, redact] of Object.entries(redactions)) {
        const spent = millis(() => redact(text));
        expect(spent, `${name}: ${spent.toFixed(1)} ms vs a plain replace ${baseline.toFixed(1)} ms`).toBeLessThan(
          25 * baseline + 50,
        );
      }
    });
  }
});
