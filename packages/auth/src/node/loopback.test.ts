import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { AuthorizationResponseError } from '../errors.js';
import { startLoopbackListener } from './loopback.js';

/** A port that was free a moment ago (the CLI's registered port in real use). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('startLoopbackListener', () => {
  it('answers the redirect on the registered port and path, then stops listening', async () => {
    const redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
    const listener = await startLoopbackListener(redirectUri);
    const other = await fetch(new URL('/favicon.ico', redirectUri));
    expect(other.status).toBe(404);
    const page = await fetch(`${redirectUri}?code=abc&state=xyz&iss=https%3A%2F%2Fop.example`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('close this window');
    const url = await listener.callbackUrl;
    expect(url.searchParams.get('code')).toBe('abc');
    expect(url.searchParams.get('state')).toBe('xyz');
    await listener.close();
    await expect(fetch(redirectUri)).rejects.toThrow();
  });

  it('times out with a typed error', async () => {
    const listener = await startLoopbackListener(`http://127.0.0.1:${await freePort()}/cb`, { timeoutMs: 50 });
    const error = await listener.callbackUrl.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationResponseError);
    expect(error).toMatchObject({ reason: 'timeout' });
  });

  it('refuses redirect URIs that are not plain-HTTP loopback with a port', async () => {
    await expect(startLoopbackListener('https://127.0.0.1:8765/cb')).rejects.toThrow(TypeError);
    await expect(startLoopbackListener('http://example.com:8765/cb')).rejects.toThrow(TypeError);
    await expect(startLoopbackListener('http://127.0.0.1/cb')).rejects.toThrow(TypeError);
  });

  it('fails when the registered port is taken', async () => {
    const redirectUri = `http://127.0.0.1:${await freePort()}/cb`;
    const first = await startLoopbackListener(redirectUri);
    await expect(startLoopbackListener(redirectUri)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await first.close();
  });
});
