import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEMO_USER_SUB,
  type OidcTestProvider,
  startOidcProvider,
  startTestServer,
  type TestServer,
} from '@dtk/testkit';
import {
  type Browser,
  type BrowserContext,
  launchChromium,
  type Page,
  saveScreenshot,
  signInAtSandbox,
} from '@dtk/testkit/browser';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The universal entry in a real browser engine (Debian's Chromium, driven by playwright-core): a single-page app
// served from 127.0.0.1 signs a user in with PKCE at a real oidc-provider, keeps its tokens in Web Storage, refreshes,
// reads userinfo across origins, and renews once across two tabs with the Web Locks API.
const here = dirname(fileURLToPath(import.meta.url));
const CLIENT_ID = 'spa';
const SCOPES = ['openid', 'email', 'offline_access'];

let op: OidcTestProvider;
let site: TestServer;
let browser: Browser;
let appScript = '';
let storageMode: 'session' | 'local' = 'session';

async function bundleApp(): Promise<string> {
  const result = await build({
    entryPoints: [join(here, 'spa.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** Keeps what a person would have seen, for the test artifacts. */
const screenshot = (page: Page, name: string) => saveScreenshot(page, join(here, '../../test-results'), name);

/** Plays the user on the provider's sign-in and consent pages, in the browser. */
const signInAtProvider = (page: Page) =>
  signInAtSandbox(page, { origin: op.origin, username: DEMO_USER_SUB, password: 'any password' });

async function resultOf(page: Page): Promise<Record<string, unknown>> {
  const handle = await page.waitForFunction(() => document.body?.dataset.result, undefined, { timeout: 15_000 });
  return JSON.parse(String(await handle.jsonValue())) as Record<string, unknown>;
}

async function signedInTab(context: BrowserContext): Promise<{ page: Page; result: Record<string, unknown> }> {
  const page = await context.newPage();
  await page.goto(`${site.url}/?action=sign-in`);
  await signInAtProvider(page);
  await page.waitForURL((url) => url.origin === site.url && url.pathname !== '/callback');
  return { page, result: await resultOf(page) };
}

beforeAll(async () => {
  appScript = await bundleApp();
  let origin = '';
  site = await startTestServer((req, res) => {
    const path = new URL(req.url ?? '/', origin).pathname;
    if (path === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(appScript);
      return;
    }
    const config = {
      issuer: op.issuer,
      clientId: CLIENT_ID,
      redirectUri: `${origin}/callback`,
      scopes: SCOPES,
      storage: storageMode,
    };
    const attribute = JSON.stringify(config).replace(/&/g, '&amp;').replace(/'/g, '&#39;');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html data-config='${attribute}'><meta charset="utf-8"><title>SPA</title><body><script type="module" src="/app.js"></script></body></html>`,
    );
  });
  origin = site.url;
  op = await startOidcProvider({
    clients: [{ client_id: CLIENT_ID, token_endpoint_auth_method: 'none', redirect_uris: [`${origin}/callback`] }],
  });
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await op?.close();
  await site?.close();
});

describe('the universal entry in Chromium', { timeout: 60_000 }, () => {
  it('signs in with PKCE, stores tokens in sessionStorage, refreshes with rotation, reads userinfo, signs out', async () => {
    storageMode = 'session';
    const context = await browser.newContext();
    const refreshesBefore = op.grantCounts().refresh_token ?? 0;
    const { page, result } = await signedInTab(context);
    await screenshot(page, 'spa-signed-in');
    expect(result).toMatchObject({
      signedIn: true,
      sub: DEMO_USER_SUB,
      refreshedSub: DEMO_USER_SUB,
      rotated: true,
      newAccessToken: true,
      email: 'demo.user@example.com',
      locks: true,
      address: `${site.url}/`,
    });
    expect(op.grantCounts().refresh_token).toBe(refreshesBefore + 1);

    // A reload keeps the session (sessionStorage); the code is no longer in the address bar.
    await page.goto(`${site.url}/`);
    expect(await resultOf(page)).toEqual({ signedIn: true, sub: DEMO_USER_SUB });
    // Another tab does not see it (sessionStorage is per tab).
    const other = await context.newPage();
    await other.goto(`${site.url}/`);
    expect(await resultOf(other)).toEqual({ signedIn: false });

    await page.goto(`${site.url}/?action=sign-out`);
    expect(await resultOf(page)).toEqual({ signedOut: true });
    await context.close();
  });

  it('with localStorage, two tabs renewing an expired session at once send one refresh (Web Locks)', async () => {
    storageMode = 'local';
    const context = await browser.newContext();
    const { page: first } = await signedInTab(context);
    const second = await context.newPage();
    await second.goto(`${site.url}/`);
    expect(await resultOf(second)).toMatchObject({ signedIn: true });

    await first.evaluate(() => (globalThis as unknown as { spaExpire: () => Promise<void> }).spaExpire());
    const refreshesBefore = op.grantCounts().refresh_token ?? 0;
    const invalidBefore = op.tokenErrors().invalid_grant ?? 0;
    const renew = (page: Page) =>
      page.evaluate(() => (globalThis as unknown as { spaAccessToken: () => Promise<string> }).spaAccessToken());
    const [a, b] = await Promise.all([renew(first), renew(second)]);
    expect(a).toBe(b);
    expect(op.grantCounts().refresh_token).toBe(refreshesBefore + 1);
    expect(op.tokenErrors().invalid_grant ?? 0).toBe(invalidBefore);
    await context.close();
  });

  // Chromium passes a localStorage write to other tabs asynchronously: without the store's write announcements, about
  // one read in four right after a lock handover still saw the previous value (a spent refresh token, in a renewal).
  it('with localStorage, a tab taking the lock from another reads what that tab wrote under it', async () => {
    storageMode = 'local';
    const context = await browser.newContext();
    const [writer, reader] = [await context.newPage(), await context.newPage()];
    await writer.goto(`${site.url}/`);
    await reader.goto(`${site.url}/`);
    type Driver = {
      spaHoldLock: () => Promise<void>;
      spaWriteAndRelease: (accessToken: string) => Promise<void>;
      spaReadUnderLock: () => Promise<Record<string, unknown> | undefined>;
      spaLocksPending: () => Promise<number>;
    };
    const stale: string[] = [];
    for (let round = 0; round < 60; round += 1) {
      await writer.evaluate(() => (globalThis as unknown as Driver).spaHoldLock());
      const read = reader.evaluate(() => (globalThis as unknown as Driver).spaReadUnderLock());
      await writer.waitForFunction(async () => (await (globalThis as unknown as Driver).spaLocksPending()) > 0);
      await writer.evaluate((token) => (globalThis as unknown as Driver).spaWriteAndRelease(token), `token-${round}`);
      const seen = await read;
      if (seen?.accessToken !== `token-${round}`) stale.push(`round ${round}: ${seen?.accessToken}`);
      // the write's stamp stays in storage: the token set read back is the one written
      expect(Object.keys(seen ?? {}).sort()).toEqual(['accessToken', 'receivedAt', 'tokenType']);
    }
    expect(stale).toEqual([]);
    await context.close();
  });

  it('a forged callback is refused in the browser with a typed error', async () => {
    storageMode = 'session';
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/?action=sign-in`);
    await page.waitForURL((url) => url.origin === op.origin);
    // An attacker's link back to the app, with a code and a state of their own.
    await page.goto(
      `${site.url}/callback?code=attacker-code&state=attacker-state&iss=${encodeURIComponent(op.issuer)}`,
    );
    const result = await resultOf(page);
    expect(result.code).toBe('ERR_DTK_AUTH_AUTHORIZATION_RESPONSE');
    expect(String(result.error)).not.toContain('attacker-code');
    await context.close();
  });
});
