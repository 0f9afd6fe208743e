import type { ServerResponse } from 'node:http';
import { sendJson } from '@dtk/testkit';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLargeError, unwrap } from '../src/index.js';
import { clientFor, rejection, serve } from './helpers.js';

const MiB = 1024 * 1024;

/** Streams `megabytes` of JSON-ish filler in 1 MiB chunks, honouring backpressure; counts what it managed to write. */
function streamer(megabytes: number, headers: Record<string, string> = {}) {
  const chunk = Buffer.alloc(MiB, 0x20);
  const stats = { written: 0 };
  const handler = async (_req: unknown, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json', ...headers });
    for (let i = 0; i < megabytes && !res.destroyed; i++) {
      stats.written += chunk.length;
      if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
    }
    res.end();
  };
  return { handler, stats };
}

describe('maxResponseBytes', () => {
  it('fails a 120 MB streamed body with a typed error at the default limit, reading no more than it must', async () => {
    const { handler, stats } = streamer(120);
    const server = await serve(handler);
    global.gc?.();
    const before = process.memoryUsage().rss;
    const error = await rejection(clientFor(server, { retry: false }).GET('/status'));
    const grown = process.memoryUsage().rss - before;
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({
      code: 'ERR_DTK_API_RESPONSE_TOO_LARGE',
      maxResponseBytes: DEFAULT_MAX_RESPONSE_BYTES,
      status: 200,
      attempts: 1,
    });
    expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(32 * MiB);
    expect(grown).toBeLessThan(100 * MiB);
    expect(stats.written).toBeLessThan(120 * MiB);
  }, 60_000);

  it('fails at once from a Content-Length over the limit, reading nothing', async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(120 * MiB) });
      res.write('{"a":');
    });
    const started = performance.now();
    const error = await rejection(clientFor(server, { retry: false }).GET('/status'));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).details.contentLength).toBe(120 * MiB);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('limits error bodies and streamed bodies too, per client and per call', async () => {
    const server = await serve((req, res) => {
      if (req.url === '/status') return sendJson(res, 404, { errorCode: 1, messages: 'x'.repeat(5_000) });
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.alloc(5_000));
    });
    const client = clientFor(server, { maxResponseBytes: 1_000, retry: false });
    expect(await rejection(client.GET('/status'))).toBeInstanceOf(ResponseTooLargeError);
    expect(await rejection(unwrap(client.GET('/status', { maxResponseBytes: 10_000 })))).toMatchObject({
      status: 404,
      code: 'ERR_DTK_API_NOT_FOUND',
    });
    const { data } = await client.GET('/users/{userId}/accounts', {
      params: { path: { userId: 'u' } },
      parseAs: 'stream',
    });
    expect(await rejection(new Response(data as ReadableStream).arrayBuffer())).toBeInstanceOf(ResponseTooLargeError);
  });

  it('counts decoded bytes of a compressed body, not the compressed length', async () => {
    const { gzipSync } = await import('node:zlib');
    const compressed = gzipSync(Buffer.alloc(2 * MiB, 0x20));
    const server = await serve((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        'content-length': String(compressed.length),
      });
      res.end(compressed);
    });
    expect(compressed.length).toBeLessThan(MiB / 10);
    expect(await rejection(clientFor(server, { maxResponseBytes: MiB, retry: false }).GET('/status'))).toBeInstanceOf(
      ResponseTooLargeError,
    );
  });
});
