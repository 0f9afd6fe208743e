import { randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import { UnexpectedRedirectError, unwrap } from '../src/index.js';
import { clientFor, rejection, serve, USER } from './helpers.js';

describe('redirects are never followed', () => {
  it.each([301, 302, 303, 307, 308])(
    '%i to another origin: no request, no header, no body reaches it',
    async (status) => {
      const other = await serve((_req, res) => sendJson(res, 200, { paymentId: 'stolen', ok: true }));
      const server = await serve(
        (req, res) => void res.writeHead(status, { location: `${other.url}${req.url}?api_key=k-in-location` }).end(),
      );
      const client = clientFor(server, { accessToken: 'bearer-token-1', headers: { 'X-Api-Key': 'k-secret-header' } });

      const post = await rejection(
        client.POST('/users/{userId}/payments', {
          params: { path: { userId: USER }, header: { 'Idempotency-Key': 'k1' } },
          body: { payeeId: 'p', amount: '1.00' },
        }),
      );
      const get = await rejection(unwrap(client.GET('/status')));

      expect(other.requests).toHaveLength(0);
      for (const error of [post, get]) {
        expect(error).toBeInstanceOf(UnexpectedRedirectError);
        expect(error).toMatchObject({ code: 'ERR_DTK_API_REDIRECT', status, attempts: 1 });
        expect((error as UnexpectedRedirectError).location).toMatch(/^\/status|^\/users/);
        expect((error as UnexpectedRedirectError).location).not.toContain('k-in-location');
      }
      // A redirect is an answer, not a failure: it is not retried.
      expect(server.requests).toHaveLength(2);
    },
  );

  it.each(['http://exa mple.com/cb?t=', 'http://[::1/cb?t='])(
    'refuses a redirect to an unparseable Location (%s…) without echoing it',
    async (prefix) => {
      const token = `tok-${randomUUID()}`;
      const server = await serve((_req, res) => void res.writeHead(302, { location: `${prefix}${token}` }).end());
      const error = await rejection(clientFor(server, { accessToken: token, retry: false }).GET('/status'));
      expect(error).toBeInstanceOf(UnexpectedRedirectError);
      expect(error).toMatchObject({ code: 'ERR_DTK_API_REDIRECT', status: 302, location: '[unparseable url]' });
      expect(JSON.stringify(error)).not.toContain(token);
      expect(inspect(error, { depth: 10 })).not.toContain(token);
    },
  );

  it('leaves 304 Not Modified to the caller', async () => {
    const server = await serve((_req, res) => void res.writeHead(304).end());
    const { response } = await clientFor(server).GET('/status', { headers: { 'If-None-Match': '"v1"' } });
    expect(response.status).toBe(304);
  });
});
