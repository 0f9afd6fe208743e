// Type tests (checked by `vitest --typecheck`, never executed): openapi-fetch's documented style
// `const { data, error } = await client.GET(…); if (error) throw error; data.…` narrows `data` for every operation.
import type { DocumentedPatternChecks, Failing } from '@dtk/scripts/testing/documented-pattern';
import createClient from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import { type components, type OperationId, operationRoutes, type operations, type paths } from '../src/index.js';

const client = createClient<paths>({ baseUrl: 'https://digital.garden-fi.com' });
const InstitutionUniversalId = '6f0f2a8e-3c1d-4b5a-9e7f-1a2b3c4d5e6f';

describe('Entity Management API: `if (error) throw` narrows `data`', () => {
  it('for every operation (the list comes from the generated maps)', () => {
    expectTypeOf<keyof operations>().toEqualTypeOf<OperationId>();
    expectTypeOf<Failing<DocumentedPatternChecks<operations>>>().toEqualTypeOf<never>();
  });

  it('in a real call, with the modeled error body on `error`', async () => {
    const { data, error } = await client.GET(operationRoutes.listEntities.path, {
      params: { path: { InstitutionUniversalId } },
    });
    if (error) {
      expectTypeOf(error).toExtend<components['schemas']['ErrorResponse'] | Record<string, unknown>>();
      throw new Error('listEntities failed');
    }
    expectTypeOf(data.entities).toEqualTypeOf<components['schemas']['Entity'][]>();
  });
});
