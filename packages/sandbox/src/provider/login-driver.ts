// Plays a person's browser at a sandbox provider with fetch and a cookie jar, so tests and scripts
// can sign in without a browser. It reads the provider's own pages through their data-sandbox-* hooks.
import { AuthorizationFlowError } from '../errors.js';
import { CookieJar } from './cookie-jar.js';

/** What the headless person does on the provider's pages. */
export type EndUserDecision =
  | { readonly kind: 'approve'; readonly username: string; readonly password: string }
  | { readonly kind: 'deny' };

/** Enough to end a loop that redirects forever; a normal sign-in takes five or six requests. */
const MAX_STEPS = 20;

interface InteractionForms {
  /** `login` or `consent`. */
  readonly step: string;
  readonly submitUrl: URL;
  readonly abortUrl: URL;
  readonly error: string | undefined;
}

function decodeHtmlAttribute(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function formAction(html: string, name: string): string | undefined {
  const tag = new RegExp(`<form[^>]*data-sandbox-form="${name}"[^>]*>`).exec(html)?.[0];
  const action = tag ? /\baction="([^"]*)"/.exec(tag)?.[1] : undefined;
  return action === undefined ? undefined : decodeHtmlAttribute(action);
}

/** Reads a sign-in or consent page: the step it asks for, where its forms post, and any error it shows. */
function parseInteractionPage(html: string, pageUrl: URL): InteractionForms | undefined {
  const abort = formAction(html, 'abort');
  for (const step of ['login', 'consent']) {
    const submit = formAction(html, step);
    if (submit !== undefined && abort !== undefined) {
      const error = /<p[^>]*data-sandbox-error[^>]*>([^<]*)</.exec(html)?.[1];
      return {
        step,
        submitUrl: new URL(submit, pageUrl),
        abortUrl: new URL(abort, pageUrl),
        error: error && decodeHtmlAttribute(error),
      };
    }
  }
  return undefined;
}

function describeFailure(status: number, body: string): string {
  try {
    const { error, error_description: description } = JSON.parse(body) as Record<string, unknown>;
    if (typeof error === 'string') {
      return `HTTP ${status} ${error}${typeof description === 'string' ? `: ${description}` : ''}`;
    }
  } catch {
    // Not the provider's JSON error; the status alone has to do.
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
 * Plays the browser for one authorization request: follows redirects that stay under `issuer`,
 * fills in the sign-in form and allows the consent page (or cancels), and returns the first redirect
 * that leaves the provider (the client's redirect URI, with `code` or `error`) without requesting it.
 * A fresh cookie jar per call means a fresh browser session, so the sign-in form always appears.
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
  let signedIn = false;

  for (let step = 0; step < MAX_STEPS; step += 1) {
    const { url, init } = next;
    const cookie = jar.headerFor(url);
    const headers = new Headers(init.headers);
    // JSON first: the provider then answers a refused request with its error object instead of a page.
    headers.set('accept', 'application/json, text/html;q=0.9');
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
    const page = (response.headers.get('content-type') ?? '').startsWith('text/html')
      ? parseInteractionPage(body, url)
      : undefined;
    if (!page) {
      throw new AuthorizationFlowError(`authorization request failed: ${describeFailure(response.status, body)}`);
    }
    if (decision.kind === 'deny') {
      next = formPost(page.abortUrl, {});
    } else if (page.step === 'login') {
      if (signedIn)
        throw new AuthorizationFlowError(
          `sign-in as "${decision.username}" failed: ${page.error ?? `HTTP ${response.status}`}`,
        );
      signedIn = true;
      next = formPost(page.submitUrl, { username: decision.username, password: decision.password });
    } else {
      next = formPost(page.submitUrl, {});
    }
  }
  throw new AuthorizationFlowError(`authorization did not finish within ${MAX_STEPS} requests`);
}
