// The web app in real headless Chromium against the sandbox: a person clicks "Sign in", fills the provider's sign-in
// and consent pages, and lands on their accounts with the sandbox's seeded balances and transactions; the session
// survives its access token being revoked (one refresh, on the server); "Sign out" revokes the tokens at the provider.
import { createHmac, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TokenSet } from '@dtk/auth';
import { type Sandbox, startSandbox } from '@dtk/sandbox';
import { rawStatusLine } from '@dtk/testkit';
import {
  type Browser,
  launchChromium,
  renderedAccounts,
  saveScreenshot,
  seededAccounts,
  signInAtSandbox,
} from '@dtk/testkit/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebApp, type WebApp } from '../src/app.js';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
let sandbox: Sandbox;
let server: Server;
let app: WebApp;
let appUrl: string;
let browser: Browser;

beforeAll(async () => {
  // The app listens first: its port makes the redirect URI registered at the sandbox.
  server = createServer((req, res) => app.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sandbox = await startSandbox({ redirectUris: [`${appUrl}/auth/cb`] });
  const { clientId, clientSecret } = sandbox.clients.consumerWebApp;
  app = createWebApp({
    issuer: sandbox.consumer.issuer,
    clientId,
    clientSecret: clientSecret ?? '',
    redirectUri: `${appUrl}/auth/cb`,
    consumerApiBaseUrl: sandbox.consumer.baseUrl,
    allowInsecureRequests: true,
  });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  await sandbox?.stop();
});

const onlySession = async (): Promise<TokenSet> => {
  const [id] = app.sessions.ids();
  const tokenSet = await app.tokens.get(id ?? '');
  if (!tokenSet) throw new Error('no signed-in session');
  return tokenSet;
};

describe('the server-side web app in Chromium', { timeout: 60_000 }, () => {
  it('signs in through the provider pages, shows real accounts, refreshes once, and signs out with revocation', async () => {
    const [user] = sandbox.users;
    if (!user) throw new Error('the sandbox has no users');
    const context = await browser.newContext();
    const page = await context.newPage();

    await page.goto(appUrl);
    await saveScreenshot(page, artifacts, 'web-app-1-signed-out');
    await page.click('[data-action="sign-in"]');
    await signInAtSandbox(page, { origin: sandbox.consumer.origin, username: user.username, password: user.password });
    await page.waitForURL(`${appUrl}/`);
    await page.waitForSelector('[data-page="accounts"]');
    await saveScreenshot(page, artifacts, 'web-app-2-accounts');

    // The seeded balances and latest transactions, as the API holds them.
    const expected = await seededAccounts(sandbox, user.username);
    expect(expected.length).toBeGreaterThan(0);
    const shown = await renderedAccounts(page);
    expect(shown.map(({ balanceText, ...account }) => account)).toEqual(expected);
    expect(shown.every((account) => account.transactions.length === 5)).toBe(true);
    expect(shown[0]?.balanceText).toMatch(/^-?\$[\d,]+\.\d\d$/);
    expect(await page.textContent('header')).toContain(user.name);

    // The browser holds a signed, HttpOnly, SameSite=Lax session cookie and nothing else; no token reaches the page.
    // (The sandbox provider's own cookies share the host: cookies ignore ports. The app's are the ones not its.)
    const cookies = (await context.cookies(appUrl)).filter(({ name }) => !name.startsWith('_session'));
    expect(cookies.map(({ name, httpOnly, sameSite }) => ({ name, httpOnly, sameSite }))).toEqual([
      { name: 'sid', httpOnly: true, sameSite: 'Lax' },
    ]);
    expect(cookies[0]?.value).toMatch(/^[\w-]{43}\.[\w-]{43}$/);
    const signedIn = await onlySession();
    const markup = await page.content();
    for (const secret of [
      signedIn.accessToken,
      signedIn.refreshToken,
      signedIn.idToken,
      sandbox.clients.consumerWebApp.clientSecret,
    ])
      expect(markup).not.toContain(secret);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // The provider forgets every access token: the next page load renews once, on the server, and still works.
    const refreshesBefore = sandbox.consumer.provider.grantCounts().refresh_token ?? 0;
    expect(sandbox.consumer.provider.revokeAllAccessTokens()).toBeGreaterThan(0);
    await page.reload();
    await page.waitForSelector('[data-page="accounts"]');
    expect((await renderedAccounts(page)).map((account) => account.id)).toEqual(expected.map((account) => account.id));
    expect(sandbox.consumer.provider.grantCounts().refresh_token).toBe(refreshesBefore + 1);
    const refreshed = await onlySession();
    expect(refreshed.accessToken).not.toBe(signedIn.accessToken);
    expect(refreshed.refreshToken).not.toBe(signedIn.refreshToken); // rotated

    // Sign out: back to "Sign in", the cookie gone, both tokens revoked at the provider.
    await page.click('[data-action="sign-out"]');
    await page.waitForSelector('[data-page="signed-out"]');
    await saveScreenshot(page, artifacts, 'web-app-3-signed-out-again');
    expect((await context.cookies(appUrl)).filter(({ name }) => name === 'sid')).toEqual([]);
    expect(app.sessions.ids()).toEqual([]);
    expect(await sandbox.consumer.provider.introspect(refreshed.accessToken)).toMatchObject({ active: false });
    const { clientId, clientSecret } = sandbox.clients.consumerWebApp;
    const refreshAttempt = await fetch(sandbox.consumer.tokenUrl, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshed.refreshToken ?? '' }),
    });
    expect(refreshAttempt.status).toBe(400);
    expect(await refreshAttempt.json()).toMatchObject({ error: 'invalid_grant' });
    await page.goto(appUrl);
    expect(await page.isVisible('[data-action="sign-in"]')).toBe(true);
    await context.close();
  });

  it('shows data from the API as text, never as markup', async () => {
    const user = sandbox.users[1];
    const account = user?.accounts[0];
    if (!user || !account) throw new Error('the sandbox has no second user with an account');
    const hostile = '<img src=x onerror="document.body.dataset.pwned=1">Bills & <b>"more"</b>';
    const { accessToken } = await sandbox.tokens.consumer({ username: user.username });
    const renamed = await fetch(`${sandbox.consumer.baseUrl}/users/${user.userId}/accounts/${account.id}/name`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: hostile }),
    });
    expect(renamed.status).toBeLessThan(300);

    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/login`);
    await signInAtSandbox(page, { origin: sandbox.consumer.origin, username: user.username, password: user.password });
    await page.waitForSelector('[data-page="accounts"]');
    expect(await page.textContent(`[data-account="${account.id}"] [data-field="name"]`)).toBe(hostile);
    expect(await page.locator('main img, main b').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset.pwned)).toBeUndefined();
    await context.close();
  });

  it('refuses a callback it did not start, a cancelled sign-in, and a sign-out posted without the form token', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${appUrl}/login`);
    await page.waitForURL((url) => url.origin === sandbox.consumer.origin);
    await page.click('form[data-sandbox-form="abort"] button'); // "Cancel" on the provider's sign-in page
    await page.waitForURL((url) => url.origin === appUrl);
    expect(await page.textContent('[role="alert"]')).toBe('Sign-in was cancelled.');
    expect(await page.isVisible('[data-action="sign-in"]')).toBe(true);

    const forged = await page.goto(`${appUrl}/auth/cb?code=attacker&state=attacker&iss=${sandbox.consumer.issuer}`);
    expect(forged?.status()).toBe(400);
    expect(await page.isVisible('[data-action="sign-in"]')).toBe(true);

    const crossSite = await fetch(`${appUrl}/logout`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'csrf=guess',
    });
    expect(crossSite.status).toBe(403);
    await context.close();
  });

  it('answers a request target that is not a URL with 400, and keeps serving', async () => {
    // `//[` is a request target Node's parser passes on, and `new URL()` refuses: it must not take the process down.
    const { port } = server.address() as AddressInfo;
    expect(await rawStatusLine(port, 'GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n')).toBe(
      'HTTP/1.1 400 Bad Request',
    );
    expect((await fetch(appUrl)).status).toBe(200);
  });

  it('signs its cookie with the configured key and marks it Secure when served over https', async () => {
    // The README's production settings: https, and a signing key that survives restarts.
    const sessionSigningKey = randomBytes(32);
    const behindTls = createWebApp({
      issuer: sandbox.consumer.issuer,
      clientId: sandbox.clients.consumerWebApp.clientId,
      clientSecret: sandbox.clients.consumerWebApp.clientSecret ?? '',
      redirectUri: 'https://bank.example/auth/cb',
      consumerApiBaseUrl: sandbox.consumer.baseUrl,
      allowInsecureRequests: true,
      sessionSigningKey,
    });
    const tls = createServer((req, res) => behindTls.handle(req, res));
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    try {
      const signIn = await fetch(`http://127.0.0.1:${(tls.address() as AddressInfo).port}/login`, {
        redirect: 'manual',
      });
      expect(signIn.status).toBe(303);
      const setCookie = signIn.headers.get('set-cookie') ?? '';
      expect(setCookie).toMatch(/^sid=[\w-]{43}\.[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
      const [id, signature] = (/^sid=([^;]+)/.exec(setCookie)?.[1] ?? '').split('.');
      expect(signature).toBe(
        createHmac('sha256', sessionSigningKey)
          .update(id ?? '')
          .digest('base64url'),
      );
    } finally {
      tls.closeAllConnections();
      await new Promise((resolve) => tls.close(resolve));
    }
  });
});
