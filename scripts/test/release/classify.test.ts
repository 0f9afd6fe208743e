// Every fixture pair under fixtures/diff/ (base, revision, expected classification) through the real classifier,
// which runs the pinned redocly CLI; and every rule of rules.ts is exercised by at least one fixture.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { classifyDescriptions } from '../../src/release/classify.js';
import type { Json } from '../../src/release/pipeline-bundle.js';
import { RULES } from '../../src/release/rules.js';

interface Fixture {
  readonly description: string;
  readonly base: Json;
  readonly revision: Json;
  readonly expected: { readonly bump: string; readonly changes: readonly [string, string, string | null][] };
}

const fixturesDir = fileURLToPath(new URL('./fixtures/diff/', import.meta.url));
const fixtures = readdirSync(fixturesDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, ...(parse(readFileSync(join(fixturesDir, name), 'utf8')) as Fixture) }));

const sorted = (changes: readonly (readonly unknown[])[]): string[] =>
  changes.map((change) => JSON.stringify(change)).sort();

describe('spec:diff classification', { timeout: 60_000 }, () => {
  it('has at least 20 fixture pairs, including OpenAPI 3.1 and security changes', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
    expect(
      fixtures.filter((fixture) => String(fixture.revision['openapi']).startsWith('3.1')).length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      fixtures.filter((fixture) => fixture.expected.changes.some(([, rule]) => rule.startsWith('security'))).length,
    ).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)('$name', async (fixture) => {
    const result = await classifyDescriptions(fixture.base, fixture.revision);
    const actual = result.changes.map((change) => [change.bump, change.rule, change.operationId]);
    expect(sorted(actual)).toEqual(sorted(fixture.expected.changes));
    expect(result.bump).toBe(fixture.expected.bump);
    for (const change of result.changes) {
      expect(change.pointer).toMatch(/^#\/[^/]/);
      expect(change.message.length).toBeGreaterThan(10);
    }
  });

  it('exercises every rule in some fixture', () => {
    const untested = Object.keys(RULES).filter(
      (rule) => !fixtures.some((fixture) => fixture.expected.changes.some(([, seen]) => seen === rule)),
    );
    expect(untested).toEqual([]);
  });
});
