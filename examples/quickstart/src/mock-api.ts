// A spec-driven mock API: answers every operation of a bundled OpenAPI document with the example of
// its first success response, after checking the bearer token with the OpenID provider that issued
// it (as a resource server would, through the provider's protected route).
import type { ServerResponse } from 'node:http';
import { sendJson, startTestServer, type TestServer } from '@dtk/testkit';

interface MediaType {
  example?: unknown;
}
interface Operation {
  operationId?: string;
  responses?: Record<string, { content?: Record<string, MediaType> }>;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation | unknown>>;
}

const METHODS = new Set(['get', 'put', 'post', 'patch', 'delete', 'head', 'options']);

interface Route {
  method: string;
  pattern: RegExp;
  operationId: string;
  status: number;
  example: unknown;
}

/** `/users/{userId}/accounts` → a RegExp matching one path segment per template parameter. */
function templatePattern(basePath: string, template: string): RegExp {
  const escaped = (basePath + template).split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('[^/]+')}$`);
}

function routesOf(document: OpenApiDocument, basePath: string): Route[] {
  const routes: Route[] = [];
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, value] of Object.entries(item)) {
      if (!METHODS.has(method)) continue;
      const operation = value as Operation;
      const [status, response] = Object.entries(operation.responses ?? {}).find(([code]) => /^2\d\d$/.test(code)) ?? [];
      if (!status) continue;
      const example = response?.content ? Object.values(response.content)[0]?.example : undefined;
      routes.push({ method: method.toUpperCase(), pattern: templatePattern(basePath, template), operationId: operation.operationId ?? '', status: Number(status), example });
    }
  }
  // Literal segments win over parameters: `/accounts/entitlements` before `/accounts/{accountId}`.
  return routes.sort((a, b) => b.pattern.source.replaceAll('[^/]+', '').length - a.pattern.source.replaceAll('[^/]+', '').length);
}

export interface MockApi extends TestServer {
  /** operationIds answered so far, in order. */
  readonly served: string[];
}

/**
 * Starts the mock on 127.0.0.1. `basePath` is the server URL's path (`/a/consumer/api/v0` for the
 * Consumer API; empty for the Admin API, whose paths are absolute). `introspectionUrl` is a route
 * answering 200 for a valid bearer token and 401 otherwise (the test provider's `resourceUrl`).
 */
export async function startMockApi(document: OpenApiDocument, basePath: string, introspectionUrl: string): Promise<MockApi> {
  const routes = routesOf(document, basePath);
  const served: string[] = [];
  const server = await startTestServer(async (req, res) => {
    const check = await fetch(introspectionUrl, { headers: { authorization: req.headers.authorization ?? '' } });
    await check.body?.cancel();
    if (check.status !== 200) return unauthorized(res);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes.find((candidate) => candidate.method === req.method && candidate.pattern.test(path));
    if (!route) return sendJson(res, 404, { errorCode: 404, messages: `no operation for ${req.method} ${path}` });
    served.push(route.operationId);
    if (route.example === undefined) return void res.writeHead(route.status).end();
    sendJson(res, route.status, route.example);
  });
  return Object.assign(server, { served });
}

function unauthorized(res: ServerResponse): void {
  res.writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"' }).end();
}
