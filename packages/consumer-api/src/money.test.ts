import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MoneyFormatError } from './errors.js';
import { formatMoney, parseMoney } from './money.js';

describe('parseMoney', () => {
  it.each([
    ['-1543.00', -154300n],
    ['741.41', 74141n],
    ['1543', 154300n],
    ['-0.01', -1n],
    ['0.1', 10n],
    ['-0.00', 0n],
    ['007.50', 750n],
    ['1.250', 125n],
    ['12.3400000', 1234n],
  ])('parses %j as %d cents', (input, cents) => {
    expect(parseMoney(input)).toBe(cents);
  });

  it('is exact beyond 2^53 cents', () => {
    const beyondDoubles = '90071992547409.93'; // 2^53 + 1 cents: a double would round it
    expect(parseMoney(beyondDoubles)).toBe(2n ** 53n + 1n);
    expect(parseMoney('-123456789012345678901234567890.12')).toBe(-12345678901234567890123456789012n);
  });

  it.each([
    '1,543.00',
    '',
    ' 1.00',
    '1.00 ',
    '1.2.3',
    '1e3',
    '1.5E2',
    '+1.00',
    '1.',
    '.5',
    '-',
    '--1',
    '0x10',
    'NaN',
    'Infinity',
    '١٢٣',
  ])('rejects %j with a MoneyFormatError', (input) => {
    const error = catchError(() => parseMoney(input));
    expect(error).toBeInstanceOf(MoneyFormatError);
    expect((error as MoneyFormatError).input).toBe(input);
  });

  it('refuses to round fractions of a cent', () => {
    expect(() => parseMoney('1.255')).toThrow(/fractions of a cent/);
    expect(() => parseMoney('-0.001')).toThrow(MoneyFormatError);
  });

  it('rejects non-strings, and shortens long inputs in the message', () => {
    expect(() => parseMoney(12.5 as unknown as string)).toThrow(/decimal string, got number/);
    expect(() => parseMoney(null as unknown as string)).toThrow(MoneyFormatError);
    const error = catchError(() => parseMoney(`${'9'.repeat(500)}x`)) as MoneyFormatError;
    expect(error.message.length).toBeLessThan(200);
  });
});

describe('formatMoney', () => {
  it.each([
    [-154300n, '-1543.00'],
    [74141n, '741.41'],
    [-1n, '-0.01'],
    [5n, '0.05'],
    [0n, '0.00'],
    [100n, '1.00'],
    [2n ** 64n, '184467440737095516.16'],
  ])('formats %d cents as %j', (cents, text) => {
    expect(formatMoney(cents)).toBe(text);
  });

  it('takes only bigints', () => {
    expect(() => formatMoney(1.5 as unknown as bigint)).toThrow(TypeError);
  });
});

describe('round trip', () => {
  it('parseMoney(formatMoney(x)) === x for any bigint', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 128n), max: 2n ** 128n }),
        (cents) => parseMoney(formatMoney(cents)) === cents,
      ),
    );
  });

  it('formatMoney(parseMoney(s)) keeps the amount of any two-decimal string', () => {
    const amount = fc
      .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 99 }))
      .map(([negative, whole, cents]) => `${negative ? '-' : ''}${whole}.${String(cents).padStart(2, '0')}`);
    fc.assert(
      fc.property(amount, (text) => {
        const normalized = /^-0\.00$/.test(text) ? '0.00' : text;
        return formatMoney(parseMoney(text)) === normalized;
      }),
    );
  });
});

function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
