// The maps step: routes carry the request media type when it is not application/json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { collectOperationInfo, renderOperationsModule } from '../src/maps.js';
import { createFixtureWorkspace, type FixtureWorkspace } from './helpers.js';

const body = (...mediaTypes: string[]) => ({ content: Object.fromEntries(mediaTypes.map((type) => [type, { schema: { type: 'object' } }])) });

const document = {
  paths: {
    '/json': { post: { operationId: 'sendJson', requestBody: body('application/json') } },
    '/patch': { patch: { operationId: 'mergePatch', requestBody: body('application/merge-patch+json') } },
    '/form': { post: { operationId: 'sendForm', requestBody: body('application/x-www-form-urlencoded') } },
    '/either': { put: { operationId: 'jsonOrForm', requestBody: body('application/x-www-form-urlencoded', 'application/json') } },
    '/ref': { patch: { operationId: 'viaRef', requestBody: { $ref: '#/components/requestBodies/Patch' } } },
    '/none': { get: { operationId: 'noBody' } },
  },
  components: { requestBodies: { Patch: body('application/merge-patch+json') } },
};

describe('collectOperationInfo', () => {
  it('records the request media type only when it is not application/json', () => {
    const types = Object.fromEntries(collectOperationInfo(document).map((operation) => [operation.operationId, operation.requestContentType]));
    expect(types).toEqual({
      sendJson: undefined,
      mergePatch: 'application/merge-patch+json',
      sendForm: 'application/x-www-form-urlencoded',
      jsonOrForm: undefined,
      viaRef: 'application/merge-patch+json',
      noBody: undefined,
    });
    for (const operation of collectOperationInfo(document)) {
      expect('requestContentType' in operation, operation.operationId).toBe(operation.requestContentType !== undefined);
    }
  });

  it('renders it into the route map', () => {
    const module = renderOperationsModule('// header\n', collectOperationInfo(document));
    expect(module).toContain('  mergePatch: { method: "patch", path: "/patch", requestContentType: "application/merge-patch+json" },');
    expect(module).toContain('  sendJson: { method: "post", path: "/json" },');
  });
});

describe('generate', () => {
  let fixture: FixtureWorkspace;
  beforeAll(() => {
    fixture = createFixtureWorkspace();
  });
  afterAll(() => fixture.remove());

  it('writes the media type of a $ref request body into the generated routes', async () => {
    const result = await generate(['sample-api'], fixture);
    expect(result.ok, JSON.stringify(result.apis)).toBe(true);
    const operations = readFileSync(join(fixture.sampleGeneratedDir, 'operations.ts'), 'utf8');
    expect(operations).toContain(
      'updateAccount: { method: "patch", path: "/a/sample/api/v0/users/{userId}/accounts/{accountId}", requestContentType: "application/merge-patch+json" },',
    );
    expect(operations).toContain('createTransfer: { method: "post", path: "/a/sample/api/v0/users/{userId}/transfers" },');
  });
});
