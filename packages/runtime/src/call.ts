// One call, from the Request openapi-fetch built to the result the caller gets: credentials and the scope check,
// the attempt loop (retries, backoff, per-attempt deadlines), the one renew-and-resend after a 401, and reading the
// body within limits. Everything a call knows lives on its Call object, created per call and handed to openapi-fetch
// as the call's own `fetch`.
import { isSecret, redactHeaders, redactPath, SecretSet, safeMessage, sleep } from '@dtk/core';
import {
  type CallSummary,
  callDetails,
  errorFromResponse,
  parseErrorText,
  requestIdOf,
  responseDetails,
} from './error-responses.js';
import {
  ApiConnectionError,
  type ApiError,
  ApiTimeoutError,
  MalformedResponseError,
  MissingScopeError,
  ReauthenticationRequiredError,
  ResponseTooLargeError,
  UnexpectedRedirectError,
} from './errors.js';
import { type LogFields, type Logger, writeLog } from './logger.js';
import { type BodyReader, type ParseAs, successData, type TransportResult } from './openapi-fetch-contract.js';
import { applyRequestMediaType, type Operation } from './operations.js';
import { type BodyLimits, limitedStream, readBytes, readText } from './response-body.js';
import { withCallSummary } from './results.js';
import { backoffDelay, maxAttemptsFor, type RetryPolicy, retryDelay } from './retry.js';
import {
  applyCredentials,
  checkedAccessToken,
  chooseCandidate,
  type GrantedScopes,
  setBearer,
  type TokenProvider,
} from './security.js';
import { type Attempt, discardBody, settleOrAbort, startAttempt } from './timeouts.js';

/** The base `fetch`: called with one Request per attempt. */
export type FetchLike = (input: Request) => Promise<Response>;

/** Time and randomness, replaceable in tests. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

export const systemClock: Clock = { now: () => performance.now(), sleep, random: Math.random };

/** What every call of one client shares. */
export interface ClientContext {
  /** The client's base fetch; `undefined` for `globalThis.fetch`, looked up per attempt. */
  readonly fetch: FetchLike | undefined;
  readonly token: TokenProvider | undefined;
  readonly grantedScopes: GrantedScopes | undefined;
  readonly logger: Logger | undefined;
  readonly clock: Clock;
}

/** The limits of one call: the client's, or those the call overrides. */
export interface CallSettings {
  readonly retry: RetryPolicy;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
}

const EMPTY_SECRETS: readonly string[] = [];
// What @dtk/core's redactUrl shows for a URL it cannot parse.
const UNPARSEABLE_URL = '[unparseable url]';
// Enough of a malformed body to recognise it: an HTML page, a form, plain text.
const EXCERPT_LENGTH = 60;

/** A short, secret-free description of a network failure (undici nests the useful part in `cause`). */
function describeCause(error: unknown): string {
  const root = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (root as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string') return code.slice(0, 40);
  return root instanceof Error ? root.name.slice(0, 40) : 'unknown error';
}

const isRedirect = (response: Response) =>
  response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304);

export class Call implements CallSummary {
  /** Requests sent so far, retries and a re-send after a 401 included. */
  attempts = 0;
  #attempt: Attempt | undefined;
  #request: Request | undefined;
  #sent: string[] = [];
  #renewed = false;

  constructor(
    readonly context: ClientContext,
    readonly operation: Operation,
    readonly method: string,
    readonly settings: CallSettings,
    /** The caller's signal: its abort ends the call with its own reason, never retried or wrapped. */
    readonly caller: AbortSignal | undefined,
    /** A per-call base fetch, over the client's. */
    readonly baseFetch: FetchLike | undefined,
  ) {}

  get operationId(): string | undefined {
    return this.operation.operationId;
  }

  get url(): string {
    return this.#request?.url ?? '';
  }

