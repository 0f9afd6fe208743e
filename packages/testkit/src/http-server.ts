import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect } from 'node:net';
import { listenOnLoopback } from '@dtk/sandbox';

/** A request as the test server saw it, body read in full. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type TestHandler = (req: IncomingMessage & { body: string }, res: ServerResponse) => void | Promise<void>;

export interface TestServer {
  /** Origin of the server, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Every request received so far, in order. */
  readonly requests: RecordedRequest[];
  /** Stops listening and destroys open sockets (keep-alive included). */
  close(): Promise<void>;
}

/**
 * Starts a real `node:http` server on 127.0.0.1 with an ephemeral port.
 * The handler sees the request with its body already read. Open sockets are
 * tracked so `close()` never waits on a keep-alive connection.
 */
export async function startTestServer(handler: TestHandler): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body });
    try {
      await handler(Object.assign(req, { body }), res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`test handler failed: ${(error as Error).message}`);
    }
  });
  const { url, close } = await listenOnLoopback(server);
  return { url, requests, close };
}

/** Writes a JSON response with the given status and extra headers. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * Sends `request` as raw bytes to a server on 127.0.0.1 and returns the status line of its answer ('' when none came
 * within 2 s): for request targets that `fetch` would refuse to send, such as `//[`.
 */
export function rawStatusLine(port: number, request: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    let received = '';
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('data', (chunk) => {
      received += String(chunk);
    });
    socket.on('close', () => resolve(received.split('\r\n')[0] ?? ''));
    socket.on('error', () => socket.destroy());
  });
}
