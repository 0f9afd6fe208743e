// `/__sandbox`: what the sandbox serves, and its fault rules changed while it runs — for a test
// in another process than the sandbox (e.g. against `pnpm sandbox`).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError } from '../errors.js';
import type { FaultInjector, FaultRule } from '../mock/faults.js';
import { mediaTypeOf, readBody, sendJson } from './request-body.js';

/** What `GET /__sandbox` answers: the URLs of every host and API. */
export type SandboxIndex = Record<string, unknown>;

/**
 * Whether a request that changes the fault rules may: a web page the developer has open must not (it could make every
 * connection fail). A browser names the page's origin in `Origin`; a test process or curl sends none.
 */
function mayChange(req: IncomingMessage, ownOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  return origin === undefined || ownOrigins.includes(origin);
}

export async function handleControlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  faults: FaultInjector,
  index: () => SandboxIndex,
  ownOrigins: readonly string[],
): Promise<void> {
  const method = req.method ?? 'GET';
  if (pathname === '/__sandbox' || pathname === '/__sandbox/') {
    if (method === 'GET') sendJson(res, 200, index());
    else sendJson(res, 405, { error: 'method_not_allowed' }, { allow: 'GET' });
    return;
  }
  if (method !== 'GET' && pathname.startsWith('/__sandbox/faults') && !mayChange(req, ownOrigins)) {
    sendJson(res, 403, {
      error: 'forbidden',
      message: 'the fault rules can only be changed from the sandbox itself or a process without an Origin',
    });
    return;
  }
  if (pathname === '/__sandbox/faults') {
    if (method === 'GET') {
      sendJson(res, 200, { faults: faults.list() });
    } else if (method === 'POST') {
      // JSON only: a cross-site page can send text/plain or a form without a CORS preflight, but not JSON, and the
      // preflight JSON needs is never granted here.
      if (mediaTypeOf(req.headers['content-type']) !== 'application/json') {
        sendJson(res, 415, {
          error: 'unsupported_media_type',
          message: 'a fault rule is sent as Content-Type: application/json',
        });
        return;
      }
      let rule: FaultRule;
      try {
        rule = JSON.parse((await readBody(req, 64 * 1024)).toString('utf8')) as FaultRule;
      } catch (error) {
        sendJson(res, error instanceof BodyTooLargeError ? 413 : 400, {
          error: 'invalid_request',
          message: 'the body must be a JSON fault rule',
        });
        return;
      }
      try {
        sendJson(res, 201, { id: faults.add(rule) });
      } catch (error) {
        sendJson(res, 400, { error: 'invalid_request', message: (error as Error).message });
      }
    } else if (method === 'DELETE') {
      faults.clear();
      res.writeHead(204).end();
    } else {
      sendJson(res, 405, { error: 'method_not_allowed' }, { allow: 'GET, POST, DELETE' });
    }
    return;
  }
  const single = /^\/__sandbox\/faults\/([\w-]+)$/.exec(pathname);
  if (single && method === 'DELETE') {
    if (faults.remove(single[1] ?? '')) res.writeHead(204).end();
    else sendJson(res, 404, { error: 'not_found', message: `no fault rule ${single[1]}` });
    return;
  }
  sendJson(res, 404, { error: 'not_found', message: 'see GET /__sandbox' });
}
