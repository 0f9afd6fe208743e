// The committed specs lint clean and the committed generated output is what they produce (one pipeline run).
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../src/generate.js';
import { formatProblem } from '../src/problems.js';

let result: GenerateResult;

beforeAll(async () => {
  result = await generate([], { check: true });
});

describe('specs/', () => {
  it('holds the three APIs', () => {
    expect(result.apis.map((api) => api.api)).toEqual(expect.arrayContaining(['admin-api', 'consumer-api', 'entity-management']));
  });

  it.each(['admin-api', 'consumer-api', 'entity-management'])('%s lints clean and its generated output is current', (name) => {
    const api = result.apis.find((candidate) => candidate.api === name);
    const errors = api?.problems.filter((problem) => problem.severity === 'error').map(formatProblem);
    expect(errors).toEqual([]);
    expect(api?.error).toBeUndefined();
    expect(api?.staleFiles).toEqual([]);
  });
});
