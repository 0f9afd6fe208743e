import { describe, expect, it } from 'vitest';
import { durationOption, integerOption, MAX_TIMER_MS, numberOption, urlOption } from './options.js';

describe('durationOption', () => {
  it('accepts positive milliseconds up to the timer limit', () => {
    expect(durationOption('timeoutMs', 1)).toBe(1);
    expect(durationOption('timeoutMs', MAX_TIMER_MS)).toBe(MAX_TIMER_MS);
    expect(durationOption('delayMs', 0, { allowZero: true })).toBe(0);
    expect(durationOption('timeoutMs', Number.POSITIVE_INFINITY, { allowInfinity: true })).toBe(
      Number.POSITIVE_INFINITY,
    );
  });

  it.each([0, -1, Number.NaN, MAX_TIMER_MS + 1, Number.POSITIVE_INFINITY, '10', null])(
    'refuses %s, naming the option',
    (value) => {
      expect(() => durationOption('timeoutMs', value)).toThrow(/^timeoutMs must be a positive number of milliseconds/);
    },
  );
});

describe('integerOption and numberOption', () => {
  it('check bounds and name the option', () => {
    expect(integerOption('retry.maxRetries', 2)).toBe(2);
    expect(() => integerOption('retry.maxRetries', 1.5)).toThrow(
      'retry.maxRetries must be a whole number ≥ 0, got 1.5',
    );
    expect(() => integerOption('limit', 501, 1, 500)).toThrow('limit must be a whole number from 1 to 500, got 501');
    expect(numberOption('retry.factor', 0.5)).toBe(0.5);
    expect(() => numberOption('retry.factor', Number.POSITIVE_INFINITY)).toThrow(
      /retry.factor must be a finite number/,
    );
  });
});

describe('urlOption', () => {
  const example = 'https://banno.com';
  it('parses absolute http(s) URLs', () => {
    expect(urlOption('baseUrl', 'https://banno.com/a/b', { example }).pathname).toBe('/a/b');
  });

  it.each(['banno.com', '/a/consumer', 'ftp://banno.com', '', 42])(
    'refuses %s with the option name and the expected form',
    (value) => {
      expect(() => urlOption('baseUrl', value, { example })).toThrow(
        new RegExp(`^baseUrl must be an absolute https or http URL such as "${example}", got `),
      );
    },
  );

  it('never shows credentials of a refused value', () => {
    expect(() => urlOption('baseUrl', 'ftp://user:pa55word@host/x?access_token=abc', { example })).toThrow(
      /got "ftp:\/\/\[redacted\]@host\/x\?access_token=\[redacted\]"/,
    );
  });
});
