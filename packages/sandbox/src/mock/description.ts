// Reads a bundled OpenAPI description (3.0 or 3.1) and the generated maps into one descriptor per
// operation: where it is served, its parameters, body and responses (each with the JSON pointer of
// its schema, for the validator), and its security requirements.

export type JsonObject = Record<string, unknown>;

/** The parts of an OpenAPI document the sandbox reads. */
export interface OpenApiDocument {
  openapi: string;
  info?: { title?: string; version?: string };
  servers?: ServerObject[];
  paths?: Record<string, JsonObject>;
  components?: JsonObject;
  security?: SecurityRequirement[];
}

export interface ServerObject {
  url: string;
  variables?: Record<string, { default?: string }>;
}

/** Scheme name → scopes; every scheme and every scope of one requirement is needed. */
export type SecurityRequirement = Readonly<Record<string, readonly string[]>>;

/** What `packages/<api>-types` generates next to the description (see `operations.ts`). */
export interface ApiMaps {
  operationRoutes?: Readonly<
    Record<string, { readonly method: string; readonly path: string; readonly server?: string }>
  >;
  operationSecurity?: Readonly<Record<string, readonly SecurityRequirement[]>>;
}

export interface ParameterDescriptor {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** JSON pointer (URI fragment form, `#/...`) of the parameter's schema in the description. */
  schemaPointer: string | undefined;
  schema: JsonObject | undefined;
  style: string | undefined;
  explode: boolean | undefined;
  example: unknown;
}

export interface MediaDescriptor {
  mediaType: string;
  schemaPointer: string | undefined;
  schema: JsonObject | undefined;
  /** The media type's `example`, or the value of its first `examples` entry. */
  example: unknown;
  hasExample: boolean;
}

export interface ResponseDescriptor {
  /** `200`, `404`, `4XX`, `default`. */
  status: string;
  headers: JsonObject;
  content: MediaDescriptor[];
}

