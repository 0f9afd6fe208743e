import { createServer, type Server } from 'node:http';
import { AuthorizationResponseError } from '../errors.js';

export interface LoopbackListenerOptions {
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

/**
 * Listens on the redirect URI of a CLI login (RFC 8252 §7.3): a plain-HTTP
 * loopback address with the fixed port registered with Banno, e.g.
 * `http://127.0.0.1:8765/callback`. Start it before opening the browser; it
 * answers the first request to the redirect path and then stops.
 */
export async function startLoopbackListener(redirectUri: string, options: LoopbackListenerOptions = {}): Promise<LoopbackListener> {
  const expected = new URL(redirectUri);
  if (expected.protocol !== 'http:' || !['127.0.0.1', 'localhost', '[::1]'].includes(expected.hostname) || !expected.port) {
    throw new TypeError('a loopback redirect URI looks like http://127.0.0.1:<registered port>/<path>');
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
    server.listen(Number(expected.port), expected.hostname.replace(/^\[|\]$/g, ''), () => resolve());
  });
  timer = setTimeout(() => {
    settle.reject(new AuthorizationResponseError('timeout', 'no authorization response arrived in time'));
    void close();
  }, options.timeoutMs ?? 300_000);
  timer.unref();
  return { callbackUrl, close };
}
