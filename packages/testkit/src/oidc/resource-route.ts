import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { sendJson } from '../http-server.js';

export interface ResourceRoute {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Status codes answered so far, in order. */
  statuses(): number[];
}

/** What the route answers to a valid token. */
export interface ResourceResponseBody {
  sub: string;
  scope: string;
  client_id: string;
}

function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer +([^ ]+) *$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/**
 * A protected API route on the provider's own server, the way a Banno API
 * checks a token: the access token must be one the provider issued and still
 * holds. Revoked, expired or unknown tokens get 401 `invalid_token`, so a
 * client can be driven onto its refresh path.
 */
export function createResourceRoute(provider: Provider, requiredScope: string | undefined): ResourceRoute {
  const statuses: number[] = [];
  const answer = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    statuses.push(status);
    sendJson(res, status, body, headers);
  };
  const challenge = (error?: string, description?: string) => {
    if (!error) return { 'www-authenticate': 'Bearer' };
    const detail = description ? `, error_description="${description}"` : '';
    return { 'www-authenticate': `Bearer error="${error}"${detail}` };
  };

  return {
    statuses: () => [...statuses],
    async handle(req, res) {
      if (req.method !== 'GET') {
        answer(res, 405, { error: 'method_not_allowed' }, { allow: 'GET' });
        return;
      }
      const value = bearerToken(req);
      if (!value) {
        answer(res, 401, { error: 'unauthorized' }, challenge());
        return;
      }
      const token = (await provider.AccessToken.find(value)) ?? (await provider.ClientCredentials.find(value));
      if (!token) {
        answer(res, 401, { error: 'invalid_token' }, challenge('invalid_token', 'access token is not active'));
        return;
      }
      if (token.isSenderConstrained()) {
        // A DPoP- or mTLS-bound token sent as a plain bearer token is a misuse.
        const header = challenge('invalid_token', 'sender-constrained token used as bearer');
        answer(res, 401, { error: 'invalid_token' }, header);
        return;
      }
      const scope = token.scope ?? '';
      if (requiredScope && !scope.split(' ').includes(requiredScope)) {
        answer(res, 403, { error: 'insufficient_scope' }, challenge('insufficient_scope'));
        return;
      }
      const clientId = token.clientId ?? '';
      const sub = 'accountId' in token && typeof token.accountId === 'string' ? token.accountId : clientId;
      const body: ResourceResponseBody = { sub, scope, client_id: clientId };
      answer(res, 200, body);
    },
  };
}
