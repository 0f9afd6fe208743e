// A misspelt operationId is reported on the element itself (one line naming it and suggesting the nearest
// operationId), not on the whole argument as a mismatch of iterator types: the `@ts-expect-error` sits on
// the line of the bad element in a list, so an error reported anywhere else fails this file.
import { describe, expectTypeOf, it } from 'vitest';
import { adminApiScopesFor } from '../src/index.js';

describe('adminApiScopesFor', () => {
  it('points at the operationId that does not exist', () => {
    adminApiScopesFor([
      'getPartnerClients',
      // @ts-expect-error 'searchConsumerUser' is not an operationId (did you mean 'searchConsumerUsers'?)
      'searchConsumerUser',
    ]);
    // a set is checked as a whole: the error is on the argument
    // @ts-expect-error not an operationId of this API
    adminApiScopesFor(new Set(['getUserDetails', 'listAccounts'] as const));
  });

  it('takes a list or a set of operationIds', () => {
    expectTypeOf(adminApiScopesFor(['getPartnerClients', 'searchConsumerUsers'])).toEqualTypeOf<string[]>();
    expectTypeOf(adminApiScopesFor(new Set(['getUserDetails'] as const))).toEqualTypeOf<string[]>();
  });
});
