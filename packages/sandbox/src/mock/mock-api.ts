// `mock({ description, maps })`: an API served from its OpenAPI description alone. Every operation
// routes, checks the bearer token against its security requirements, validates parameters and body
// (Ajv), then answers from a handler (state), the collection store (CRUD the paths imply), or the
// described example — and every answer is checked against the declared response schema.

import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError } from '../errors.js';
import { mediaTypeOf, readBody } from '../http/request-body.js';
import { bearerTokenOf } from '../provider/access-tokens.js';
import { answerCollectionOperation } from './collection-answers.js';
import { CollectionStore } from './collections.js';
import {
  type ApiMaps,
  declaredResponse,
  describeOperations,
  type MediaDescriptor,
  type OpenApiDocument,
  type OperationDescriptor,
  type ParameterDescriptor,
  preferredMedia,
} from './description.js';
import { ErrorBodies } from './error-bodies.js';
import { exampleAnswer } from './example-answers.js';
import type { MockRequest, MockResult, MockTools, OperationHandler } from './handler-types.js';
import { type RouteMatch, Router } from './router.js';
import { conform } from './schema-shapes.js';
import {
  decideAccess,
  type PresentedToken,
  type SchemeIssuers,
  type UserTokenSchemes,
  type VerifiedToken,
} from './security.js';
import { DescriptionValidators, type ParameterValues } from './validators.js';

export interface MockOptions {
  /** The bundled OpenAPI description (3.0 or 3.1), e.g. `@dtk/consumer-api-types/openapi.json`. */
  description: OpenApiDocument;
  /** The generated maps (`import * as maps from '@dtk/<api>-types'`): operation keys and effective security. */
  maps?: ApiMaps;
  /** Name of the API in answers and fault rules. Default: the description's title. */
  name?: string;
  /**
   * Checks a bearer token with the providers; undefined for a token none of them holds. Without it,
   * every operation that needs a token answers 401.
   */
  verifyToken?: (accessToken: string) => Promise<VerifiedToken | undefined>;
  /** The providers (by name) whose tokens each security scheme accepts. Default: any provider, for every scheme. */
  schemeIssuers?: SchemeIssuers;
  /** The security schemes that take only a signed-in user's token (401 `invalid_token` to client credentials). Default none. */
  userTokenSchemes?: UserTokenSchemes;
  /** Behaviour of operations that need state, by operation key. */
  handlers?: Readonly<Record<string, OperationHandler>>;
  /** The component schema of the API's usual error body. Default: the one most operations declare. */
  errorSchema?: string;
  /** Time as the mock sees it. Default: the clock. */
  now?: () => Date;
  /** New ids for created resources. Default: random UUIDs. */
  newId?: () => string;
  /** Aborts pending long polls when the sandbox stops. */
  signal?: AbortSignal;
}

/** An answer that does not match what the description declares for it. */
export interface ResponseProblem {
  operation: string;
  status: number;
  problems: string[];
}

export interface MockApi {
  readonly name: string;
  readonly description: OpenApiDocument;
  readonly operations: readonly OperationDescriptor[];
  /** Resources the API's paths imply, with their items. */
  readonly collections: CollectionStore;
  /** Finds the operation for a request. */
  match(method: string, pathname: string): RouteMatch<OperationDescriptor>;
  /** Answers a request for `operation` (as {@link match} found it, with its path parameters). */
  handle(
    req: IncomingMessage,
    res: ServerResponse,
    operation: OperationDescriptor,
    pathParams: Record<string, string>,
  ): Promise<void>;
  /** Writes an error answer in the API's shape (for faults and refusals outside an operation's handling). */
  sendError(
    res: ServerResponse,
    operation: OperationDescriptor | undefined,
    status: number,
    message: string,
    headers?: Record<string, string>,
  ): void;
  /** A complete request listener for a server of its own: 404 and 405 for requests no operation takes. */
  readonly listener: (req: IncomingMessage, res: ServerResponse) => void;
  /**
   * Adds behaviour to operations (by operation key); later calls replace earlier handlers. Returns
   * the keys that name no operation of the description (their handlers are not used).
   */
  use(handlers: Readonly<Record<string, OperationHandler>>): string[];
  /** Operation keys answered so far, in order. */
  served(): string[];
  /** Answers that did not validate against their declared response; empty when all did. */
  responseProblems(): ResponseProblem[];
}

const JSON_MEDIA = /^application\/([\w.+-]+\+)?json$/;

function mediaAccepts(declared: string, actual: string): boolean {
  if (declared === actual || declared === '*/*') return true;
  const [type, subtype] = declared.split('/');
  return subtype === '*' && actual.startsWith(`${type}/`);
}

