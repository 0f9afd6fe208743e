// A static server for the built app, as any static host would serve it: the files of dist/, index.html for the
// app's routes (`/`, `/callback`), `/config.json` with the public settings, and a Content-Security-Policy that lets
// the page load only its own script and style and talk only to its own origin, the provider and the API.
import { readFile } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

/** What the app is told at start-up. Public facts only: the app is a public client and holds no secret. */
export interface SpaConfig {
  issuer: string;
  clientId: string;
  consumerApiBaseUrl: string;
  allowInsecureRequests?: boolean;
}

export interface SpaServer {
  /** e.g. `http://127.0.0.1:5173` */
  url: string;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const FILES = new Set(['/app.js', '/styles.css']);
const APP_ROUTES = new Set(['/', '/callback']);

export async function startSpaServer(options: {
  root: string;
  /** Read on every request, so it may be settled after the server has its port. */
  config: () => SpaConfig;
  host?: string;
  port?: number;
}): Promise<SpaServer> {
  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, extra = {}) =>
    res
      .writeHead(status, {
        'content-type': type,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
        ...extra,
      })
      .end(body);
  const server = createServer((req, res) => {
    // A request target that is no URL (e.g. `//[`) is refused here: thrown, it would be uncaught and end the process.
    if (!URL.canParse(req.url ?? '/', 'http://localhost')) return void send(res, 400, 'text/plain', 'bad request');
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const config = options.config();
    if (req.method !== 'GET') return void send(res, 405, 'text/plain', 'method not allowed');
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    if (path === '/config.json') return void send(res, 200, 'application/json', JSON.stringify(config));
    const file = APP_ROUTES.has(path) ? '/index.html' : FILES.has(path) ? path : undefined;
    if (!file) return void send(res, 404, 'text/plain', 'not found');
    const connect = new Set(["'self'", new URL(config.issuer).origin, new URL(config.consumerApiBaseUrl).origin]);
    const csp = `default-src 'none'; script-src 'self'; style-src 'self'; connect-src ${[...connect].join(' ')}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
    readFile(join(options.root, file)).then(
      (body) =>
        send(res, 200, TYPES[extname(file)] ?? 'application/octet-stream', body, { 'content-security-policy': csp }),
      () => send(res, 500, 'text/plain', 'run the build first'),
    );
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
