// The 0.x policy: caret ranges treat a 0.x minor as breaking, so a breaking change bumps the minor there.
import { describe, expect, it } from 'vitest';
import { maxBump, releaseBump } from '../../src/release/bump.js';

describe('releaseBump', () => {
  it.each([
    ['major', '0.1.0', 'minor'],
    ['minor', '0.1.0', 'patch'],
    ['patch', '0.1.0', 'patch'],
    ['major', '0.0.3', 'minor'],
    ['major', '1.4.2', 'major'],
    ['minor', '1.4.2', 'minor'],
    ['patch', '2.0.0', 'patch'],
  ] as const)('a %s change to %s is a %s release', (rating, version, expected) => {
    expect(releaseBump(rating, version)).toBe(expected);
  });

  it('rejects a version that is not semver', () => {
    expect(() => releaseBump('major', 'next')).toThrow('Not a semver version: next');
  });

  it('rates an API by its highest change, none when nothing changed', () => {
    expect(maxBump([])).toBe('none');
    expect(maxBump(['patch', 'major', 'minor'])).toBe('major');
  });
});
