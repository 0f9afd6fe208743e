// What counts as a decimal money pattern.
import { describe, expect, it } from 'vitest';
import { isDecimalPattern } from '../redocly-plugin/rules/money-as-decimal-string.js';

describe('isDecimalPattern', () => {
  it.each(['^-?[0-9]+(\\.[0-9]+)?$', '^-?\\d+(\\.\\d+)?$', '^-?[0-9]+(\\.[0-9]{2})?$', '^[0-9]+\\.[0-9]{2}$'])(
    'accepts %s',
    (pattern) => {
      expect(isDecimalPattern(pattern)).toBe(true);
    },
  );

  it.each(['.*', '^[0-9]+$', '^-?[0-9.]+$', '^-?[0-9]+(\\.[0-9]+)?', '[', '^-?[0-9]+([.,][0-9]+)?$'])(
    'rejects %s',
    (pattern) => {
      expect(isDecimalPattern(pattern)).toBe(false);
    },
  );
});
