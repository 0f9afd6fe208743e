// @ts-check
// The token sets the crash test's writers store: every field says which generation it is, padded so that a write
// takes a while (a kill then often lands inside one).

/**
 * @param {number} generation
 * @returns {{ accessToken: string, refreshToken: string, tokenType: string, scope: string, receivedAt: number, expiresAt: number }}
 */
export function tokenSetFor(generation) {
  const tag = String(generation).padStart(8, '0');
  return {
    accessToken: `access-${tag}-${'a'.repeat(2048)}`,
    refreshToken: `refresh-${tag}-${'r'.repeat(2048)}`,
    tokenType: 'Bearer',
    scope: 'openid https://api.banno.com/consumer/auth/offline_access',
    receivedAt: generation,
    expiresAt: generation + 600_000,
  };
}

/** @param {string | undefined} accessToken */
export const generationOf = (accessToken) => Number(accessToken?.slice(7, 15));
