import type { ServerResponse } from 'node:http';
import { sendJson, startTestServer, type TestHandler, type TestServer } from './http-server.js';
import { type BearerRejection, checkBearerToken, type ResourceResponseBody } from './oidc/bearer-check.js';
import type { OidcTestProvider } from './oidc-provider.js';

/** Handles a request whose bearer token the provider vouched for; `token` says whose it is. */
export type ProtectedApiHandler = (
  req: Parameters<TestHandler>[0],
  res: ServerResponse,
  token: ResourceResponseBody,
) => void | Promise<void>;

export interface ProtectedApiServerOptions {
  /** Tokens without this scope get 403 `insufficient_scope`. */
  requiredScope?: string;
  /** The body of a 401 or 403, in the API's own error format. Default `{ error }`, as the provider's resource route. */
  errorBody?: (rejection: BearerRejection) => unknown;
}

export interface ProtectedApiServer extends TestServer {
  /** The token behind every request the handler got, in order (rejected requests are only in `requests`). */
  readonly tokens: ResourceResponseBody[];
}

/**
 * A loopback API server that checks every bearer token against `op`, the way the provider's own
 * resource route does (`resourceUrl`): no token gets 401 with a bare `Bearer` challenge; a token
 * the provider does not hold (unknown, expired, revoked, or sender-constrained) 401 `invalid_token`;
 * one without `requiredScope` 403 `insufficient_scope` — each with `WWW-Authenticate`. Requests
 * that pass reach `handler` with `{ sub, scope, client_id }` of their token.
 */
export async function startProtectedApiServer(
  op: OidcTestProvider,
  handler: ProtectedApiHandler,
  options: ProtectedApiServerOptions = {},
): Promise<ProtectedApiServer> {
  const tokens: ResourceResponseBody[] = [];
  const errorBody = options.errorBody ?? ((rejection: BearerRejection) => ({ error: rejection.error }));
  const server = await startTestServer(async (req, res) => {
    const check = await checkBearerToken(op.provider, req, options.requiredScope);
    if (!check.ok) {
      sendJson(res, check.rejection.status, errorBody(check.rejection), {
        'www-authenticate': check.rejection.challenge,
      });
      return;
    }
    tokens.push(check.token);
    await handler(req, res, check.token);
  });
  return Object.assign(server, { tokens });
}
