import { describe, expect, it } from 'vitest';
import { AuthorizationResponseError, validateRedirectUri } from '../src/index.js';
import { startLoopbackListener } from '../src/native/index.js';
import { freePort } from './support/free-port.js';

describe('startLoopbackListener', () => {
  it('answers the redirect on the registered port and path, then stops listening', async () => {
    const redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
    const listener = await startLoopbackListener(redirectUri, { state: 'xyz' });
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
    const listener = await startLoopbackListener(`http://127.0.0.1:${await freePort()}/cb`, {
      state: 's',
      timeoutMs: 50,
    });
    const error = await listener.callbackUrl.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthorizationResponseError);
    expect(error).toMatchObject({ details: { reason: 'timeout' } });
  });

  it('refuses redirect URIs that are not plain-HTTP loopback with a port', async () => {
    for (const uri of [
      'https://127.0.0.1:8765/cb',
      'http://example.com:8765/cb',
      'http://127.0.0.1/cb',
      'http://192.168.1.2:8765/cb',
    ]) {
      await expect(startLoopbackListener(uri, { state: 's' })).rejects.toThrow(TypeError);
    }
    await expect(startLoopbackListener(`http://127.0.0.1:${await freePort()}/cb`, { state: '' })).rejects.toThrow(
      /state/,
    );
  });

  it('fails when the registered port is taken', async () => {
    const redirectUri = `http://127.0.0.1:${await freePort()}/cb`;
    const first = await startLoopbackListener(redirectUri, { state: 's' });
    await expect(startLoopbackListener(redirectUri, { state: 's' })).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await first.close();
  });

  it('ignores requests without the pending state and keeps listening until its timeout', async () => {
    const redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
    const listener = await startLoopbackListener(redirectUri, { state: 'pending-state', timeoutMs: 2_000 });
    let settled = false;
    void listener.callbackUrl.then(
      () => (settled = true),
      () => (settled = true),
    );
    // What a web page open in the user's browser could send to the port: no state, a wrong one, an error without state.
    for (const query of ['', '?code=attacker', '?code=attacker&state=guess', '?error=access_denied']) {
      const page = await fetch(`${redirectUri}${query}`);
      expect(page.status).toBe(400);
      expect(await page.text()).toContain('not the sign-in');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    const real = await fetch(`${redirectUri}?code=real&state=pending-state`);
    expect(real.status).toBe(200);
    expect((await listener.callbackUrl).searchParams.get('code')).toBe('real');
  });

  it('agrees with validateRedirectUri on IPv6 loopback: [::1] is refused by both', async () => {
    const uri = `http://[::1]:${await freePort()}/cb`;
    expect(validateRedirectUri(uri)).toEqual({ ok: false, reason: 'https_required' });
    await expect(startLoopbackListener(uri, { state: 's' })).rejects.toThrow(/https_required/);
  });
});
