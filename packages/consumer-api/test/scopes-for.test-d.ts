// A misspelt operationId is reported on the element itself (one line naming it and suggesting the nearest
// operationId), not on the whole argument as a mismatch of iterator types: the `@ts-expect-error` sits on
// the line of the bad element in a list, so an error reported anywhere else fails this file.
import { describe, expectTypeOf, it } from 'vitest';
import { consumerApiScopesFor } from '../src/index.js';

describe('consumerApiScopesFor', () => {
  it('points at the operationId that does not exist', () => {
    consumerApiScopesFor([
      'listAccounts',
      // @ts-expect-error 'listAcounts' is not an operationId (did you mean 'listAccounts'?)
      'listAcounts',
    ]);
    // a set is checked as a whole: the error is on the argument
    // @ts-expect-error not an operationId of this API
    consumerApiScopesFor(new Set(['getUser', 'searchConsumerUsers'] as const));
  });

  it('takes a list or a set of operationIds', () => {
    expectTypeOf(consumerApiScopesFor(['listAccounts', 'getUser'])).toEqualTypeOf<string[]>();
    expectTypeOf(consumerApiScopesFor(new Set(['listAccounts'] as const))).toEqualTypeOf<string[]>();
  });
});
