import type Provider from 'oidc-provider';

export interface TokenEndpointCounters {
  /** Successful token responses by `grant_type`. */
  grantCounts(): Record<string, number>;
  /** Failed token requests by OAuth error code (`invalid_grant`, `invalid_client`, `server_error`, ...). */
  tokenErrors(): Record<string, number>;
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Counts what the token endpoint did, from the provider's own events. */
export function countTokenEndpointEvents(provider: Provider): TokenEndpointCounters {
  const grants: Record<string, number> = {};
  const failures: Record<string, number> = {};
  provider.on('grant.success', (ctx) => {
    increment(grants, String(ctx.oidc.params?.grant_type ?? 'unknown'));
  });
  provider.on('grant.error', (_ctx, error) => {
    increment(failures, error.error);
  });
  provider.on('server_error', (ctx) => {
    if (ctx.oidc?.route === 'token') increment(failures, 'server_error');
  });
  return {
    grantCounts: () => ({ ...grants }),
    tokenErrors: () => ({ ...failures }),
  };
}
