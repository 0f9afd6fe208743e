// @ts-check
// A Consumer API look-alike on 127.0.0.1, run as its own process (so the soak's heap figures are the client's
// alone), that answers each attempt of a request as the request's fault plan says. The client sends the plan and a
// request id in headers (`x-soak-id`, `x-fault-plan`: one fault per attempt, comma-separated; attempts past the plan
// succeed), so which faults are served is decided by the soak's seed, not by arrival order. The server counts
// arrivals per request id, and reports on request (IPC) what it served and which credentials it received.
import { createServer } from 'node:http';

/** How long a "slow" answer waits, and a stalled body stays open: past the client's per-attempt timeout. */
const SLOW_MS = Number(process.argv[2] ?? 1500);

/** @type {Map<string, number>} */
const arrivals = new Map();
/** @type {Map<string, number>} */
const unkeyedPostArrivals = new Map();
/** @type {Record<string, number>} */
const served = {};
/** @type {Set<string>} */
const credentials = new Set();

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {Record<string, string>} headers
 * @param {string} body
 */
function send(res, status, headers, body) {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
  res.end(body);
}

/** Echoes the caller's credential the way careless gateways do: in the body and in a header. */
function echoed(/** @type {string} */ authorization) {
  return {
    headers: { 'x-debug-authorization': authorization, 'x-request-id': `req-${Math.random().toString(36).slice(2)}` },
    body: (/** @type {number} */ status) =>
      JSON.stringify({ errorCode: status, messages: `upstream refused ${authorization} for this request` }),
  };
}

/**
 * @param {string} fault
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function answer(fault, req, res) {
  const authorization = req.headers.authorization ?? '';
  const echo = echoed(authorization);
  const ok =
    req.method === 'POST' ? JSON.stringify({ id: req.headers['x-soak-id'], amount: '64.18' }) : '{"accounts":[]}';
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  res.on('close', () => clearTimeout(timer));
  switch (fault) {
    case 'reset':
      req.socket.destroy();
      return;
    case '503':
      send(res, 503, echo.headers, echo.body(503));
      return;
    case '429':
      send(res, 429, { ...echo.headers, 'retry-after': '0' }, echo.body(429));
      return;
    case '429-ms':
      send(res, 429, { ...echo.headers, 'retry-after-ms': '15' }, echo.body(429));
      return;
    case '429-date':
      send(res, 429, { ...echo.headers, 'retry-after': new Date(Date.now() - 5_000).toUTCString() }, echo.body(429));
      return;
    case '429-long':
      send(res, 429, { ...echo.headers, 'retry-after': '3600' }, echo.body(429));
      return;
    case 'slow':
      timer = setTimeout(() => send(res, 200, {}, ok), SLOW_MS);
      return;
    case 'stall-body':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(ok.length + 40) });
      res.write(ok.slice(0, 5));
      timer = setTimeout(() => res.destroy(), SLOW_MS);
      return;
    case 'truncated':
      send(res, 200, {}, ok.slice(0, Math.max(1, ok.length - 3)));
      return;
    case 'broken':
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(ok.length + 200) });
      res.write(ok, () => res.destroy());
      return;
    case 'html':
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body>Bad gateway for ${authorization}</body></html>`);
      return;
    default:
      send(res, 200, {}, ok);
  }
}

const server = createServer((req, res) => {
  const id = String(req.headers['x-soak-id'] ?? '');
  const count = (arrivals.get(id) ?? 0) + 1;
  arrivals.set(id, count);
  if (req.method === 'POST' && req.headers['idempotency-key'] === undefined) {
    unkeyedPostArrivals.set(id, (unkeyedPostArrivals.get(id) ?? 0) + 1);
  }
  if (req.headers.authorization) credentials.add(req.headers.authorization);
  const plan = String(req.headers['x-fault-plan'] ?? '').split(',');
  const fault = plan[count - 1] || 'ok';
  served[fault] = (served[fault] ?? 0) + 1;
  // The request body is read (and dropped) so that a reset or an answer never races an unread upload.
  req.resume();
  answer(fault, req, res);
});
server.keepAliveTimeout = 5_000;

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.send?.({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
});

process.on('message', (/** @type {{ type: string }} */ message) => {
  if (message.type === 'report') {
    process.send?.({
      type: 'report',
      arrivals: Object.fromEntries(arrivals),
      duplicatedUnkeyedPosts: [...unkeyedPostArrivals].filter(([, count]) => count > 1).map(([id]) => id),
      served,
      credentials: [...credentials],
    });
  } else if (message.type === 'reset') {
    arrivals.clear();
    unkeyedPostArrivals.clear();
    for (const key of Object.keys(served)) delete served[key];
  } else if (message.type === 'stop') {
    server.close();
    server.closeAllConnections();
    process.disconnect?.();
  }
});
// The test process going away (even killed) ends this one.
process.on('disconnect', () => process.exit(0));
