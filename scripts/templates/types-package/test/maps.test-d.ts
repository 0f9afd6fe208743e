// Type tests (checked by `vitest --typecheck`, never executed): the generated maps have the shapes the runtime
// relies on (`@dtk/scripts/testing/generated-maps`). Whether they agree with the description is checked once for
// every API by the pipeline's own tests.
import type { Failing } from '@dtk/scripts/testing/documented-pattern';
import type { GeneratedMapsChecks } from '@dtk/scripts/testing/generated-maps';
import { describe, expectTypeOf, it } from 'vitest';
import type * as maps from '../src/index.js';
import type { OperationId } from '../src/index.js';

describe('generated maps', () => {
  it('are keyed by the operation ids, route by method and path, and name only declared schemes', () => {
    expectTypeOf<Failing<GeneratedMapsChecks<OperationId, typeof maps>>>().toEqualTypeOf<never>();
  });
});
