import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OpenIdProvider } from '@dtk/sandbox';
import { sendJson } from '../http-server.js';
import { checkBearerToken } from './bearer-check.js';

export type { ResourceResponseBody } from './bearer-check.js';

export interface ResourceRoute {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Status codes answered so far, in order. */
  statuses(): number[];
}

/**
 * A protected API route on the provider's own server, the way a Banno API
 * checks a token: the access token must be one the provider issued and still
 * holds. Revoked, expired or unknown tokens get 401 `invalid_token`, so a
 * client can be driven onto its refresh path.
 */
export function createResourceRoute(
  provider: OpenIdProvider['provider'],
  requiredScope: string | undefined,
): ResourceRoute {
  const statuses: number[] = [];
  const answer = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    statuses.push(status);
    sendJson(res, status, body, headers);
  };

  return {
    statuses: () => [...statuses],
    async handle(req, res) {
      if (req.method !== 'GET') {
        answer(res, 405, { error: 'method_not_allowed' }, { allow: 'GET' });
        return;
      }
      const check = await checkBearerToken(provider, req, requiredScope);
      if (check.ok) answer(res, 200, check.token);
      else
        answer(
          res,
          check.rejection.status,
          { error: check.rejection.error },
          { 'www-authenticate': check.rejection.challenge },
        );
    },
  };
}
