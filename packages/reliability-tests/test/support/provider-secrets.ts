// Collects, at the provider, every credential value that crosses its token endpoint: what clients send (codes, PKCE
// verifiers, refresh tokens, client secrets and assertions) and what it answers (access, refresh and ID tokens).
import type { OpenIdProvider } from '@dtk/sandbox';
import { seeSecret } from './hygiene.js';

const SENT = ['code', 'code_verifier', 'refresh_token', 'client_secret', 'client_assertion'] as const;
const ANSWERED = ['access_token', 'refresh_token', 'id_token'] as const;

interface TokenEndpointContext {
  oidc?: { params?: Record<string, unknown> };
  body?: unknown;
  headers?: Record<string, string | string[] | undefined>;
}

function collect(ctx: TokenEndpointContext): void {
  const params = ctx.oidc?.params ?? {};
  for (const name of SENT) seeSecret(`${name} (received by the provider)`, params[name]);
  const authorization = ctx.headers?.authorization;
  if (typeof authorization === 'string' && authorization.startsWith('Basic ')) {
    const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
    seeSecret('client_secret (Basic, received by the provider)', decoded.slice(decoded.indexOf(':') + 1));
    seeSecret('Basic credentials (received by the provider)', authorization.slice(6));
  }
  const body = ctx.body as Record<string, unknown> | undefined;
  if (body && typeof body === 'object') for (const name of ANSWERED) seeSecret(`${name} (issued)`, body[name]);
}

/** Starts collecting at `provider`'s token endpoint, successes and refusals alike. */
export function collectProviderSecrets(provider: OpenIdProvider): void {
  provider.provider.on('grant.success', (ctx: TokenEndpointContext) => collect(ctx));
  provider.provider.on('grant.error', (ctx: TokenEndpointContext) => collect(ctx));
}
