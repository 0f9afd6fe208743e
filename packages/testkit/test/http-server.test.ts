import { describe, expect, it } from 'vitest';
import { sendJson, startTestServer } from '../src/index.js';

describe('startTestServer', () => {
  it('records requests with bodies, answers through the handler, closes with keep-alive sockets open', async () => {
    const server = await startTestServer((req, res) => sendJson(res, 201, { echoed: req.body }, { 'x-test': 'yes' }));
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${server.url}/things?x=1`, { method: 'POST', body: 'hello' });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-test')).toBe('yes');
    expect(await response.json()).toEqual({ echoed: 'hello' });
    expect(server.requests).toMatchObject([{ method: 'POST', url: '/things?x=1', body: 'hello' }]);
    await server.close();
    await expect(fetch(server.url)).rejects.toThrow();
  });

  it('turns a throwing handler into a 500', async () => {
    const server = await startTestServer(() => {
      throw new Error('boom');
    });
    try {
      const response = await fetch(server.url);
      expect(response.status).toBe(500);
      expect(await response.text()).toContain('boom');
    } finally {
      await server.close();
    }
  });
});
