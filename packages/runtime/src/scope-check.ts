import type { Middleware } from 'openapi-fetch';
import type { CallContexts } from './call-context.js';
import { MissingScopeError } from './errors.js';
import type { OperationScopes } from './operations.js';
import { redactUrl } from './redact.js';

/** The scopes on the current token; `undefined` when unknown (then nothing is checked). */
export type GrantedScopes = () => Promise<readonly string[] | undefined> | readonly string[] | undefined;

/**
 * Fails a call before it reaches the network when its operation needs a scope the token lacks.
 * Skipped for operations the map does not know, operations that need no scope (`[]`) and tokens
 * whose scopes are unknown: the server stays the authority, this only saves a round trip and
 * names the missing scopes.
 */
export function scopeCheckMiddleware(contexts: CallContexts, scopes: OperationScopes, grantedScopes: GrantedScopes): Middleware {
  return {
    async onRequest({ request, schemaPath }) {
      const operationId = contexts.get(request)?.operationId;
      const accepted = operationId === undefined ? undefined : scopes[operationId];
      if (!accepted || accepted.length === 0) return;
      const granted = await grantedScopes();
      if (granted === undefined || accepted.some((scope) => granted.includes(scope))) return;
      throw new MissingScopeError(
        `${operationId} (${request.method} ${schemaPath}) needs one of these scopes, which the token does not have: ${accepted.join(', ')}`,
        {
          operationId,
          method: request.method,
          url: redactUrl(request.url),
          acceptedScopes: accepted,
          grantedScopes: granted,
        },
      );
    },
  };
}
