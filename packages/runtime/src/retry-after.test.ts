import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './retry-after.js';

const now = Date.parse('2026-01-02T03:04:05Z');
const parse = (headers: Record<string, string>) => parseRetryAfter(new Headers(headers), now);

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parse({ 'retry-after': '2' })).toBe(2000);
    expect(parse({ 'retry-after': '0' })).toBe(0);
    expect(parse({ 'retry-after': ' 1.5 ' })).toBe(1500);
  });

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parse({ 'retry-after': 'Fri, 02 Jan 2026 03:04:08 GMT' })).toBe(3000);
    expect(parse({ 'retry-after': 'Fri, 02 Jan 2026 03:00:00 GMT' })).toBe(0);
  });

  it('prefers retry-after-ms', () => {
    expect(parse({ 'retry-after-ms': '1500', 'retry-after': '5' })).toBe(1500);
  });

  it('ignores what it cannot parse', () => {
    expect(parse({})).toBeUndefined();
    expect(parse({ 'retry-after': '-5' })).toBeUndefined();
    expect(parse({ 'retry-after': 'soon' })).toBeUndefined();
    expect(parse({ 'retry-after': '' })).toBeUndefined();
    expect(parse({ 'retry-after-ms': 'NaN', 'retry-after': '1' })).toBe(1000);
  });
});
