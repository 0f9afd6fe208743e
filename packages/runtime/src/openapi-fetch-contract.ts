// Everything the runtime relies on in openapi-fetch, in one place. openapi-fetch builds each Request (URL, path and
// query serialisation, headers, body) and runs the caller's middlewares; the runtime owns the rest of the call. The
// behaviours below are checked against the installed openapi-fetch by openapi-fetch-contract.test.ts, which fails
// when one of them changes:
//
// 1. A per-call `fetch` option is the fetch used for that call, and middlewares see it as `options.fetch` (so a
//    middleware that re-sends, such as @dtk/auth's `authMiddleware`, goes through the call's own loop).
// 2. A per-call `baseUrl` applies to that call only.
// 3. With `parseAs: 'stream'` a successful body is not read: it comes back unread with the Response.
// 4. An error body is read with `text()` and parsed as JSON when it parses (into `error`), else kept as text.
// 5. An error thrown by `fetch` reaches the caller unchanged (after any `onError` middleware).
// 6. openapi-fetch returns `data: undefined` without reading for 204, HEAD, and Content-Length 0 (not chunked); for
//    other successful bodies, `parseAs: 'json'` parses the text, `undefined` for an empty one. `successData` follows
//    the same rules so that our `data` is what bare openapi-fetch would give.
// 7. A body is serialised as JSON and labelled `application/json`, unless the caller's `Content-Type` is
//    `application/x-www-form-urlencoded` (then it is form-encoded). Other RequestInit options (`redirect`) go to the
//    Request.
import createClient, { type Client, type HeadersOptions } from 'openapi-fetch';

/** The media type openapi-fetch labels every serialised body with (behaviour 7). */
export const SERIALISED_BODY_TYPE = 'application/json';

/** The methods openapi-fetch clients have, one function each. */
export const HTTP_METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/** How a successful body is handed over (openapi-fetch's `parseAs`). */
export type ParseAs = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';

/** The fetch openapi-fetch calls: with the Request it built (and, in some versions, extra init it was configured with). */
export type CallFetch = (input: Request, init?: RequestInit) => Promise<Response>;

/** The per-call options the runtime reads or sets; the rest goes to openapi-fetch untouched. */
export interface CallInit {
  readonly params?: { readonly path?: Readonly<Record<string, unknown>> };
  readonly parseAs?: ParseAs;
  readonly signal?: AbortSignal | null;
  readonly fetch?: (input: Request) => Promise<Response>;
  readonly baseUrl?: string;
  readonly [option: string]: unknown;
}

/** What an openapi-fetch call resolves to. */
export interface TransportResult {
  readonly response: Response;
  readonly error?: unknown;
}

// biome-ignore lint/suspicious/noExplicitAny: the transport is untyped; createApiClient restores the Paths types.
export type Transport = Client<any>;

/** The openapi-fetch client that builds a client's Requests; its fetch is given per call. */
export function createTransport(baseUrl: string, headers: HeadersOptions | undefined): Transport {
  return createClient({ baseUrl, headers });
}

/**
 * Sends one call through openapi-fetch with the call's own `fetch` (behaviour 1), its operation's `baseUrl` unless the
 * caller gave one (2), `parseAs: 'stream'` (3), so that the body is left for the runtime to read within limits, and
 * `redirect: 'manual'` (7): redirects are never followed.
 */
export function sendThrough(
  transport: Transport,
  method: string,
  path: string,
  init: CallInit | undefined,
  fetch: CallFetch,
  baseUrl: string | undefined,
): Promise<TransportResult> {
  const options: Record<string, unknown> = { ...init, fetch, parseAs: 'stream', redirect: 'manual' };
  if (baseUrl !== undefined && init?.baseUrl === undefined) options.baseUrl = baseUrl;
  const send = (transport as unknown as Record<string, (path: string, init: unknown) => Promise<TransportResult>>)[
    method
  ];
  if (send) return send(path, options);
  return (
    transport as unknown as { request(method: string, path: string, init: unknown): Promise<TransportResult> }
  ).request(method, path, options);
}

/** Behaviour 6: responses openapi-fetch does not read, for which `data` is `undefined`. */
export function hasNoBody(response: Response, method: string): boolean {
  if (response.status === 204 || method === 'HEAD') return true;
  return (
    response.headers.get('content-length') === '0' && !response.headers.get('transfer-encoding')?.includes('chunked')
  );
}

/** Reads a successful body for {@link successData} (within the call's limits). */
export interface BodyReader {
  text(): Promise<string>;
  bytes(): Promise<Uint8Array<ArrayBuffer>>;
  stream(): ReadableStream<Uint8Array> | null;
  /** Parses JSON text; a body that does not parse becomes the runtime's typed error. */
  json(text: string): unknown;
}

/** The `data` bare openapi-fetch gives for a successful response with `parseAs` (behaviour 6), read through `body`. */
export async function successData(
  response: Response,
  method: string,
  parseAs: ParseAs,
  body: BodyReader,
): Promise<unknown> {
  if (hasNoBody(response, method)) return undefined;
  switch (parseAs) {
    case 'json': {
      const text = await body.text();
      return text === '' ? undefined : body.json(text);
    }
    case 'text':
      return body.text();
    case 'stream':
      return body.stream();
    case 'arrayBuffer': {
      const bytes = await body.bytes();
      return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    }
    case 'blob':
      return new Blob([await body.bytes()], { type: response.headers.get('content-type') ?? '' });
    default:
      throw new TypeError(
        `parseAs must be 'json', 'text', 'blob', 'arrayBuffer' or 'stream', got ${JSON.stringify(String(parseAs)).slice(0, 40)}`,
      );
  }
}
