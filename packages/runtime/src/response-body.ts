// Reading a response body within limits: at most `maxResponseBytes` (known from Content-Length before anything is
// read, or counted while reading), under the attempt's deadline, with failures handed to the caller to type.
import { type Attempt, discardBody } from './timeouts.js';

/** Default `maxResponseBytes`: 32 MiB. Banno's largest JSON pages are a few hundred kB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

/** How one body is read. */
export interface BodyLimits {
  /** Most bytes to read (after content decoding); `Infinity` for no limit. */
  readonly maxBytes: number;
  /** The attempt's deadline: reading stops with its reason when it passes (or the caller aborts). */
  readonly deadline: Pick<Attempt, 'guard'> | undefined;
  /** The error for a body over the limit; `contentLength` when the server declared it. */
  tooLarge(contentLength: number | undefined): Error;
}

/**
 * The body's length when `Content-Length` tells it exactly: present and not content-encoded (fetch decodes gzip and
 * brotli, so a compressed length says nothing about what is read).
 */
function declaredLength(response: Response): number | undefined {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding.trim().toLowerCase() !== 'identity') return undefined;
  const length = response.headers.get('content-length');
  if (length === null || !/^\d{1,15}$/.test(length.trim())) return undefined;
  return Number(length);
}

/** Reads a stream to its end, failing as soon as more than `maxBytes` have arrived (the rest is never read). */
async function readCounting(body: ReadableStream<Uint8Array>, limits: BodyLimits): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limits.maxBytes) {
      reader.cancel().catch(() => {});
      throw limits.tooLarge(undefined);
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array<ArrayBuffer>;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const guarded = <T>(pending: Promise<T>, limits: BodyLimits): Promise<T> =>
  limits.deadline ? limits.deadline.guard(pending) : pending;

function checkDeclared(response: Response, limits: BodyLimits): number | undefined {
  const declared = declaredLength(response);
  if (declared !== undefined && declared > limits.maxBytes) {
    discardBody(response);
    throw limits.tooLarge(declared);
  }
  return declared;
}

/** The whole body as bytes, within the limits. */
export async function readBytes(response: Response, limits: BodyLimits): Promise<Uint8Array<ArrayBuffer>> {
  const declared = checkDeclared(response, limits);
  if (response.body === null) return new Uint8Array(0);
  const reading =
    declared !== undefined
      ? response.arrayBuffer().then((buffer) => new Uint8Array(buffer))
      : readCounting(response.body, limits);
  return guarded(reading, limits);
}

/** The whole body as text (UTF-8, a BOM removed, as `Response.text()` does), within the limits. */
export async function readText(response: Response, limits: BodyLimits): Promise<string> {
  const declared = checkDeclared(response, limits);
  // With a trustworthy length the platform's own reader is the fastest; otherwise count as the bytes come.
  if (declared !== undefined || response.body === null) return guarded(response.text(), limits);
  return guarded(readCounting(response.body, limits), limits).then((bytes) => new TextDecoder().decode(bytes));
}

/**
 * The body as a stream for the caller to read, still within the limits: the deadline keeps running while the caller
 * reads (a server that stalls mid-body still times out), more than `maxBytes` errors the stream, and `finished` runs
 * once when it is read to the end, cancelled or fails. Failures reach the reader as `mapError` makes them.
 */
export function limitedStream(
  response: Response,
  limits: BodyLimits,
  mapError: (error: unknown) => unknown,
  finished: () => void,
): ReadableStream<Uint8Array> | null {
  checkDeclared(response, limits);
  const source = response.body;
  if (source === null) {
    finished();
    return null;
  }
  let done = false;
  const finish = () => {
    if (!done) {
      done = true;
      finished();
    }
  };
  const reader = source.getReader();
  let total = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await guarded(reader.read(), limits);
        if (chunk.done) {
          finish();
          controller.close();
          return;
        }
        total += chunk.value.byteLength;
        if (total > limits.maxBytes) {
          reader.cancel().catch(() => {});
          throw limits.tooLarge(undefined);
        }
        controller.enqueue(chunk.value);
      } catch (error) {
        finish();
        controller.error(mapError(error));
      }
    },
    cancel(reason) {
      finish();
      return reader.cancel(reason);
    },
  });
}
