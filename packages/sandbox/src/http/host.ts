// One origin of the sandbox (a Banno host): its OpenID provider, the APIs it serves, fault injection
// in front of both, and the `/__sandbox` control endpoints.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { OperationDescriptor } from '../mock/description.js';
import type { AppliedFault, FaultInjector } from '../mock/faults.js';
import type { MockApi } from '../mock/mock-api.js';
import type { OpenIdProvider } from '../provider/openid-provider.js';
import { handleControlRequest, type SandboxIndex } from './control.js';
import { sendJson } from './request-body.js';

export interface HostParts {
  provider: OpenIdProvider;
  mocks: readonly MockApi[];
  faults: FaultInjector;
  /** What `GET /__sandbox` reports. */
  index: () => SandboxIndex;
  /** The sandbox's own origins (every host): the only browser origins that may change the fault rules. */
  ownOrigins: readonly string[];
  /** Aborted when the sandbox stops: pending fault delays end. */
  signal: AbortSignal;
}

interface Target {
  mock: MockApi | undefined;
  operation: OperationDescriptor | undefined;
  params: Record<string, string>;
  allowed: string[] | undefined;
}

function findTarget(mocks: readonly MockApi[], method: string, pathname: string): Target {
  let notAllowed: { mock: MockApi; allowed: string[] } | undefined;
  for (const mock of mocks) {
    const found = mock.match(method, pathname);
    if (found.kind === 'found') return { mock, operation: found.value, params: found.params, allowed: undefined };
    if (found.kind === 'method-not-allowed') notAllowed ??= { mock, allowed: found.allowed };
  }
  return { mock: notAllowed?.mock, operation: undefined, params: {}, allowed: notAllowed?.allowed };
}

/** The OAuth error code an injected status stands for at a provider endpoint. */
function oauthError(status: number): string {
  if (status === 503 || status === 429) return 'temporarily_unavailable';
  return status >= 500 ? 'server_error' : 'invalid_request';
}

/** Applies a fault; true when it answered (or dropped) the request. Provider endpoints answer as OAuth does. */
async function applyFault(
  fault: AppliedFault,
  req: IncomingMessage,
  res: ServerResponse,
  target: Target,
  atProvider: boolean,
  signal: AbortSignal,
): Promise<boolean> {
  if (fault.latencyMs > 0) {
    const gone = new AbortController();
    const onClose = () => gone.abort();
    res.once('close', onClose);
    try {
      await delay(fault.latencyMs, undefined, { signal: AbortSignal.any([gone.signal, signal]), ref: false });
    } catch {
      return true; // the client went away or the sandbox stopped
    } finally {
      res.off('close', onClose);
    }
  }
  if (fault.reset) {
    // RST where the platform can send one, so the client sees ECONNRESET rather than a clean close.
    const socket = req.socket as typeof req.socket & { resetAndDestroy?: () => void };
    if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
    else socket.destroy();
    return true;
  }
  if (fault.status !== undefined) {
    const headers: Record<string, string> =
      fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {};
    const message = `injected fault: ${fault.status}`;
    if (target.mock && !atProvider) target.mock.sendError(res, target.operation, fault.status, message, headers);
    else sendJson(res, fault.status, { error: oauthError(fault.status), error_description: message }, headers);
    return true;
  }
  return false;
}

/**
 * Lets a browser app on another origin (a single-page app on localhost) call the APIs: the request's
 * origin is allowed, with the headers a client reads. Preflights are answered for routes that exist.
 */
function allowCrossOrigin(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin;
  if (!origin) return;
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  res.setHeader('access-control-expose-headers', 'WWW-Authenticate, Retry-After, Location, Content-Type');
}

function answerPreflight(req: IncomingMessage, res: ServerResponse, methods: readonly string[]): void {
  allowCrossOrigin(req, res);
  res.writeHead(204, {
    'access-control-allow-methods': methods.join(', '),
    'access-control-allow-headers': req.headers['access-control-request-headers'] ?? 'authorization, content-type',
    'access-control-max-age': '600',
  });
  res.end();
}

/** The request listener of one origin. */
export function createHostListener(parts: HostParts): (req: IncomingMessage, res: ServerResponse) => void {
  const { provider, mocks, faults, signal } = parts;
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const pathname = new URL(req.url ?? '/', 'http://sandbox').pathname;
    if (pathname === '/__sandbox' || pathname.startsWith('/__sandbox/')) {
      await handleControlRequest(req, res, pathname, faults, parts.index, parts.ownOrigins);
      return;
    }
    // Provider endpoints answer CORS themselves (oidc-provider); the APIs' routes get it here.
    if (method === 'OPTIONS' && req.headers['access-control-request-method'] && !provider.serves(pathname)) {
      const requested = String(req.headers['access-control-request-method']).toUpperCase();
      const found = findTarget(mocks, requested, pathname);
      if (found.operation) answerPreflight(req, res, [requested]);
      else if (found.allowed) answerPreflight(req, res, found.allowed);
      else sendJson(res, 404, { error: 'not_found', message: `nothing is served at ${pathname}` });
      return;
    }
    const target = findTarget(mocks, method, pathname);
    if (!provider.serves(pathname)) allowCrossOrigin(req, res);
    // Provider endpoints the API descriptions also list (the Admin API's token endpoint) are the provider's.
    const atProvider = provider.serves(pathname);
    const fault = faults.take({
      api: target.mock?.name,
      operation: target.operation?.key,
      method,
      path: pathname,
      template: target.operation?.routeTemplate,
    });
    if (fault && (await applyFault(fault, req, res, target, atProvider, signal))) return;
    if (atProvider) provider.handle(req, res);
    else if (target.mock && target.operation) await target.mock.handle(req, res, target.operation, target.params);
    else if (target.allowed && target.mock)
      target.mock.sendError(res, undefined, 405, `${method} is not allowed here`, { allow: target.allowed.join(', ') });
    else sendJson(res, 404, { error: 'not_found', message: `nothing is served at ${pathname}; see /__sandbox` });
  };
  return (req, res) => {
    serve(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { error: 'server_error', message: (error as Error).message });
      else res.destroy();
    });
  };
}
