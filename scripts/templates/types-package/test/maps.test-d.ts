// Type tests (checked by `vitest --typecheck`, never executed): the generated maps have the shapes the runtime
// relies on. Whether they agree with the description is checked once for every API by the pipeline's own tests.
import { describe, expectTypeOf, it } from 'vitest';
import {
  apiDescription,
  type OperationId,
  operationRoutes,
  type operationScopes,
  operationSecurity,
  type securitySchemes,
} from '../src/index.js';

type KeysOfEach<T> = T extends unknown ? keyof T : never;

describe('generated maps', () => {
  it('are keyed by the same operation keys', () => {
    expectTypeOf<keyof typeof operationSecurity>().toEqualTypeOf<OperationId>();
    expectTypeOf<keyof typeof operationScopes>().toEqualTypeOf<OperationId>();
  });

  it('route every operation by method and path', () => {
    expectTypeOf(operationRoutes).toExtend<
      Readonly<
        Record<
          OperationId,
          {
            readonly method: string;
            readonly path: string;
            readonly requestContentType?: string;
            readonly server?: string;
          }
        >
      >
    >();
  });

  it('list requirement alternatives that name only declared schemes', () => {
    expectTypeOf(operationSecurity).toExtend<
      Readonly<Record<OperationId, readonly Readonly<Record<string, readonly string[]>>[]>>
    >();
    expectTypeOf<KeysOfEach<(typeof operationSecurity)[OperationId][number]>>().toExtend<
      keyof typeof securitySchemes
    >();
  });

  it('record which revision of the description they come from', () => {
    expectTypeOf(apiDescription).toExtend<{
      readonly title: string;
      readonly version: string;
      readonly openapi: string;
      readonly sha256: string;
      readonly servers: readonly string[];
    }>();
  });
});