  /** The exact credentials this call sent: what the runtime put on it, and secret-named headers and query values. */
  get secrets(): SecretSet {
    const secrets = new SecretSet(this.#sent.length ? this.#sent : EMPTY_SECRETS);
    const request = this.#request;
    if (request === undefined) return secrets;
    request.headers.forEach((value, name) => {
      if (!isSecret(name, value)) return;
      secrets.add(value);
      // `Bearer abc` / `Basic abc`: the credential alone may be echoed too.
      const space = value.indexOf(' ');
      if (space > 0) secrets.add(value.slice(space + 1).trim());
    });
    if (request.url.includes('?')) {
      for (const [name, value] of new URL(request.url).searchParams) if (isSecret(name, value)) secrets.add(value);
    }
    return secrets;
  }

  /** The call's `fetch`, as openapi-fetch (and a middleware re-sending through `options.fetch`) calls it. */
  readonly fetch = (input: Request | string | URL, init?: RequestInit): Promise<Response> =>
    this.#send(input instanceof Request ? input : new Request(input, init));

  /** Stops the current attempt's deadline. */
  finish(): void {
    this.#attempt?.clear();
  }

  /** The result the caller gets: `data` read within the limits, or openapi-fetch's `error`; the summary attached. */
  async complete(result: TransportResult, parseAs: ParseAs): Promise<object> {
    const { response } = result;
    const outcome = response.ok
      ? { data: await successData(response, this.method, parseAs, this.#bodyReader(response)), response }
      : { error: result.error, response };
    return withCallSummary(outcome, this);
  }

  async #send(request: Request): Promise<Response> {
    if (this.caller?.aborted) throw this.caller.reason;
    const { context, operation } = this;
    // An operation the client has no credentials for goes as it is: no await on that path. The token source and
    // credential functions are the caller's code and may never settle: the caller's abort ends the wait.
    const chosen =
      operation.security.length === 0
        ? undefined
        : await settleOrAbort(
            chooseCandidate(operation.security, context.token, context.grantedScopes, (requiredScopes, grantedScopes) =>
              this.#missingScope(request, requiredScopes, grantedScopes),
            ),
            this.caller,
          );
    const outgoing = chosen
      ? await settleOrAbort(applyCredentials(request, chosen.candidate, chosen.token, this.#sent), this.caller)
      : request;
    applyRequestMediaType(outgoing, operation);
    this.#request = outgoing;

    const maxAttempts = maxAttemptsFor(outgoing, this.settings.retry);
    const renew = chosen?.candidate.usesToken && !this.#renewed ? context.token?.renew : undefined;
    // A body can be sent only once; buffer it before the first attempt when there may be a second.
    const body = outgoing.body !== null && (maxAttempts > 1 || renew) ? await outgoing.arrayBuffer() : undefined;
    if (body === undefined && outgoing.bodyUsed)
      throw new TypeError(`${outgoing.method} request body has already been read`);

    let response = await this.#attemptLoop(outgoing, body, maxAttempts);
    if (response.status === 401 && renew && chosen?.token !== undefined) {
      // RFC 6750 §3.1: the token was refused. Renew once (compare-and-refresh in the token source) and re-send once.
      this.#renewed = true;
      this.finish();
      discardBody(response);
      const renewed = checkedAccessToken(await settleOrAbort(renew(chosen.token), this.caller));
      this.#sent.push(renewed);
      setBearer(outgoing, renewed);
      response = await this.#attemptLoop(outgoing, body, maxAttempts);
      if (response.status === 401) {
        const refused = await this.#buffer(response);
        throw errorFromResponse(this, refused, parseErrorText(await refused.text()), ReauthenticationRequiredError, {
          reason: 'unauthorized',
        });
      }
    }
    if (isRedirect(response)) throw this.#redirected(response);
    // An error body is read here, within the limits, so that openapi-fetch's own read of it cannot hang or overflow.
    return response.ok ? response : this.#buffer(response);
  }

  async #attemptLoop(request: Request, body: ArrayBuffer | undefined, maxAttempts: number): Promise<Response> {
    const { clock } = this.context;
    const policy = this.settings.retry;
    for (let attempt = 1; ; attempt++) {
      this.attempts += 1;
      const deadline = this.#startAttempt();
      if (this.context.logger)
        this.#log('debug', 'http request', () => ({
          ...this.#logFields(),
          headers: redactHeaders(request.headers, this.secrets),
        }));
      // Durations are only logged: no clock reads without a logger.
      const started = this.context.logger ? clock.now() : 0;
      let response: Response;
      try {
        const sending = this.#transmit(request, body, deadline?.signal);
        response = await (deadline ? deadline.guard(sending, discardBody) : sending);
      } catch (error) {
        this.finish();
        const failure = this.#failure(error, 'failed: no response');
        if (failure === this.caller?.reason) throw failure;
        this.#log('warn', 'http failure', () => ({
          ...this.#logFields(),
          durationMs: Math.round(clock.now() - started),
          error: `${(failure as Error).name}: ${(failure as Error).message}`,
        }));
        if (attempt >= maxAttempts) throw failure;
        await this.#wait(backoffDelay(attempt - 1, policy, clock.random));
        continue;
      }
      if (this.context.logger)
        this.#log('info', 'http response', () => ({
          ...this.#logFields(),
          status: response.status,
          durationMs: Math.round(clock.now() - started),
          requestId: requestIdOf(response.headers),
        }));
      const delay = attempt < maxAttempts ? retryDelay(response, attempt - 1, policy, clock.random) : undefined;
      // The deadline keeps running while the body is read.
      if (delay === undefined) return response;
      this.finish();
      discardBody(response);
      await this.#wait(delay);
    }
  }

  /**
   * Sends one attempt. Its Request was built with `redirect: 'manual'`: Banno's APIs do not redirect, and following one
   * could carry credentials or a body to another origin. `globalThis.fetch` builds a Request from its arguments
   * anyway, so it gets the attempt's signal and the buffered body as `init`; a base fetch of the caller's gets one
   * Request (a new one only when the attempt needs its own signal or body).
   */
  #transmit(request: Request, body: ArrayBuffer | undefined, signal: AbortSignal | undefined): Promise<Response> {
    const base = this.baseFetch ?? this.context.fetch;
    if (signal === undefined && body === undefined) return base ? base(request) : globalThis.fetch(request);
    const init: RequestInit = body === undefined ? { signal } : { signal, body };
    return base ? base(new Request(request, init)) : globalThis.fetch(request, init);
  }

  #startAttempt(): Attempt | undefined {
    this.#attempt?.clear();
    const { timeoutMs } = this.settings;
    this.#attempt =
      this.caller === undefined && !Number.isFinite(timeoutMs)
        ? undefined
        : startAttempt(this.caller, timeoutMs, () => this.#timeoutError());
    return this.#attempt;
  }

  #wait(delayMs: number): Promise<void> {
    this.#log('warn', 'http retry', () => ({ ...this.#logFields(), delayMs: Math.round(delayMs) }));
    return this.context.clock.sleep(delayMs, this.caller);
  }

  /** What a failure to get or read a response becomes: the caller's abort reason, a timeout, or a connection error. */
  #failure(error: unknown, what: string): unknown {
    if (error instanceof ResponseTooLargeError) return error;
    if (this.caller?.aborted) return this.caller.reason;
    if (this.#attempt?.timedOut()) return this.#timeoutError();
    return this.#error(ApiConnectionError, `${what} (${describeCause(error)})`, {}, error);
  }

  #timeoutError(): ApiTimeoutError {
    const { timeoutMs } = this.settings;
    return this.#error(ApiTimeoutError, `timed out after ${timeoutMs} ms`, { timeoutMs });
  }

  /** An error about this call: `<METHOD> <url> <what>`, the call's details plus `extra`, its secrets removed. */
  #error<E extends ApiError>(
    Class: new (message: string, details: never, options: object) => E,
    what: string,
    extra: object,
    cause?: unknown,
  ): E {
    const secrets = this.secrets;
    const details = callDetails(this, secrets);
    return new Class(`${details.method} ${details.url} ${what}`, { ...details, ...extra } as never, { cause, secrets });
  }

  #missingScope(
    request: Request,
    requiredScopes: readonly (readonly string[])[],
    grantedScopes: readonly string[],
  ): MissingScopeError {
    this.#request = request;
    const sets = requiredScopes.map((scopes) => scopes.join(' + ')).join(' | ');
    return this.#error(
      MissingScopeError,
      `(${this.operationId}) needs every scope of one of these requirements, which the token does not have: ${sets}`,
      {
        requiredScopes,
        grantedScopes: [...grantedScopes],
      },
    );
  }

  #redirected(response: Response): UnexpectedRedirectError {
    this.finish();
    discardBody(response);
    const location = response.headers.get('location');
    // An unparseable Location is never echoed: it may carry a credential (`new URL` keeps it in its error's `input`).
    let shown: string | undefined;
    try {
      shown = location === null ? undefined : redactPath(new URL(location, this.url).href, this.secrets);
    } catch {
      shown = UNPARSEABLE_URL;
    }
    return errorFromResponse(this, response, undefined, UnexpectedRedirectError, {
      location: shown,
    }) as UnexpectedRedirectError;
  }

  #limits(response: Response): BodyLimits {
    const maxResponseBytes = this.settings.maxResponseBytes;
    return {
      maxBytes: maxResponseBytes,
      deadline: this.#attempt,
      tooLarge: (contentLength) =>
        this.#error(
          ResponseTooLargeError,
          `answered ${response.status} with a body over maxResponseBytes (${maxResponseBytes})${contentLength === undefined ? '' : `: Content-Length ${contentLength}`}`,
          { ...responseDetails(response, this.secrets), maxResponseBytes, contentLength },
        ),
    };
  }

  /**
   * An error response read in full (within the limits) into a copy openapi-fetch and the caller can read again.
   *
   * @throws {ApiError} the class for the status, for a status a Response cannot carry (see below).
   */
  async #buffer(response: Response): Promise<Response> {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = await readBytes(response, this.#limits(response));
    } catch (error) {
      throw this.#failure(error, 'failed: the response body broke off');
    } finally {
      this.finish();
    }
    // fetch passes on any 3-digit status (a broken proxy's 600 or 999), but `new Response` takes only 200-599: such
    // an answer cannot be handed back, so it is thrown as the typed error for its status.
    if (response.status < 200 || response.status > 599) {
      throw errorFromResponse(this, response, parseErrorText(new TextDecoder().decode(bytes)));
    }
    const copy = new Response(bytes.byteLength > 0 ? bytes : null, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
    // `new Response` cannot set the URL; the caller's `result.response.url` should still be the real one.
    Object.defineProperty(copy, 'url', { value: response.url });
    return copy;
  }

  #bodyReader(response: Response): BodyReader {
    const limits = this.#limits(response);
    const read = async <T>(reading: () => Promise<T>): Promise<T> => {
      try {
        return await reading();
      } catch (error) {
        throw this.#failure(error, 'failed: the response body broke off');
      } finally {
        this.finish();
      }
    };
    return {
      text: () => read(() => readText(response, limits)),
      bytes: () => read(() => readBytes(response, limits)),
      stream: () =>
        limitedStream(
          response,
          limits,
          (error) => this.#failure(error, 'failed: the response body broke off'),
          () => this.finish(),
        ),
      json: (text) => {
        try {
          return JSON.parse(text);
        } catch {
          // The SyntaxError is not kept: its message quotes the body.
          throw this.#malformed(response, text);
        }
      },
    };
  }

  #malformed(response: Response, raw: string): MalformedResponseError {
    const contentType = response.headers.get('content-type') ?? undefined;
    const bodyLength = new TextEncoder().encode(raw).byteLength;
    const bodyExcerpt = safeMessage(raw, { maxLength: EXCERPT_LENGTH, secrets: this.secrets });
    return this.#error(
      MalformedResponseError,
      `${this.operationId ? `(${this.operationId}) ` : ''}answered ${response.status} with a body that is not valid JSON (${contentType ?? 'no content type'}, ${bodyLength} bytes): "${bodyExcerpt}"`,
      { ...responseDetails(response, this.secrets), contentType, bodyLength, bodyExcerpt },
    );
  }

  #logFields(): LogFields {
    return {
      method: this.method,
      path: redactPath(this.url, this.secrets),
      operationId: this.operationId,
      attempt: this.attempts,
    };
  }

  #log(level: keyof Logger, message: string, fields: () => LogFields): void {
    if (this.context.logger) writeLog(this.context.logger, level, message, fields);
  }
}
