/** Generated map: operationId → the method and OpenAPI path (as in the `paths` type) that call it. */
export type OperationRoutes = Readonly<Record<string, { readonly method: string; readonly path: string }>>;

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

/** Finds the operationId of a call from its method and OpenAPI path. */
export function indexOperations(routes: OperationRoutes | undefined): (method: string, path: string) => string | undefined {
  const byRoute = new Map<string, string>();
  for (const [operationId, route] of Object.entries(routes ?? {})) {
    byRoute.set(`${route.method.toUpperCase()} ${route.path}`, operationId);
  }
  return (method, path) => byRoute.get(`${method.toUpperCase()} ${path}`);
}
