import { CookieJar } from './cookie-jar.js';

/** What the headless end-user does on the provider's pages. */
export type EndUserDecision = { readonly kind: 'approve'; readonly sub: string } | { readonly kind: 'deny' };

/** The provider answered the authorization request with something other than a redirect or an interaction page. */
export class AuthorizationFlowError extends Error {
  override readonly name = 'AuthorizationFlowError';
}

/** Enough to end a loop that redirects forever; a normal login takes five or six requests. */
const MAX_STEPS = 20;

interface InteractionPage {
  readonly prompt: string;
  readonly submitUrl: URL;
  readonly abortUrl: URL;
}

function decodeHtmlAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** Reads the devInteractions page: its form target, the prompt it asks for, and the abort link. */
function parseInteractionPage(html: string, pageUrl: URL): InteractionPage | undefined {
  const action = /<form[^>]*\baction="([^"]+)"/.exec(html)?.[1];
  const prompt = /name="prompt" value="([^"]+)"/.exec(html)?.[1];
  const abort = /href="([^"]*\/abort)"/.exec(html)?.[1];
  if (!action || !prompt || !abort) return undefined;
  return {
    prompt,
    submitUrl: new URL(decodeHtmlAttribute(action), pageUrl),
    abortUrl: new URL(decodeHtmlAttribute(abort), pageUrl),
  };
}

function describeFailure(status: number, body: string): string {
  try {
    const { error, error_description: description } = JSON.parse(body) as Record<string, unknown>;
    if (typeof error === 'string') {
      return `HTTP ${status} ${error}${typeof description === 'string' ? `: ${description}` : ''}`;
    }
  } catch {
    // Not the provider's JSON error page; the status alone has to do.
  }
  return `HTTP ${status}`;
}

function formPost(url: URL, fields: Record<string, string>): { url: URL; init: RequestInit } {
  return {
    url,
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    },
  };
}

/**
 * Plays the browser for one authorization request: follows redirects that stay
 * under `issuer`, answers the login and consent forms (or aborts), and returns
 * the first redirect that leaves the provider (the client's redirect URI, with
 * `code` or `error`) without requesting it. A fresh cookie jar per call means a
 * fresh browser session, so the login form always appears.
 */
export async function driveAuthorization(
  authorizationUrl: URL,
  issuer: string,
  decision: EndUserDecision,
): Promise<URL> {
  const insideProvider = (url: URL) => url.href.startsWith(`${issuer}/`);
  if (!insideProvider(authorizationUrl)) {
    throw new TypeError(`authorization URL must be under ${issuer}/`);
  }
  const jar = new CookieJar();
  let next: { url: URL; init: RequestInit } = { url: authorizationUrl, init: {} };

  for (let step = 0; step < MAX_STEPS; step += 1) {
    const { url, init } = next;
    const cookie = jar.headerFor(url);
    const headers = new Headers(init.headers);
    headers.set('accept', 'text/html');
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    jar.store(url, response);

    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      const target = new URL(location, url);
      if (!insideProvider(target)) return target;
      next = { url: target, init: {} };
      continue;
    }

    const body = await response.text();
    const page = response.status === 200 ? parseInteractionPage(body, url) : undefined;
    if (!page) {
      throw new AuthorizationFlowError(`authorization request failed: ${describeFailure(response.status, body)}`);
    }

    if (decision.kind === 'deny') {
      next = { url: page.abortUrl, init: {} };
    } else if (page.prompt === 'login') {
      // devInteractions accepts any password; the login name becomes the account id.
      next = formPost(page.submitUrl, { prompt: 'login', login: decision.sub, password: 'any' });
    } else if (page.prompt === 'consent') {
      next = formPost(page.submitUrl, { prompt: 'consent' });
    } else {
      throw new AuthorizationFlowError(`unexpected interaction prompt "${page.prompt}"`);
    }
  }
  throw new AuthorizationFlowError(`authorization did not finish within ${MAX_STEPS} requests`);
}
