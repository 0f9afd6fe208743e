import { describe, expect, it } from 'vitest';
import { type BodyLimits, limitedStream, readBytes, readText } from './response-body.js';
import { settleOrAbort } from './timeouts.js';

class TooLarge extends Error {
  constructor(readonly contentLength: number | undefined) {
    super('too large');
  }
}

const limits = (maxBytes: number, signal?: AbortSignal): BodyLimits => ({
  maxBytes,
  deadline: signal && { guard: (pending) => settleOrAbort(pending, signal) },
  tooLarge: (length) => new TooLarge(length),
});

/** A body of `chunks` (strings), streamed; `pulled` counts how many were read. */
function streamed(chunks: string[], headers: Record<string, string> = {}) {
  const state = { pulled: 0, cancelled: false };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[state.pulled++];
      if (next === undefined) controller.close();
      else controller.enqueue(encoder.encode(next));
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { response: new Response(body, { headers }), state };
}

describe('reading within maxResponseBytes', () => {
  it('reads a body up to the limit, with or without a length', async () => {
    expect(await readText(new Response('héllo', { headers: { 'content-length': '6' } }), limits(6))).toBe('héllo');
    expect(await readText(streamed(['\ufeffhé', 'llo']).response, limits(9))).toBe('héllo');
    expect(new TextDecoder().decode(await readBytes(streamed(['ab', 'cd']).response, limits(4)))).toBe('abcd');
    expect(await readBytes(new Response(null), limits(1))).toHaveLength(0);
  });

  it('fails from a declared length before reading anything', async () => {
    const { response, state } = streamed(['x'.repeat(10)], { 'content-length': '10' });
    await expect(readText(response, limits(9))).rejects.toMatchObject({ contentLength: 10 });
    expect(state.pulled).toBe(0);
  });

  it('stops reading as soon as a body without a trustworthy length passes the limit', async () => {
    const chunks = Array.from({ length: 100 }, () => 'x'.repeat(10));
    for (const headers of [{}, { 'content-encoding': 'gzip', 'content-length': '5' }] as Record<string, string>[]) {
      const { response, state } = streamed([...chunks], headers);
      await expect(readBytes(response, limits(25))).rejects.toBeInstanceOf(TooLarge);
      expect(state.pulled).toBe(3);
      expect(state.cancelled).toBe(true);
    }
  });

  it('stops with the signal’s reason when it aborts mid-body', async () => {
    const controller = new AbortController();
    const never = new Response(new ReadableStream({ pull: () => new Promise(() => {}) }));
    const reading = readText(never, limits(100, controller.signal));
    controller.abort(new Error('deadline'));
    await expect(reading).rejects.toThrow('deadline');
  });

  it('limits a stream handed to the caller, and says once when it is done', async () => {
    let finished = 0;
    const mapped = (error: unknown) => (error instanceof TooLarge ? error : new Error('mapped'));
    const ok = limitedStream(streamed(['ab', 'cd']).response, limits(4), mapped, () => finished++);
    expect(await new Response(ok).text()).toBe('abcd');
    const over = limitedStream(streamed(['ab', 'cd', 'ef']).response, limits(4), mapped, () => finished++);
    await expect(new Response(over).text()).rejects.toBeInstanceOf(TooLarge);
    expect(finished).toBe(2);
    expect(limitedStream(new Response(null), limits(1), mapped, () => finished++)).toBeNull();
    expect(finished).toBe(3);
  });
});
