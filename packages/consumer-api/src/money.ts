/**
 * The Consumer API sends money as decimal strings (`"-1543.00"`, `"741.41"`) so that no float ever
 * touches it. These helpers keep it that way: amounts become whole cents in a `bigint` and back,
 * by string and integer arithmetic only.
 */

import { MoneyFormatError } from './errors.js';

/** Digits, with an optional minus sign and fraction: the shape the API's schemas declare. */
const MONEY_PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;
const CENTS_DIGITS = 2;
const MAX_QUOTED_INPUT = 40;

function quote(input: string): string {
  const shown = input.length > MAX_QUOTED_INPUT ? `${input.slice(0, MAX_QUOTED_INPUT)}…` : input;
  return JSON.stringify(shown);
}

/**
 * Parses a decimal money string into whole cents: `"-1543.00"` → `-154300n`, `"1543"` → `154300n`,
 * `"-0.01"` → `-1n`. Exact for any size (beyond 2^53 cents too).
 *
 * Accepted: an optional `-`, digits, and optionally `.` followed by digits. Rejected with a
 * {@link MoneyFormatError}: empty strings, whitespace, `+`, thousands separators (`"1,543.00"`),
 * exponents (`"1e3"`), more than one point, a point without digits on both sides (`"1."`, `".5"`).
 *
 * More than two decimals are accepted only when the extra digits are zeros (`"1.250"` → `125n`);
 * `"1.255"` is rejected because it cannot be represented in cents without rounding.
 */
export function parseMoney(value: string): bigint {
  if (typeof value !== 'string') {
    throw new MoneyFormatError(`money must be a decimal string, got ${value === null ? 'null' : typeof value}`, value);
  }
  const match = MONEY_PATTERN.exec(value);
  if (!match) {
    throw new MoneyFormatError(
      `${quote(value)} is not a money amount: expected digits with an optional "-" and decimal point, like "-1543.00"`,
      value,
    );
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  const cents = fraction.slice(0, CENTS_DIGITS).padEnd(CENTS_DIGITS, '0');
  const beyondCents = fraction.slice(CENTS_DIGITS);
  if (/[^0]/.test(beyondCents)) {
    throw new MoneyFormatError(`${quote(value)} has fractions of a cent; refusing to round it`, value);
  }
  const magnitude = BigInt(whole + cents);
  return sign === '-' ? -magnitude : magnitude;
}

/**
 * Formats whole cents as the API's decimal string, always with two decimals:
 * `-154300n` → `"-1543.00"`, `-1n` → `"-0.01"`, `0n` → `"0.00"`.
 */
export function formatMoney(cents: bigint): string {
  if (typeof cents !== 'bigint') {
    throw new TypeError(`formatMoney takes whole cents as a bigint, got ${cents === null ? 'null' : typeof cents}`);
  }
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(CENTS_DIGITS + 1, '0');
  const whole = digits.slice(0, -CENTS_DIGITS);
  const fraction = digits.slice(-CENTS_DIGITS);
  return `${negative ? '-' : ''}${whole}.${fraction}`;
}
