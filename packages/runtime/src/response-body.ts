export interface BodyGuard {
  /** Called once when the body is fully read, cancelled, fails, or turns out to be empty. */
  finished(): void;
  /** Turns a failure while reading the body into the error the reader should see. */
  mapError(error: unknown): unknown;
}

/**
 * Keeps an attempt's deadline running while the caller reads the body, so a server that sends
 * headers and then stalls still times out, and turns a body that breaks off into a typed error.
 * A response without a body is returned as it is.
 */
export function guardResponseBody(response: Response, guard: BodyGuard): Response {
  const source = response.body;
  if (source === null || response.headers.get('content-length') === '0') {
    guard.finished();
    return response;
  }
  let done = false;
  const finish = () => {
    if (!done) {
      done = true;
      guard.finished();
    }
  };
  const reader = source.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          finish();
          controller.close();
        } else {
          controller.enqueue(chunk.value);
        }
      } catch (error) {
        finish();
        controller.error(guard.mapError(error));
      }
    },
    cancel(reason) {
      finish();
      return reader.cancel(reason);
    },
  });
  const guarded = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // `new Response` cannot set these; errors and logs want the real URL.
  Object.defineProperties(guarded, {
    url: { value: response.url },
    redirected: { value: response.redirected },
  });
  return guarded;
}

// Responses handed on with their attempt's deadline still running and no wrapper around the body.
const deferredGuards = new WeakMap<Response, BodyGuard>();

/**
 * Hands `response` on as it is, its deadline still running, for a reader that will read the whole
 * body at once with {@link readBodyText}: the same guarantee as {@link guardResponseBody} without
 * re-streaming the body through a second `ReadableStream`.
 */
export function deferBodyGuard(response: Response, guard: BodyGuard): Response {
  deferredGuards.set(response, guard);
  return response;
}

/** The body as text; for a response from {@link deferBodyGuard}, read under its deadline with failures mapped. */
export async function readBodyText(response: Response): Promise<string> {
  const guard = deferredGuards.get(response);
  if (guard === undefined) return response.text();
  deferredGuards.delete(response);
  try {
    return await response.text();
  } catch (error) {
    throw guard.mapError(error);
  } finally {
    guard.finished();
  }
}
