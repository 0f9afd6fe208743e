// Checks every behaviour of openapi-fetch that openapi-fetch-contract.ts relies on, against the installed version,
// with in-memory responses. A failure here means openapi-fetch changed and the contract module must follow.
import createClient, { type Middleware } from 'openapi-fetch';
import { describe, expect, it } from 'vitest';
import {
  type BodyReader,
  createTransport,
  hasNoBody,
  type ParseAs,
  SERIALISED_BODY_TYPE,
  sendThrough,
  successData,
} from './openapi-fetch-contract.js';

const BASE = 'https://api.example/base';

/** A fetch that records the Requests it gets and answers with `respond`. */
function recordingFetch(respond: (request: Request) => Response) {
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    return respond(request);
  };
  return { requests, fetch };
}

const simpleReader = (response: Response): BodyReader => ({
  text: () => response.text(),
  bytes: async () => new Uint8Array(await response.arrayBuffer()),
  stream: () => response.body,
  json: (text) => JSON.parse(text),
});

describe('openapi-fetch, as the runtime relies on it', () => {
  it('1 + 7: builds the Request and sends it through the per-call fetch, which middlewares see as options.fetch', async () => {
    const { requests, fetch } = recordingFetch(() => new Response('{}', { status: 200 }));
    const transport = createTransport(BASE, { 'X-Default': 'd' });
    let seenByMiddleware: unknown;
    transport.use({
      onRequest: ({ options }) => {
        seenByMiddleware = options.fetch;
      },
    });
    const init = { params: { path: { id: 'a b/c' }, query: { q: 1, list: ['x', 'y'] } }, body: { n: 1 } };
    await sendThrough(transport, 'POST', '/things/{id}', init, fetch, undefined);
    await sendThrough(
      transport,
      'POST',
      '/form',
      { body: { a: 'b c' }, headers: { 'Content-Type': 'application/x-www-form-urlencoded' } },
      fetch,
      undefined,
    );

    expect(seenByMiddleware).toBe(fetch);
    const [json, form] = requests as [Request, Request];
    expect(json.url).toBe(`${BASE}/things/a%20b%2Fc?q=1&list=x&list=y`);
    expect(json.redirect).toBe('manual');
    expect(json.headers.get('x-default')).toBe('d');
    expect(json.headers.get('content-type')).toBe(SERIALISED_BODY_TYPE);
    expect(await json.text()).toBe('{"n":1}');
    expect(await form.text()).toBe('a=b+c');
  });

  it('2: a per-call baseUrl applies to that call only', async () => {
    const { requests, fetch } = recordingFetch(() => new Response('{}'));
    const transport = createTransport(BASE, undefined);
    await sendThrough(transport, 'GET', '/x', undefined, fetch, 'https://other.example/v1');
    await sendThrough(transport, 'GET', '/x', { baseUrl: 'https://mine.example/' }, fetch, 'https://other.example/v1');
    await sendThrough(transport, 'GET', '/x', undefined, fetch, undefined);
    expect(requests.map((request) => request.url)).toEqual([
      'https://other.example/v1/x',
      'https://mine.example/x',
      `${BASE}/x`,
    ]);
  });

  it('3: with parseAs stream, a successful body comes back unread with the very Response fetch returned', async () => {
    const answer = new Response('{"a":1}', { status: 200 });
    const { fetch } = recordingFetch(() => answer);
    const result = await sendThrough(
      createTransport(BASE, undefined),
      'GET',
      '/x',
      { parseAs: 'json' },
      fetch,
      undefined,
    );
    expect(result.response).toBe(answer);
    expect(answer.bodyUsed).toBe(false);
    expect(answer.body?.locked).toBe(false);
    expect(await answer.json()).toEqual({ a: 1 });
  });

  it('4: an error body is read with text() and parsed as JSON when it parses', async () => {
    const bodies = ['{"errorCode":4,"messages":"no"}', '<html>bad gateway</html>'];
    const { fetch } = recordingFetch(() => new Response(bodies.shift(), { status: 404 }));
    const transport = createTransport(BASE, undefined);
    const json = await sendThrough(transport, 'GET', '/x', undefined, fetch, undefined);
    const text = await sendThrough(transport, 'GET', '/x', undefined, fetch, undefined);
    expect(json.error).toEqual({ errorCode: 4, messages: 'no' });
    expect(text.error).toBe('<html>bad gateway</html>');
    expect(json.response.bodyUsed).toBe(true);
  });

  it('5: what fetch rejects with reaches the caller unchanged, onError middlewares included', async () => {
    const failure = new Error('from the loop');
    const transport = createTransport(BASE, undefined);
    const fetch = () => Promise.reject(failure);
    await expect(sendThrough(transport, 'GET', '/x', undefined, fetch, undefined)).rejects.toBe(failure);
    const observer: Middleware = { onError: () => undefined };
    transport.use(observer);
    await expect(sendThrough(transport, 'GET', '/x', undefined, fetch, undefined)).rejects.toBe(failure);
  });

  describe('6: the data of a successful response is what bare openapi-fetch gives', () => {
    const cases: Array<[string, string, number, Record<string, string>, string | null, ParseAs]> = [
      ['JSON with Content-Length', 'GET', 200, { 'content-length': '7' }, '{"a":1}', 'json'],
      ['JSON without Content-Length (chunked)', 'GET', 200, {}, '{"a":[1,2]}', 'json'],
      ['an empty body without Content-Length', 'GET', 200, {}, '', 'json'],
      ['204', 'DELETE', 204, {}, null, 'json'],
      ['HEAD with a length', 'HEAD', 200, { 'content-length': '7' }, null, 'json'],
      ['Content-Length 0', 'GET', 200, { 'content-length': '0' }, '', 'json'],
      [
        'Content-Length 0 but chunked',
        'GET',
        200,
        { 'content-length': '0', 'transfer-encoding': 'chunked' },
        '{"a":2}',
        'json',
      ],
      ['text', 'GET', 200, {}, 'plain words', 'text'],
      ['text, empty', 'GET', 201, {}, '', 'text'],
    ];
    it.each(cases)('%s', async (_name, method, status, headers, body, parseAs) => {
      const answered = new Response(body, { status, headers });
      const bare = createClient<never>({ baseUrl: BASE, fetch: async () => answered }) as unknown as Record<
        string,
        (p: string, i: object) => Promise<{ data: unknown }>
      >;
      const expected = await bare[method]?.('/x', { parseAs });
      const response = new Response(body, { status, headers });
      // openapi-fetch leaves exactly the bodies it calls empty unread.
      expect(hasNoBody(response, method)).toBe(!answered.bodyUsed);
      expect(await successData(response, method, parseAs, simpleReader(response))).toEqual(expected?.data);
    });
  });
});
