// The production bundle in real headless Chromium against the sandbox: the user signs in with PKCE through the
// provider's pages, the app calls the Consumer API across origins and shows the seeded balances and transactions,
// renews once when the provider has forgotten its access token, survives a reload (sessionStorage), and signs out by
// revoking both tokens at the provider.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Sandbox, startSandbox } from '@dtk/sandbox';
import { rawStatusLine } from '@dtk/testkit';
import {
  type Browser,
  launchChromium,
  type Page,
  renderedAccounts,
  saveScreenshot,
  seededAccounts,
  signInAtSandbox,
} from '@dtk/testkit/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleSpa } from '../src/server/bundle.js';
import { type SpaConfig, type SpaServer, startSpaServer } from '../src/server/serve.js';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-results');
const STORAGE_KEY = 'dtk-auth:session'; // WebStorageTokenStore's prefix and the app's key
let outdir: string;
let sandbox: Sandbox;
let site: SpaServer;
let config: SpaConfig;
let browser: Browser;

beforeAll(async () => {
  outdir = await mkdtemp(join(tmpdir(), 'dtk-spa-'));
  await bundleSpa(outdir);
  site = await startSpaServer({ root: outdir, config: () => config });
  // The app's origin is the one its redirect URI names: the sandbox allows CORS from it at the token endpoint.
  sandbox = await startSandbox({ redirectUris: [`${site.url}/callback`] });
  config = {
    issuer: sandbox.consumer.issuer,
    clientId: sandbox.clients.consumerPublicApp.clientId,
    consumerApiBaseUrl: sandbox.consumer.baseUrl,
    allowInsecureRequests: true,
  };
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await sandbox?.stop();
  if (outdir) await rm(outdir, { recursive: true, force: true });
});

interface StoredTokens {
  accessToken: string;
  refreshToken?: string;
}
const storedTokens = (page: Page) =>
  page.evaluate((key) => {
    const stored = sessionStorage.getItem(key);
    return stored === null ? null : (JSON.parse(stored) as StoredTokens);
  }, STORAGE_KEY);

/** Removes the accounts, presses a button, and waits for them to be shown again. */
async function accountsAfter(page: Page, action: () => Promise<unknown>) {
  await page.evaluate(() => document.querySelector('[data-page="accounts"]')?.remove());
  await action();
  await page.waitForSelector('[data-page="accounts"]');
  return renderedAccounts(page);
}

describe('the single-page app in Chromium', { timeout: 60_000 }, () => {
  it('signs in with PKCE, shows real accounts, renews once, survives a reload, and signs out with revocation', async () => {
    const [user] = sandbox.users;
    if (!user) throw new Error('the sandbox has no users');
    const context = await browser.newContext();
    const page = await context.newPage();
    // Uncaught errors and anything the Content-Security-Policy refused (the 401s of the renewal are expected).
    const problems: string[] = [];
    page.on('pageerror', (error) => void problems.push(error.message));
    page.on(
      'console',
      (message) => void (/Content.Security.Policy|Refused/i.test(message.text()) && problems.push(message.text())),
    );

    await page.goto(`${site.url}/`);
    await page.waitForSelector('[data-page="signed-out"]');
    await saveScreenshot(page, artifacts, 'spa-1-signed-out');
    await page.click('[data-action="sign-in"]');
    await signInAtSandbox(page, { origin: sandbox.consumer.origin, username: user.username, password: user.password });
    await page.waitForSelector('[data-page="accounts"]');
    expect(page.url()).toBe(`${site.url}/`); // the code left the address bar
    await saveScreenshot(page, artifacts, 'spa-2-accounts');

    const expected = await seededAccounts(sandbox, user.username);
    expect(expected.length).toBeGreaterThan(0);
    const shown = await renderedAccounts(page);
    expect(shown.map(({ balanceText, ...account }) => account)).toEqual(expected);
    expect(shown.every((account) => account.transactions.length === 5)).toBe(true);
    expect(shown[0]?.balanceText).toMatch(/^-?\$[\d,]+\.\d\d$/);
    expect(await page.textContent('header')).toContain(user.name);

    // The session lives in this tab's sessionStorage, nowhere else.
    const signedIn = await storedTokens(page);
    expect(signedIn?.refreshToken).toBeTruthy();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    // The provider forgets every access token: the API answers 401, the app renews once and shows the accounts.
    const refreshesBefore = sandbox.consumer.provider.grantCounts().refresh_token ?? 0;
    expect(sandbox.consumer.provider.revokeAllAccessTokens()).toBeGreaterThan(0);
    const afterRenewal = await accountsAfter(page, () => page.click('[data-action="reload"]'));
    expect(afterRenewal.map((account) => account.id)).toEqual(expected.map((account) => account.id));
    expect(sandbox.consumer.provider.grantCounts().refresh_token).toBe(refreshesBefore + 1);
    const renewed = await storedTokens(page);
    expect(renewed?.accessToken).not.toBe(signedIn?.accessToken);
    expect(renewed?.refreshToken).not.toBe(signedIn?.refreshToken); // rotated

    // A reload of the tab keeps the session without a new sign-in or a refresh.
    const grantsBefore = sandbox.consumer.provider.grantCounts();
    expect((await accountsAfter(page, () => page.reload())).length).toBe(expected.length);
    expect(sandbox.consumer.provider.grantCounts()).toEqual(grantsBefore);

    // Sign out: the tokens leave the tab and are revoked at the provider.
    await page.click('[data-action="sign-out"]');
    await page.waitForSelector('[data-page="signed-out"]');
    await saveScreenshot(page, artifacts, 'spa-3-signed-out-again');
    expect(await storedTokens(page)).toBeNull();
    expect(await sandbox.consumer.provider.introspect(renewed?.accessToken ?? '')).toMatchObject({ active: false });
    const refreshAttempt = await fetch(sandbox.consumer.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: renewed?.refreshToken ?? '',
        client_id: config.clientId,
      }),
    });
    expect(refreshAttempt.status).toBe(400);
    expect(await refreshAttempt.json()).toMatchObject({ error: 'invalid_grant' });
    await page.reload();
    await page.waitForSelector('[data-page="signed-out"]');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses a callback it did not start and stores nothing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/callback?code=attacker&state=attacker&iss=${encodeURIComponent(config.issuer)}`);
    await page.waitForSelector('[data-page="error"]');
    expect(await page.textContent('[role="alert"]')).toMatch(/No sign-in was under way/);
    expect(page.url()).toBe(`${site.url}/`);
    expect(await storedTokens(page)).toBeNull();
    await context.close();
  });

  it('answers a request target that is not a URL with 400, and keeps serving', async () => {
    // `//[` is a request target Node's parser passes on, and `new URL()` refuses: it must not take the server down.
    const statusLine = await rawStatusLine(
      Number(new URL(site.url).port),
      'GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
    );
    expect(statusLine).toBe('HTTP/1.1 400 Bad Request');
    expect((await fetch(`${site.url}/`)).status).toBe(200);
  });
});
