// A team fixes a vendor's description without editing the vendor's file: OpenAPI Overlay 1.0 documents and redocly
// decorators listed in the API's redocly.yaml apply before lint, and what they change is what gets published.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate/generate.js';
import { createFixtureWorkspace, type FixtureWorkspace, fixturesDir, lineOf } from './helpers.js';

const vendorFile = join(fixturesDir, 'descriptions', 'needs-overlay.yaml');
const files = { 'descriptions/needs-overlay.yaml': 'openapi.yaml' };
let workspace: FixtureWorkspace;

beforeAll(() => {
  workspace = createFixtureWorkspace();
});
afterAll(() => workspace.remove());

const run = async (api: string) => (await generate([api], workspace)).apis[0]!;
const published = (api: string) =>
  JSON.parse(readFileSync(join(workspace.packagesRoot, `${api}-types`, 'src', 'generated', 'openapi.json'), 'utf8'));

describe('without a fix', () => {
  it('the vendor description fails lint at its own lines', async () => {
    workspace.addApi('notes-raw', { policy: 'recommended', files });
    const result = await run('notes-raw');
    expect(
      result.problems.filter((problem) => problem.severity === 'error').map(({ rule, line }) => ({ rule, line })),
    ).toEqual([
      { rule: 'operation-summary', line: lineOf(vendorFile, '  /notes:') + 1 },
      { rule: 'operation-summary', line: lineOf(vendorFile, '  /internal/reindex:') + 1 },
    ]);
  });
});

describe('an overlay', () => {
  it('adds what the vendor left out before lint, and the published document and types carry it', async () => {
    const dir = workspace.addApi('notes-overlay', {
      policy: 'recommended',
      files,
      xDtk: '  overlays:\n    - overlays/add-summaries.yaml',
    });
    mkdirSync(join(dir, 'overlays'));
    cpSync(join(fixturesDir, 'overlays', 'add-summaries.yaml'), join(dir, 'overlays', 'add-summaries.yaml'));
    const result = await run('notes-overlay');
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(published('notes-overlay').paths['/notes'].get.summary).toBe('List notes');
    // the vendor's file is untouched
    expect(readFileSync(join(dir, 'openapi.yaml'), 'utf8')).toBe(readFileSync(vendorFile, 'utf8'));
    const operations = readFileSync(
      join(workspace.packagesRoot, 'notes-overlay-types', 'src', 'generated', 'operations.ts'),
      'utf8',
    );
    expect(operations).toContain(
      "   * GET /notes — List notes\n   * Modeled: not in Jack Henry's published reference — summary added by overlay\n",
    );
  });

  it("that targets nothing valid is reported at the overlay's line", async () => {
    const dir = workspace.addApi('notes-bad-overlay', {
      policy: 'recommended',
      files,
      xDtk: '  overlays:\n    - overlays/broken.yaml',
    });
    mkdirSync(join(dir, 'overlays'));
    writeFileSync(
      join(dir, 'overlays', 'broken.yaml'),
      'overlay: 1.0.0\ninfo: { title: Broken, version: 1.0.0 }\nactions:\n  - target: $.paths[\n    update: { summary: x }\n',
    );
    const result = await run('notes-bad-overlay');
    expect(result.problems).toContainEqual(
      expect.objectContaining({ file: 'specs/notes-bad-overlay/overlays/broken.yaml', line: 4, severity: 'error' }),
    );
  });
});

describe('a decorator', () => {
  it("configured per API removes the vendor's internal operation before lint", async () => {
    workspace.addApi('notes-decorated', {
      policy: 'recommended',
      files,
      config: 'decorators:\n  remove-x-internal: on\nrules:\n  operation-summary: off\n',
    });
    const result = await run('notes-decorated');
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(Object.keys(published('notes-decorated').paths)).toEqual(['/notes']);
  });
});
