import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import { ApiError, MalformedResponseError, unwrap } from '../src/index.js';
import { clientFor, rejection, serve, USER } from './helpers.js';

const HTML = '<html>oops</html>';

/** Sends `body` without a Content-Length: node then answers chunked, as streaming servers do. */
function chunked(res: import('node:http').ServerResponse, body: string, contentType = 'application/json'): void {
  res.writeHead(200, { 'content-type': contentType });
  res.write(body.slice(0, 5));
  res.end(body.slice(5));
}

describe('a 2xx body that is not JSON', () => {
  it('rejects the { data, error } call with MalformedResponseError carrying what is known of the call', async () => {
    const server = await serve(
      (_req, res) => void res.writeHead(200, { 'content-type': 'text/html', 'x-request-id': 'req-html' }).end(HTML),
    );
    const call = clientFor(server).GET('/users/{userId}/accounts', {
      params: { path: { userId: USER }, query: { active: true } },
    });

    const error = await rejection(call);

    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect(error).toMatchObject({
      name: 'MalformedResponseError',
      status: 200,
      operationId: 'getAccounts',
      method: 'GET',
      url: `${server.url}/users/${USER}/accounts?active=true`,
      requestId: 'req-html',
      attempts: 1,
      contentType: 'text/html',
      bodyLength: HTML.length,
      bodyExcerpt: HTML,
      body: undefined,
    });
    const { message } = error as MalformedResponseError;
    expect(message).toContain('getAccounts');
    expect(message).toContain('answered 200');
    expect(message).toContain(`"${HTML}"`);
    // A success is not retried: the server answered, and the answer was read.
    expect(server.requests).toHaveLength(1);
  });

  it('rejects unwrap with the same error', async () => {
    const server = await serve(
      (_req, res) => void res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok": tru'),
    );
    const error = await unwrap(clientFor(server).GET('/status')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({
      operationId: 'getStatus',
      contentType: 'application/json',
      bodyExcerpt: '{"ok": tru',
    });
  });

  it('catches a chunked body (no Content-Length) too, and still parses a good one', async () => {
    const server = await serve((req, res) =>
      req.url === '/status'
        ? chunked(res, '{"accounts": [')
        : chunked(res, JSON.stringify({ accounts: [{ id: 'a1', name: 'Checking', balance: '1.00' }] })),
    );
    const client = clientFor(server);
    await expect(client.GET('/status')).rejects.toBeInstanceOf(MalformedResponseError);

    const { data, response } = await client.GET('/users/{userId}/accounts', { params: { path: { userId: USER } } });
    expect(response.headers.get('content-length')).toBeNull();
    expect(data?.accounts[0]?.id).toBe('a1');
  });

  it('gives the size in bytes and only a short excerpt of a long body', async () => {
    const page = `<!doctype html><title>Bad gateway</title>${'é'.repeat(5_000)}`;
    const server = await serve(
      (_req, res) => void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page),
    );
    const error = (await clientFor(server)
      .GET('/status')
      .catch((e: unknown) => e)) as MalformedResponseError;
    expect(error.bodyLength).toBe(Buffer.byteLength(page));
    expect(error.bodyExcerpt).toBe(`${page.slice(0, 60)}…`);
    expect(error.message.length).toBeLessThan(300);
  });

  it('keeps tokens in the body out of the error', async () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';
    const opaque = 'k9Xq2LmR7vTz4WpB8nYc3HdF6sJg';
    const bodies = [
      `access_token=${opaque}&token_type=bearer`,
      `token ${jwt}`,
      `<p>Bearer ${opaque}</p>`,
      `{"id_token":"${opaque}"`,
      `x ${opaque}`,
    ];
    let index = 0;
    const server = await serve(
      (_req, res) => void res.writeHead(200, { 'content-type': 'text/plain' }).end(bodies[index++]),
    );
    const client = clientFor(server);
    for (const _body of bodies) {
      const error = (await client.GET('/status').catch((e: unknown) => e)) as MalformedResponseError;
      expect(error).toBeInstanceOf(MalformedResponseError);
      const everything = JSON.stringify({
        message: error.message,
        excerpt: error.bodyExcerpt,
        stack: error.stack,
        cause: String(error.cause),
        json: error,
      });
      expect(everything).not.toContain(opaque);
      expect(everything).not.toContain(jwt);
      expect(error.bodyExcerpt).toContain('[redacted]');
    }
  });

  it('leaves empty bodies, 204s and other parseAs modes alone', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/status') return void res.writeHead(200, { 'content-type': 'application/json' }).end(); // Content-Length: 0
      if (req.method === 'PUT') return void res.writeHead(204).end();
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(HTML);
    });
    const client = clientFor(server);
    expect((await client.GET('/status')).data).toBeUndefined();
    expect(
      (await client.PUT('/users/{userId}', { params: { path: { userId: USER } }, body: { email: 'a@b.example' } }))
        .data,
    ).toBeUndefined();
    const asText = await client.GET('/users/{userId}/accounts', {
      params: { path: { userId: USER } },
      parseAs: 'text',
    });
    expect(asText.data).toBe(HTML);
  });

  it('keeps non-JSON error bodies as text on the typed error (unchanged)', async () => {
    const server = await serve((_req, res) => void res.writeHead(404, { 'content-type': 'text/html' }).end(HTML));
    const error = await unwrap(clientFor(server).GET('/status')).catch((e: unknown) => e);
    expect(error).not.toBeInstanceOf(MalformedResponseError);
    expect(error).toMatchObject({ status: 404, body: HTML });
  });

  it('hands a good body to openapi-fetch intact', async () => {
    const accounts = { accounts: [{ id: 'a1', name: 'Ünïcödé ✓', balance: '741.41' }] };
    const server = await serve((_req, res) => sendJson(res, 200, accounts));
    const { data } = await clientFor(server).GET('/users/{userId}/accounts', { params: { path: { userId: USER } } });
    expect(data).toEqual(accounts);
  });
});
