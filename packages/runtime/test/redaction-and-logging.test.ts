import { format, inspect } from 'node:util';
import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import { type ApiError, type LogFields, NotFoundError, unwrap } from '../src/index.js';
import { routes } from './fixtures/banno-paths.js';
import { clientFor, rejection, sequence, serve, USER } from './helpers.js';

const bannoError = (errorCode: number, messages: string) => ({ errorCode, messages });

/** Every way an error reaches a log or a screen. */
function views(error: ApiError): string[] {
  const printed: string[] = [];
  const original = { error: console.error, log: console.log };
  console.error = (...args: unknown[]) => void printed.push(format(...args));
  console.log = (...args: unknown[]) => void printed.push(format(...args));
  try {
    console.error(error);
    console.log('failed:', error);
    console.error({ error });
  } finally {
    console.error = original.error;
    console.log = original.log;
  }
  return [
    error.message,
    String(error),
    error.toString(),
    error.stack ?? '',
    JSON.stringify(error),
    JSON.stringify({ error }),
    inspect(error),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    inspect({ nested: { error } }),
    format('%o', error),
    format('%j', error),
    JSON.stringify(error.body),
    inspect(error.body, { depth: Number.POSITIVE_INFINITY }),
    inspect(error.headers),
    JSON.stringify([...(error.headers ?? new Headers())]),
    JSON.stringify(error.details),
    inspect(error.details, { depth: Number.POSITIVE_INFINITY }),
    String(error.url),
    ...printed,
  ];
}

describe('credentials a server echoes back', () => {
  const tokens = {
    hex: 'a3f9c2e17b5d48e0a3f9c2e17b5d48e0',
    uuid: '5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93',
    lowercase: 'plainlowercasetokenvalue',
    short: 'k9q2',
  };

  it.each(Object.entries(tokens))('keeps a %s token out of every view of the error', async (_kind, token) => {
    const server = await serve((req, res) =>
      sendJson(
        res,
        400,
        {
          errorCode: 1,
          messages: `bad token ${token} (${req.headers.authorization})`,
          echo: { authorization: req.headers.authorization, key: req.headers['x-api-key'] },
        },
        {
          'x-echo-token': token,
          'x-api-key': String(req.headers['x-api-key']),
          'www-authenticate': `Bearer error="invalid_token", token="${token}"`,
        },
      ),
    );
    const client = clientFor(server, { accessToken: token, retry: false, headers: { 'X-Api-Key': 'partner-key-7' } });
    const error = (await rejection(
      unwrap(
        client.GET('/reports/{reportId}', {
          params: { path: { reportId: 'r1' }, query: { session_token: 'q-sess-4411' } },
        }),
      ),
    )) as ApiError;
    expect(error.status).toBe(400);
    const rendered = views(error);
    expect(rendered.length).toBeGreaterThanOrEqual(20);
    for (const view of rendered) {
      expect(view).not.toContain(token);
      expect(view).not.toContain('partner-key-7');
      expect(view).not.toContain('q-sess-4411');
    }
    // What is not a credential stays readable.
    expect(error.body).toMatchObject({ errorCode: 1 });
    expect(error.headers?.get('content-type')).toBe('application/json');
    expect(error.headers?.get('x-echo-token')).toBe('[redacted]');
  });

  it('removes API keys and Basic credentials the client applied from a scheme, wherever echoed', async () => {
    const server = await serve((req, res) =>
      sendJson(res, 404, {
        errorCode: 4,
        messages: `key ${req.headers['x-partner']} user ${req.headers.authorization} q ${req.url}`,
      }),
    );
    const operations = {
      routes,
      security: { getStatus: [{ partner: [], basicAuth: [] }], getReport: [{ queryKey: [] }] },
      securitySchemes: {
        partner: { type: 'apiKey', in: 'header', name: 'X-Partner' },
        basicAuth: { type: 'http', scheme: 'basic' },
        queryKey: { type: 'apiKey', in: 'query', name: 'pk' },
      },
    } as const;
    const client = clientFor(server, {
      operations,
      retry: false,
      credentials: {
        partner: 'hdr-key-0042',
        basicAuth: { username: 'svc', password: 'pw-8812' },
        queryKey: 'qry-key-0077',
      },
    });
    const first = (await rejection(unwrap(client.GET('/status')))) as ApiError;
    const second = (await rejection(
      unwrap(client.GET('/reports/{reportId}', { params: { path: { reportId: 'r' } } })),
    )) as ApiError;
    for (const view of [...views(first), ...views(second)]) {
      for (const secret of ['hdr-key-0042', 'pw-8812', btoa('svc:pw-8812'), 'qry-key-0077'])
        expect(view).not.toContain(secret);
    }
    expect(first).toBeInstanceOf(NotFoundError);
  });
});

describe('logging', () => {
  it('keeps tokens out of errors and log entries', async () => {
    const secretQuery = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';
    const server = await serve((_req, res) => sendJson(res, 404, bannoError(404, 'no such report')));
    const entries: Array<[string, string, LogFields]> = [];
    const logger = {
      debug: (message: string, fields: LogFields) => entries.push(['debug', message, fields]),
      info: (message: string, fields: LogFields) => entries.push(['info', message, fields]),
      warn: (message: string, fields: LogFields) => entries.push(['warn', message, fields]),
    };
    const client = clientFor(server, {
      accessToken: 'very-secret-access-token',
      logger,
      headers: { Cookie: 'session=cookie-secret', 'X-Tenant': 'garden' },
    });

    const error = await rejection(
      unwrap(
        client.GET('/reports/{reportId}', {
          params: { path: { reportId: 'r1' }, query: { session_token: secretQuery, format: 'pdf' } },
        }),
      ),
    );

    expect(error).toBeInstanceOf(NotFoundError);
    const apiError = error as NotFoundError;
    expect(apiError.url).toBe(`${server.url}/reports/r1?session_token=[redacted]&format=pdf`);
    expect(server.requests[0]?.url).toContain(secretQuery); // the server did get the real value
    const everything = JSON.stringify({ message: apiError.message, url: apiError.url, entries, stack: apiError.stack });
    for (const secret of [secretQuery, 'very-secret-access-token', 'cookie-secret'])
      expect(everything).not.toContain(secret);

    const request = entries.find(([, message]) => message === 'http request')?.[2];
    expect(request?.headers).toMatchObject({ authorization: '[redacted]', cookie: '[redacted]', 'x-tenant': 'garden' });
    const response = entries.find(([, message]) => message === 'http response')?.[2];
    expect(response).toMatchObject({
      method: 'GET',
      path: '/reports/r1?session_token=[redacted]&format=pdf',
      status: 404,
      attempt: 1,
      operationId: 'getReport',
    });
    expect(response?.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('logs retries with their delay and attempt number', async () => {
    const server = await serve(
      sequence(
        (res) => sendJson(res, 503, {}),
        (res) => sendJson(res, 200, { ok: true }),
      ),
    );
    const entries: Array<[string, LogFields]> = [];
    await clientFor(server, { logger: { warn: (message, fields) => entries.push([message, fields]) } }).GET('/status');
    expect(entries).toEqual([
      ['http retry', expect.objectContaining({ attempt: 1, delayMs: expect.any(Number), path: '/status' })],
    ]);
  });

  it('never lets a logger that throws break the request', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { ok: true }));
    const boom = () => {
      throw new Error('logger down');
    };
    const { data } = await clientFor(server, { logger: { debug: boom, info: boom, warn: boom } }).GET(
      '/users/{userId}/accounts',
      { params: { path: { userId: USER } } },
    );
    expect(data).toEqual({ ok: true });
  });
});
