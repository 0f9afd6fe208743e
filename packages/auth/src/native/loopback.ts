import { createServer, type Server } from 'node:http';
import { validateRedirectUri } from '../authorization-request.js';
import { AuthorizationResponseError } from '../errors.js';

export interface LoopbackListenerOptions {
  /**
   * The `state` of the pending authorization request. Only a request to the redirect path carrying it ends the
   * login; anything else (a page open in the user's browser probing the port, a stale tab) is answered and ignored.
   */
  state: string;
  /** Give up after this many ms (default five minutes). The timer does not keep Node alive. */
  timeoutMs?: number;
  /** Page shown in the browser once the redirect has arrived. */
  successHtml?: string;
}

export interface LoopbackListener {
  /** Resolves with the full callback URL (pass it to `handleCallback`). */
  readonly callbackUrl: Promise<URL>;
  /** Stops listening (also done once the callback has arrived or on timeout). */
  close(): Promise<void>;
}

const DEFAULT_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Signed in</title><p>You can close this window and return to the terminal.</p>';
const NOT_THIS_LOGIN =
  '<!doctype html><meta charset="utf-8"><title>Not this sign-in</title><p>This is not the sign-in the program is waiting for.</p>';

/** Loopback hosts a CLI may listen on that Banno also accepts as a plain-HTTP redirect (IPv4 127.0.0.0/8, `localhost`). */
function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/**
 * Listens on the redirect URI of a CLI login: a plain-HTTP loopback address with the fixed port registered with
 * Banno, e.g. `http://127.0.0.1:8765/callback`. Start it before opening the browser. It resolves on the first
 * request to the redirect path that carries the pending `state`, answers everything else without ending the
 * login, and keeps listening until the timeout. The redirect URI must pass {@link validateRedirectUri} (so `[::1]`,
 * which Banno refuses, is refused here too).
 *
 * @throws {TypeError} for a redirect URI that is not plain-HTTP loopback with a port, or an empty `state`.
 * @throws {Error} `EADDRINUSE` when the registered port is taken.
 * @see https://www.rfc-editor.org/rfc/rfc8252#section-7.3
 */
export async function startLoopbackListener(
  redirectUri: string,
  options: LoopbackListenerOptions,
): Promise<LoopbackListener> {
  const check = validateRedirectUri(redirectUri);
  const expected = check.ok ? new URL(redirectUri) : undefined;
  if (expected?.protocol !== 'http:' || !isLoopbackHost(expected.hostname) || !expected.port) {
    const why = check.ok ? '' : ` (${check.reason})`;
    throw new TypeError(`a loopback redirect URI looks like http://127.0.0.1:<registered port>/<path>${why}`);
  }
  if (typeof options?.state !== 'string' || options.state === '') {
    throw new TypeError('options.state is required: the state of the pending authorization request');
  }
  let settle!: { resolve: (url: URL) => void; reject: (error: Error) => void };
  const callbackUrl = new Promise<URL>((resolve, reject) => (settle = { resolve, reject }));
  callbackUrl.catch(() => undefined);

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', expected.origin);
    if (req.method !== 'GET' || url.pathname !== expected.pathname) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (url.searchParams.get('state') !== options.state) {
      res
        .writeHead(400, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(NOT_THIS_LOGIN);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(options.successHtml ?? DEFAULT_PAGE);
    settle.resolve(url);
    void close();
  });
  const close = () =>
    new Promise<void>((resolve) => {
      clearTimeout(timer);
      server.close(() => resolve());
      server.closeAllConnections();
    });
  let timer: NodeJS.Timeout | undefined;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(expected.port), expected.hostname, () => resolve());
  });
  timer = setTimeout(() => {
    settle.reject(new AuthorizationResponseError('timeout', 'no authorization response arrived in time'));
    void close();
  }, options.timeoutMs ?? 300_000);
  timer.unref();
  return { callbackUrl, close };
}
