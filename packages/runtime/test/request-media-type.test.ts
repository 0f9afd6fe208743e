import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../src/index.js';
import { clientFor, serve, USER } from './helpers.js';

const noContent = (_req: unknown, res: import('node:http').ServerResponse) => void res.writeHead(204).end();

describe('request media type from the route map', () => {
  it('labels the body with the spec’s +json type, serialised as JSON', async () => {
    const server = await serve(noContent);
    await unwrap(
      clientFor(server).PATCH('/users/{userId}', { params: { path: { userId: USER } }, body: { preferredName: null } }),
    );
    const [patch] = server.requests;
    expect(patch?.headers['content-type']).toBe('application/merge-patch+json');
    expect(JSON.parse(patch?.body ?? '')).toEqual({ preferredName: null });
  });

  it('keeps application/json for operations without a requestContentType', async () => {
    const server = await serve(noContent);
    await unwrap(
      clientFor(server).PUT('/users/{userId}', { params: { path: { userId: USER } }, body: { email: 'a@b.example' } }),
    );
    expect(server.requests[0]?.headers['content-type']).toBe('application/json');
  });

  it('keeps a Content-Type the caller chose', async () => {
    const server = await serve(noContent);
    await unwrap(
      clientFor(server).PATCH('/users/{userId}', {
        params: { path: { userId: USER } },
        body: { email: 'a@b.example' },
        headers: { 'Content-Type': 'application/merge-patch+json; charset=utf-8' },
      }),
    );
    expect(server.requests[0]?.headers['content-type']).toBe('application/merge-patch+json; charset=utf-8');
  });

  it('re-sends a retried body with the same media type', async () => {
    let calls = 0;
    const server = await serve((_req, res) => (++calls === 1 ? sendJson(res, 503, {}) : void res.writeHead(204).end()));
    // PATCH is not idempotent: an idempotency key allows the retry.
    await unwrap(
      clientFor(server).PATCH('/users/{userId}', {
        params: { path: { userId: USER } },
        body: { email: 'a@b.example' },
        headers: { 'Idempotency-Key': 'k1' },
      }),
    );
    expect(server.requests.map((request) => request.headers['content-type'])).toEqual([
      'application/merge-patch+json',
      'application/merge-patch+json',
    ]);
    expect(server.requests[1]?.body).toBe(server.requests[0]?.body);
  });

  it('fails before the network instead of sending JSON to a form operation, and sends the form when told', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { access_token: 'issued', token_type: 'Bearer' }));
    const client = clientFor(server);

    const refused = await client
      .POST('/token', { body: { grant_type: 'client_credentials' } })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TypeError);
    expect((refused as Error).message).toContain(
      'requestToken sends its body as application/x-www-form-urlencoded, not JSON',
    );
    expect(server.requests).toHaveLength(0);

    const { data } = await client.POST('/token', {
      body: { grant_type: 'client_credentials', scope: 'a b' },
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(data?.token_type).toBe('Bearer');
    expect(server.requests[0]?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(server.requests[0]?.body).toBe('grant_type=client_credentials&scope=a+b');
  });
});