/** Query and header values as the declared parameters read them (arrays from repeats or delimiters). */
function readParameters(
  parameters: readonly ParameterDescriptor[],
  url: URL,
  req: IncomingMessage,
  pathParams: Record<string, string>,
): ParameterValues {
  const values: ParameterValues = { path: { ...pathParams }, query: {}, header: {} };
  for (const parameter of parameters) {
    if (parameter.in === 'query') {
      const isArray = parameter.schema?.type === 'array';
      if (parameter.style === 'deepObject') {
        const object: Record<string, string> = {};
        for (const [key, value] of url.searchParams) {
          const property = new RegExp(`^${parameter.name.replace(/[.*+?^$()|[\]\\]/g, '\\$&')}\\[([^\\]]+)\\]$`).exec(
            key,
          )?.[1];
          if (property) object[property] = value;
        }
        if (Object.keys(object).length > 0) values.query[parameter.name] = object;
        continue;
      }
      const found = url.searchParams.getAll(parameter.name);
      if (found.length === 0) continue;
      const delimiter = parameter.style === 'pipeDelimited' ? '|' : parameter.style === 'spaceDelimited' ? ' ' : ',';
      const exploded = parameter.explode ?? (parameter.style === undefined || parameter.style === 'form');
      values.query[parameter.name] = isArray
        ? exploded
          ? found
          : (found[0] ?? '').split(delimiter)
        : found.length === 1
          ? found[0]
          : found;
    } else if (parameter.in === 'header') {
      const value = req.headers[parameter.name.toLowerCase()];
      if (value !== undefined) values.header[parameter.name.toLowerCase()] = value;
    }
  }
  return values;
}

function parseBody(raw: Buffer, media: MediaDescriptor): { ok: true; value: unknown } | { ok: false; message: string } {
  const text = raw.toString('utf8');
  if (JSON_MEDIA.test(media.mediaType) || media.mediaType === '*/*') {
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch {
      return { ok: false, message: 'the request body is not valid JSON' };
    }
  }
  if (media.mediaType === 'application/x-www-form-urlencoded')
    return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) };
  return { ok: true, value: text };
}