export interface OperationDescriptor {
  /** operationId, or the key the generated maps use for it. */
  key: string;
  /** Upper case. */
  method: string;
  /** The path as the description writes it, e.g. `/users/{userId}`. */
  pathTemplate: string;
  /** Path of the server the operation is served from, e.g. `/a/consumer/api/v0`; empty for a bare host. */
  serverPath: string;
  /** `serverPath` + `pathTemplate`: what the sandbox routes. */
  routeTemplate: string;
  parameters: ParameterDescriptor[];
  requestBody: { required: boolean; content: MediaDescriptor[] } | undefined;
  responses: ResponseDescriptor[];
  security: readonly SecurityRequirement[];
  /** The operation object as written (summary, description, tags, x-*). */
  raw: JsonObject;
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `/users/{id}` → `users~1{id}` escaped for a JSON pointer and encoded for a URI fragment. */
function pointerSegment(segment: string): string {
  return encodeURIComponent(segment.replace(/~/g, '~0').replace(/\//g, '~1'));
}

export function joinPointer(pointer: string, ...segments: string[]): string {
  return `${pointer}/${segments.map(pointerSegment).join('/')}`;
}

/** A value and where it sits in the description, after following local `$ref`s. */
interface Located<T> {
  value: T;
  pointer: string;
}

function valueAtPointer(document: unknown, pointer: string): unknown {
  let node = document;
  for (const raw of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Follows `$ref`s to local components (`#/components/...`) until an object that is not a reference. */
function follow(document: OpenApiDocument, located: Located<unknown>): Located<JsonObject> | undefined {
  let current = located;
  for (let hops = 0; hops < 16; hops += 1) {
    if (!isObject(current.value)) return undefined;
    const ref = current.value.$ref;
    if (typeof ref !== 'string') return { value: current.value, pointer: current.pointer };
    if (!ref.startsWith('#/'))
      throw new TypeError(`only local references are supported, found "${ref}" at ${current.pointer}`);
    // The reference is already a JSON pointer; only its URI encoding is made uniform.
    const pointer = ref
      .split('/')
      .map((part, index) => (index === 0 ? part : encodeURIComponent(decodeURIComponent(part))))
      .join('/');
    current = { value: valueAtPointer(document, ref), pointer };
  }
  throw new TypeError(`reference cycle at ${located.pointer}`);
}

function serverPathOf(servers: ServerObject[] | undefined, explicit: string | undefined): string {
  const url = explicit ?? servers?.[0]?.url ?? '';
  const server = servers?.find((candidate) => candidate.url === url);
  const filled = url.replace(/\{([^}]+)\}/g, (_, name: string) => server?.variables?.[name]?.default ?? '');
  const path = /^[a-z][a-z0-9+.-]*:\/\//i.test(filled) ? new URL(filled).pathname : filled;
  return path.replace(/\/+$/, '');
}

function mediaOf(document: OpenApiDocument, content: unknown, pointer: string): MediaDescriptor[] {
  if (!isObject(content)) return [];
  return Object.entries(content).map(([mediaType, media]) => {
    const mediaPointer = joinPointer(pointer, mediaType);
    const object = isObject(media) ? media : {};
    const schema = follow(document, { value: object.schema, pointer: joinPointer(mediaPointer, 'schema') });
    const firstExample = isObject(object.examples) ? Object.entries(object.examples)[0] : undefined;
    const namedExample = firstExample
      ? follow(document, { value: firstExample[1], pointer: joinPointer(mediaPointer, 'examples', firstExample[0]) })
      : undefined;
    const hasExample = 'example' in object || (namedExample !== undefined && 'value' in namedExample.value);
    return {
      mediaType: mediaType.toLowerCase(),
      schemaPointer: object.schema === undefined ? undefined : joinPointer(mediaPointer, 'schema'),
      schema: schema?.value,
      example: 'example' in object ? object.example : namedExample?.value.value,
      hasExample,
    };
  });
}

function parametersOf(
  document: OpenApiDocument,
  pathItem: Located<JsonObject>,
  operation: Located<JsonObject>,
): ParameterDescriptor[] {
  const byKey = new Map<string, ParameterDescriptor>();
  for (const owner of [pathItem, operation]) {
    const list = owner.value.parameters;
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      const parameter = follow(document, {
        value: entry,
        pointer: joinPointer(owner.pointer, 'parameters', String(index)),
      });
      if (!parameter) return;
      const { value } = parameter;
      const location = value.in as ParameterDescriptor['in'];
      const schema = follow(document, { value: value.schema, pointer: joinPointer(parameter.pointer, 'schema') });
      // An operation's parameter overrides the path item's of the same name and location.
      byKey.set(`${location}:${String(value.name)}`, {
        name: String(value.name),
        in: location,
        required: value.required === true || location === 'path',
        schemaPointer: value.schema === undefined ? undefined : joinPointer(parameter.pointer, 'schema'),
        schema: schema?.value,
        style: typeof value.style === 'string' ? value.style : undefined,
        explode: typeof value.explode === 'boolean' ? value.explode : undefined,
        example: 'example' in value ? value.example : (schema?.value.example ?? schema?.value.default),
      });
    });
  }
  return [...byKey.values()];
}

function responsesOf(document: OpenApiDocument, operation: Located<JsonObject>): ResponseDescriptor[] {
  const responses = operation.value.responses;
  if (!isObject(responses)) return [];
  return Object.keys(responses).flatMap((status) => {
    const response = follow(document, {
      value: responses[status],
      pointer: joinPointer(operation.pointer, 'responses', status),
    });
    if (!response) return [];
    return [
      {
        status,
        headers: isObject(response.value.headers) ? response.value.headers : {},
        content: mediaOf(document, response.value.content, joinPointer(response.pointer, 'content')),
      },
    ];
  });
}

/**
 * Every operation of the description, keyed as the generated maps key them (operationId, or the
 * pipeline's derived key), with the maps' security requirements when given (else the description's,
 * root requirements inherited). Operations the maps do not know are keyed `METHOD path`.
 */
export function describeOperations(document: OpenApiDocument, maps: ApiMaps = {}): OperationDescriptor[] {
  const keyByRoute = new Map<string, { key: string; server?: string | undefined }>();
  for (const [key, route] of Object.entries(maps.operationRoutes ?? {})) {
    keyByRoute.set(`${route.method.toLowerCase()} ${route.path}`, { key, server: route.server });
  }
  const operations: OperationDescriptor[] = [];
  for (const [pathTemplate, item] of Object.entries(document.paths ?? {})) {
    const pathItem = follow(document, { value: item, pointer: joinPointer('#/paths', pathTemplate) });
    if (!pathItem) continue;
    for (const method of HTTP_METHODS) {
      if (!isObject(pathItem.value[method])) continue;
      const operation = { value: pathItem.value[method] as JsonObject, pointer: joinPointer(pathItem.pointer, method) };
      const mapped = keyByRoute.get(`${method} ${pathTemplate}`);
      const operationId = typeof operation.value.operationId === 'string' ? operation.value.operationId : undefined;
      const key = mapped?.key ?? operationId ?? `${method.toUpperCase()} ${pathTemplate}`;
      const servers = (operation.value.servers ?? pathItem.value.servers ?? document.servers) as
        | ServerObject[]
        | undefined;
      const serverPath = serverPathOf(servers, mapped?.server);
      const body = follow(document, {
        value: operation.value.requestBody,
        pointer: joinPointer(operation.pointer, 'requestBody'),
      });
      operations.push({
        key,
        method: method.toUpperCase(),
        pathTemplate,
        serverPath,
        routeTemplate: `${serverPath}${pathTemplate}`,
        parameters: parametersOf(document, pathItem, operation),
        requestBody: body
          ? {
              required: body.value.required === true,
              content: mediaOf(document, body.value.content, joinPointer(body.pointer, 'content')),
            }
          : undefined,
        responses: responsesOf(document, operation),
        security:
          maps.operationSecurity?.[key] ??
          ((operation.value.security ?? document.security ?? []) as SecurityRequirement[]),
        raw: operation.value,
      });
    }
  }
  return operations;
}

/** The response an operation declares for `status`: exact code, then `4XX`-style range, then `default`. */
export function declaredResponse(operation: OperationDescriptor, status: number): ResponseDescriptor | undefined {
  const exact = operation.responses.find((response) => response.status === String(status));
  return (
    exact ??
    operation.responses.find((response) => response.status.toUpperCase() === `${String(status)[0]}XX`) ??
    operation.responses.find((response) => response.status === 'default')
  );
}

/** The operation's success response: the lowest declared 2xx (or 2XX), else the first declared. */
export function successResponse(operation: OperationDescriptor): ResponseDescriptor | undefined {
  const success = operation.responses
    .filter((response) => /^2(\d\d|XX)$/i.test(response.status))
    .sort((a, b) => a.status.localeCompare(b.status));
  return success[0] ?? operation.responses[0];
}

/** The media type to answer with: JSON when offered, else the first declared. */
export function preferredMedia(content: readonly MediaDescriptor[]): MediaDescriptor | undefined {
  return content.find((media) => /^application\/([\w.+-]+\+)?json$/.test(media.mediaType)) ?? content[0];
}
