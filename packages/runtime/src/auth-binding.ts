import type { Middleware } from 'openapi-fetch';
import type { CallContexts } from './call-context.js';

/**
 * Runs an auth middleware (e.g. one that sets the bearer token and re-sends once after a 401)
 * so the call's context follows the requests it makes: a Request it returns from `onRequest`, and
 * any clone it takes of the request (the usual way to keep a re-sendable copy), are bound to the
 * call, so a re-send through `options.fetch` keeps the call's operationId, timeout, retry policy
 * and attempt count. Its callbacks otherwise see exactly what openapi-fetch passes, since auth
 * middlewares may key their own state on `options` or `id`.
 */
export function bindAuthMiddleware(auth: Middleware, contexts: CallContexts): Middleware {
  return {
    async onRequest(params) {
      const { request } = params;
      const context = contexts.get(request);
      if (context) {
        // An own `clone` on this one Request: clones inherit the call context.
        Object.defineProperty(request, 'clone', {
          configurable: true,
          value: function cloneWithContext(this: Request): Request {
            const copy = Request.prototype.clone.call(this);
            contexts.bind(copy, context);
            return copy;
          },
        });
      }
      const result = await auth.onRequest?.(params);
      if (result instanceof Request && context) contexts.bind(result, context);
      return result;
    },
    onResponse(params) {
      return auth.onResponse?.(params);
    },
    onError(params) {
      return auth.onError?.(params);
    },
  };
}