export function mock(options: MockOptions): MockApi {
  const { description } = options;
  const name = options.name ?? description.info?.title ?? 'API';
  const operations = describeOperations(description, options.maps);
  const router = new Router<OperationDescriptor>();
  for (const operation of operations) router.add(operation.method, operation.routeTemplate, operation);
  const validators = new DescriptionValidators(description);
  const errors = new ErrorBodies(description, operations, validators, options.errorSchema);
  const collections = new CollectionStore(description, operations);
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const schemeIssuers: SchemeIssuers = options.schemeIssuers ?? (() => undefined);
  const userTokenSchemes: UserTokenSchemes = options.userTokenSchemes ?? (() => false);
  const served: string[] = [];
  const problems: ResponseProblem[] = [];
  const handlers = new Map<string, OperationHandler>();
  const use = (added: Readonly<Record<string, OperationHandler>>) => {
    const unknown: string[] = [];
    for (const [key, handler] of Object.entries(added)) {
      if (operations.some((operation) => operation.key === key)) handlers.set(key, handler);
      else unknown.push(key);
    }
    return unknown;
  };
  use(options.handlers ?? {});

  const errorResult = (
    operation: OperationDescriptor | undefined,
    status: number,
    message: string,
    headers: Record<string, string> = {},
  ): MockResult => {
    const { body, mediaType } = errors.body(operation, status, message);
    return { status, body, headers, ...(mediaType ? { mediaType } : {}) };
  };

  const write = (res: ServerResponse, result: MockResult) => {
    const headers: Record<string, string> = { 'cache-control': 'no-store', ...result.headers };
    let payload: string | undefined;
    if (result.body !== undefined) {
      const mediaType = result.mediaType ?? 'application/json';
      headers['content-type'] = mediaType;
      payload =
        JSON_MEDIA.test(mediaType) || typeof result.body !== 'string' ? JSON.stringify(result.body) : result.body;
    }
    res.writeHead(result.status, headers);
    res.end(payload);
  };

  /** Records where an answer departs from the description. */
  const check = (operation: OperationDescriptor, result: MockResult) => {
    const declared = declaredResponse(operation, result.status);
    const found: string[] = [];
    if (!declared) {
      if (result.status < 400) found.push(`status ${result.status} is not declared`);
    } else if (result.body !== undefined) {
      const media = declared.content.find((candidate) =>
        mediaAccepts(candidate.mediaType, result.mediaType ?? 'application/json'),
      );
      if (!media)
        found.push(`media type ${result.mediaType ?? 'application/json'} is not declared for ${result.status}`);
      else if (media.schemaPointer) found.push(...validators.validate(media.schemaPointer, result.body));
    }
    if (found.length > 0) problems.push({ operation: operation.key, status: result.status, problems: found });
  };

  async function presentedToken(req: IncomingMessage): Promise<PresentedToken> {
    if (req.headers.authorization === undefined) return { kind: 'none' };
    const value = bearerTokenOf(req.headers.authorization);
    if (!value) return { kind: 'invalid', reason: 'the Authorization header is not a bearer token' };
    const token = options.verifyToken ? await options.verifyToken(value) : undefined;
    return token ? { kind: 'valid', token } : { kind: 'invalid', reason: 'access token is not active' };
  }

  async function readRequestBody(
    req: IncomingMessage,
    operation: OperationDescriptor,
  ): Promise<{ ok: true; value: unknown } | { ok: false; result: MockResult }> {
    const raw = await readBody(req);
    const declared = operation.requestBody;
    if (!declared) return { ok: true, value: undefined };
    if (raw.length === 0) {
      return declared.required
        ? { ok: false, result: errorResult(operation, 400, 'the request body is required') }
        : { ok: true, value: undefined };
    }
    const type = mediaTypeOf(req.headers['content-type']) ?? '';
    const media = declared.content.find((candidate) => mediaAccepts(candidate.mediaType, type));
    if (!media) {
      const accepted = declared.content.map((candidate) => candidate.mediaType).join(', ');
      return {
        ok: false,
        result: errorResult(operation, 415, `Content-Type must be ${accepted}, got ${type || 'none'}`),
      };
    }
    const parsed = parseBody(raw, media);
    if (!parsed.ok) return { ok: false, result: errorResult(operation, 400, parsed.message) };
    const found = media.schemaPointer ? validators.validate(media.schemaPointer, parsed.value) : [];
    if (found.length > 0)
      return { ok: false, result: errorResult(operation, 400, `invalid request: ${found.join('; ')}`) };
    return { ok: true, value: parsed.value };
  }

  async function answer(
    req: IncomingMessage,
    operation: OperationDescriptor,
    pathParams: Record<string, string>,
    signal: AbortSignal,
  ): Promise<MockResult> {
    const access = decideAccess(operation.security, await presentedToken(req), schemeIssuers, userTokenSchemes);
    if (!access.allowed) {
      const { rejection } = access;
      return errorResult(
        operation,
        rejection.status,
        rejection.error === 'unauthorized' ? 'an access token is required' : `${rejection.error}`,
        { 'www-authenticate': rejection.challenge },
      );
    }
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const params = readParameters(operation.parameters, url, req, pathParams);
    const parameterProblems = validators.validateParameters(operation, params);
    if (parameterProblems.length > 0)
      return errorResult(operation, 400, `invalid request: ${parameterProblems.join('; ')}`);
    const body = await readRequestBody(req, operation);
    if (!body.ok) return body.result;

    const request: MockRequest = { api: name, operation, params, body: body.value, token: access.token, signal };
    const generic = () =>
      answerCollectionOperation(description, collections, request, tools) ??
      exampleAnswer(description, validators, operation, params);
    const respond = (values: unknown, status?: number): MockResult => {
      const fallback = exampleAnswer(description, validators, operation, params);
      const code = status ?? fallback.status;
      const media = preferredMedia(declaredResponse(operation, code)?.content ?? []);
      if (!media || values === undefined) return { status: code };
      const base = code === fallback.status ? fallback.body : undefined;
      return { status: code, body: conform(description, media.schema, values, base), mediaType: media.mediaType };
    };
    const tools: MockTools = {
      error: (status, message, headers) => errorResult(operation, status, message, headers),
      generic,
      respond,
      collections,
      now,
      newId,
    };
    const handler = handlers.get(operation.key);
    return (handler ? await handler(request, tools) : undefined) ?? generic();
  }

  const api: MockApi = {
    name,
    description,
    operations,
    collections,
    match: (method, pathname) => router.match(method, pathname),
    async handle(req, res, operation, pathParams) {
      const controller = new AbortController();
      const onClose = () => {
        if (!res.writableFinished) controller.abort(new Error('the client went away'));
      };
      res.on('close', onClose);
      const signal = options.signal ? AbortSignal.any([controller.signal, options.signal]) : controller.signal;
      let result: MockResult;
      try {
        result = await answer(req, operation, pathParams, signal);
      } catch (error) {
        if (error instanceof BodyTooLargeError) result = errorResult(operation, 413, error.message);
        else {
          result = errorResult(operation, 500, `the sandbox failed: ${(error as Error).message}`);
          problems.push({ operation: operation.key, status: 500, problems: [String((error as Error).stack ?? error)] });
        }
      } finally {
        res.off('close', onClose);
      }
      if (res.destroyed || res.headersSent) return;
      served.push(operation.key);
      check(operation, result);
      write(res, result);
    },
    sendError(res, operation, status, message, headers) {
      write(res, errorResult(operation, status, message, headers));
    },
    listener(req, res) {
      const pathname = new URL(req.url ?? '/', 'http://sandbox').pathname;
      const found = router.match(req.method ?? 'GET', pathname);
      if (found.kind === 'found') {
        void api.handle(req, res, found.value, found.params);
      } else if (found.kind === 'method-not-allowed') {
        write(res, {
          ...errorResult(undefined, 405, `${req.method} is not allowed here`),
          headers: { allow: found.allowed.join(', ') },
        });
      } else {
        write(res, errorResult(undefined, 404, `no operation of ${name} at ${pathname}`));
      }
    },
    use,
    served: () => [...served],
    responseProblems: () => problems.map((problem) => ({ ...problem, problems: [...problem.problems] })),
  };
  return api;
}
