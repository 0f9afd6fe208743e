import { describe, expectTypeOf, it } from 'vitest';
import type { TokenManager, TokenManagerLike } from './token-manager.js';

/**
 * The runtime's token source, as CONTRACTS.md states it. Written out here on purpose: @dtk/auth and @dtk/runtime
 * never import each other, so the agreement is structural and this copy is what holds auth to it.
 */
interface TokenSource {
  getAccessToken(): Promise<string>;
  handleUnauthorized(rejectedAccessToken: string): Promise<string>;
  grantedScopes(): Promise<readonly string[] | undefined> | readonly string[] | undefined;
}

describe('TokenManager and the runtime', () => {
  it('TokenManager satisfies the runtime TokenSource structurally', () => {
    expectTypeOf<TokenManager>().toExtend<TokenSource>();
    expectTypeOf<TokenManagerLike>().toExtend<TokenSource>();
  });

  it('the check has teeth: a manager without handleUnauthorized is not a TokenSource', () => {
    expectTypeOf<Omit<TokenManager, 'handleUnauthorized'>>().not.toExtend<TokenSource>();
  });
});
