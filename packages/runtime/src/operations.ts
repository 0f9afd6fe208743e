/** One operation's entry in the generated route map. */
export interface OperationRoute {
  readonly method: string;
  /** The OpenAPI path, as in the `paths` type. */
  readonly path: string;
  /** The request body's media type when the spec's is not `application/json`, e.g. `application/merge-patch+json`. */
  readonly requestContentType?: string;
}

/** Generated map: operationId → the method and OpenAPI path that call it (and its request media type). */
export type OperationRoutes = Readonly<Record<string, OperationRoute>>;

/**
 * Generated map: operationId → the scopes that grant it, as alternatives (any one suffices).
 * `[]` means the operation needs no scope.
 */
export type OperationScopes = Readonly<Record<string, readonly string[]>>;

/** The generated maps of one API, as `createApiClient` takes them. */
export interface OperationMaps {
  routes: OperationRoutes;
  scopes?: OperationScopes;
}

/** An operation found from a call's method and path. */
export interface KnownOperation {
  readonly operationId: string;
  readonly route: OperationRoute;
}

/** Finds the operation of a call from its method and OpenAPI path. */
export function indexOperations(routes: OperationRoutes | undefined): (method: string, path: string) => KnownOperation | undefined {
  const byRoute = new Map<string, KnownOperation>();
  for (const [operationId, route] of Object.entries(routes ?? {})) {
    byRoute.set(`${route.method.toUpperCase()} ${route.path}`, { operationId, route });
  }
  return (method, path) => byRoute.get(`${method.toUpperCase()} ${path}`);
}
