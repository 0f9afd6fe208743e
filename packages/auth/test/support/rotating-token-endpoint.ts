import { sendJson } from '@dtk/testkit';
import type { FakeIssuer } from './fake-issuer.js';

/**
 * Makes the fake issuer's token endpoint a refresh-token grant with rotation:
 * each refresh token works once; replaying one answers `invalid_grant`.
 */
export function serveRotatingRefresh(op: FakeIssuer, options: { delayMs?: number; expiresIn?: number } = {}) {
  const valid = new Set<string>();
  let issued = 0;
  const state = {
    refreshes: 0,
    invalidGrants: 0,
    /** Registers a refresh token the endpoint will accept once. */
    accept(refreshToken: string) {
      valid.add(refreshToken);
    },
  };
  op.onToken((form, res) => {
    const refreshToken = form.get('refresh_token') ?? '';
    const answer = () => {
      if (form.get('grant_type') !== 'refresh_token' || !valid.delete(refreshToken)) {
        state.invalidGrants += 1;
        return sendJson(res, 400, { error: 'invalid_grant', error_description: 'grant request is invalid' });
      }
      issued += 1;
      state.refreshes += 1;
      const next = `rt-${issued}`;
      valid.add(next);
      sendJson(res, 200, {
        access_token: `at-${issued}`,
        token_type: 'Bearer',
        expires_in: options.expiresIn ?? 600,
        refresh_token: next,
        scope: 'openid accounts',
      });
    };
    if (options.delayMs) setTimeout(answer, options.delayMs);
    else answer();
  });
  return state;
}
