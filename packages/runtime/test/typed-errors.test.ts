import { randomUUID } from 'node:crypto';
import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import {
  API_ERROR_CODES,
  ApiError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  isApiError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  UnprocessableEntityError,
  unwrap,
} from '../src/index.js';
import { clientFor, rejection, sequence, serve, USER } from './helpers.js';

const bannoError = (errorCode: number, messages: string) => ({ errorCode, messages });

describe('typed errors', () => {
  const cases = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [503, InternalServerError],
    [418, ApiError],
  ] as const;

  it.each(cases)('maps %i to %o with body, headers, request id and a stable code', async (status, ErrorClass) => {
    const server = await serve((_req, res) =>
      sendJson(res, status, bannoError(status * 10, `failed with ${status}`), {
        'x-request-id': `req-${status}`,
        'set-cookie': 'sid=s3cr3t',
      }),
    );
    const error = await rejection(
      unwrap(
        clientFor(server, { retry: false }).GET('/users/{userId}/accounts', { params: { path: { userId: USER } } }),
      ),
    );
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ApiError);
    expect(isApiError(error)).toBe(true);
    const apiError = error as ApiError;
    expect(apiError.name).toBe(ErrorClass.name);
    expect(apiError.code).toBe(ErrorClass.code);
    expect(apiError.code).toBe(API_ERROR_CODES[ErrorClass.name as keyof typeof API_ERROR_CODES]);
    expect(apiError).toMatchObject({
      status,
      operationId: 'getAccounts',
      method: 'GET',
      url: `${server.url}/users/${USER}/accounts`,
      body: { errorCode: status * 10, messages: `failed with ${status}` },
      errorCode: status * 10,
      requestId: `req-${status}`,
      attempts: 1,
    });
    expect(apiError.details).toMatchObject({ status, operationId: 'getAccounts', attempts: 1 });
    expect(apiError.headers?.get('content-type')).toBe('application/json');
    expect(apiError.headers?.has('set-cookie')).toBe(false);
    expect(apiError.message).toContain(`failed with ${status}`);
    expect(apiError.message).toContain('getAccounts');
  });

  it('keeps a typed error body that is not Banno-shaped, and text bodies as text', async () => {
    const server = await serve(
      sequence(
        (res) =>
          sendJson(res, 403, { type: 'attemptCallWithoutAbility', userFriendlyMessage: 'Bill pay is not enabled' }),
        (res) => void res.writeHead(502, { 'content-type': 'text/html' }).end('<html>bad gateway</html>'),
      ),
    );
    const client = clientFor(server, { retry: false });
    const { error } = await client.POST('/users/{userId}/payments', {
      params: { path: { userId: USER } },
      body: { payeeId: 'p', amount: '1.00' },
    });
    // The `{ data, error }` style keeps the spec's typed error body.
    expect(error?.type).toBe('attemptCallWithoutAbility');

    expect(await rejection(unwrap(client.GET('/status')))).toMatchObject({
      status: 502,
      body: '<html>bad gateway</html>',
      errorCode: undefined,
    });
  });

  it('uses the spec error body in the message when it has a user-facing message', async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 403, { type: 'attemptCallWithoutAbility', userFriendlyMessage: 'Bill pay is not enabled' }),
    );
    const error = await rejection(
      unwrap(
        clientFor(server).POST('/users/{userId}/payments', {
          params: { path: { userId: USER } },
          body: { payeeId: 'p', amount: '1.00' },
        }),
      ),
    );
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect((error as Error).message).toContain('Bill pay is not enabled');
  });
});

describe('statuses fetch passes on but a Response cannot carry', () => {
  it.each([600, 999])(
    'throws InternalServerError for %i from the call, not retried, its body redacted',
    async (status) => {
      const token = `tok-${randomUUID()}`;
      const server = await serve((req, res) =>
        sendJson(res, status, bannoError(7, `proxy refused ${req.headers.authorization}`), {
          'x-request-id': 'req-odd',
        }),
      );
      const error = await rejection(clientFor(server, { accessToken: token }).GET('/status'));
      expect(error).toBeInstanceOf(InternalServerError);
      expect(error).toMatchObject({
        status,
        errorCode: 7,
        requestId: 'req-odd',
        attempts: 1,
        operationId: 'getStatus',
      });
      expect((error as ApiError).message).toContain(`failed with ${status}`);
      expect(JSON.stringify(error)).not.toContain(token);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('reads such a body within maxResponseBytes', async () => {
    const server = await serve((_req, res) => sendJson(res, 600, { padding: 'x'.repeat(200) }));
    const error = await rejection(clientFor(server, { maxResponseBytes: 100 }).GET('/status'));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 600, maxResponseBytes: 100 });
  });
});

describe('error messages from every declared error body', () => {
  const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1In0.c2lnbmF0dXJl';

  it.each([
    [
      'Entity Management errors[]',
      422,
      { errors: [{ code: 'INVALID', message: 'must not be blank', field: 'person.lastName' }] },
      'INVALID (person.lastName): must not be blank',
    ],
    [
      'OAuth error + description',
      401,
      { error: 'invalid_client', error_description: 'client authentication failed' },
      'invalid_client: client authentication failed',
    ],
    ['bill pay type without a message', 403, { type: 'SubscriberAccountLocked' }, 'SubscriberAccountLocked'],
  ] as const)('%s', async (_shape, status, body, expected) => {
    const server = await serve((_req, res) => sendJson(res, status, body));
    const error = await rejection(
      unwrap(
        clientFor(server, { retry: false }).POST('/token', {
          body: { grant_type: 'x' },
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        }),
      ),
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain(`(requestToken): ${expected}`);
    expect((error as ApiError).body).toEqual(body);
  });

  it('redacts and shortens what the server says', async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 400, {
        error: 'invalid_grant',
        error_description: `assertion ${jwt} rejected; client_secret=s3cr3t-value ${'x'.repeat(1_000)}`,
      }),
    );
    const error = (await rejection(unwrap(clientFor(server).GET('/status')))) as ApiError;
    expect(error).toBeInstanceOf(BadRequestError);
    expect(error.message).toContain('invalid_grant: assertion [redacted] rejected; client_secret=[redacted]');
    expect(error.message).not.toContain(jwt);
    expect(error.message).not.toContain('s3cr3t-value');
    expect(error.message.length).toBeLessThan(420);
    expect(error.message.endsWith('…')).toBe(true);
  });
});
