// Real headless Chromium for the workspace's browser tests: Debian's `/usr/bin/chromium` (what `.ci/run` installs)
// driven by playwright-core, which downloads no browser of its own. Also the two things every browser test does: play
// the user on the sandbox provider's sign-in and consent pages, and keep screenshots as test artifacts.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

export type { Browser, BrowserContext, Page } from 'playwright-core';

/** Where Debian's `chromium` package puts the browser; `DTK_CHROMIUM` overrides it. */
export const CHROMIUM_PATH = process.env.DTK_CHROMIUM ?? '/usr/bin/chromium';

/** No sandbox (containers run as root), no GPU, and nothing that reaches the network on its own. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
];

/** Launches headless Chromium; a missing browser is a clear error naming how to install it. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `No Chromium at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set DTK_CHROMIUM to its path`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
}

/** Saves what the page shows as `<directory>/<name>.png` (a test artifact; `test-results/` is gitignored). */
export async function saveScreenshot(page: Page, directory: string, name: string): Promise<string> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, `${name}.png`);
  await writeFile(path, await page.screenshot({ fullPage: true }));
  return path;
}

export interface ProviderSignIn {
  /** The provider's origin: the page is waited for there first. */
  origin: string;
  username: string;
  password: string;
  /** Whether a consent page follows the sign-in form (default true). */
  consent?: boolean;
}

/**
 * Plays the user on the sandbox provider's pages as a person would: fills the sign-in form, submits it, and allows
 * on the consent page. Uses the pages' stable `data-sandbox-form` hooks.
 */
export async function signInAtSandbox(page: Page, signIn: ProviderSignIn): Promise<void> {
  await page.waitForURL((url) => url.origin === signIn.origin);
  const form = page.locator('form[data-sandbox-form="login"]');
  await form.locator('input[name="username"]').fill(signIn.username);
  await form.locator('input[name="password"]').fill(signIn.password);
  await form.locator('button[type="submit"]').click();
  if (signIn.consent === false) return;
  await page.locator('form[data-sandbox-form="consent"] button[type="submit"]').click();
}

export { renderedAccounts, type ShownAccount, seededAccounts } from './accounts-page.js';
