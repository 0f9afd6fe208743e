// A misspelt operationId is reported on the element itself (one line naming it and suggesting the nearest
// operationId), not on the whole argument as a mismatch of iterator types: the `@ts-expect-error` sits on
// the line of the bad element in a list, so an error reported anywhere else fails this file.
import { describe, expectTypeOf, it } from 'vitest';
import { entityManagementScopesFor } from '../src/index.js';

describe('entityManagementScopesFor', () => {
  it('points at the operationId that does not exist', () => {
    entityManagementScopesFor([
      'listEntities',
      // @ts-expect-error 'listEntites' is not an operationId (did you mean 'listEntities'?)
      'listEntites',
    ]);
    // a set is checked as a whole: the error is on the argument
    // @ts-expect-error not an operationId of this API
    entityManagementScopesFor(new Set(['getEntity', 'listAccounts'] as const));
  });

  it('takes a list or a set of operationIds', () => {
    expectTypeOf(entityManagementScopesFor(['listEntities', 'createEntity'])).toEqualTypeOf<string[]>();
    expectTypeOf(entityManagementScopesFor(new Set(['getEntity'] as const))).toEqualTypeOf<string[]>();
  });
});
