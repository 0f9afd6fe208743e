import type { KnownOperation } from './operations.js';

// openapi-fetch labels every serialised body with this, whatever the spec says.
const OPENAPI_FETCH_DEFAULT = 'application/json';

/** `application/json`, `application/merge-patch+json`, `application/vnd.x+json; charset=utf-8`, ... */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(?:[\w.!#$&^-]+\+)?json$/i.test(mediaType.split(';')[0]!.trim());
}

/**
 * Labels a request body with the media type its operation's spec declares (`requestContentType` of
 * the route map) in place of openapi-fetch's default `application/json`. For `+json` types the JSON
 * openapi-fetch wrote is already right. A body the spec wants in another format (a form, multipart)
 * cannot be re-serialised here: unless the caller set its `Content-Type` (openapi-fetch serialises
 * form bodies by it), the call fails before the network with a `TypeError` instead of sending JSON.
 * A `Content-Type` the caller set to anything but the default is left alone.
 */
export function applyRequestMediaType(request: Request, operation: KnownOperation | undefined): void {
  if (operation === undefined) return;
  const mediaType = operation.route.requestContentType;
  if (mediaType === undefined || request.body === null) return;
  if (request.headers.get('content-type') !== OPENAPI_FETCH_DEFAULT) return;
  if (isJsonMediaType(mediaType)) {
    request.headers.set('content-type', mediaType);
    return;
  }
  throw new TypeError(
    `${operation.operationId} sends its body as ${mediaType}, not JSON: pass headers: { 'Content-Type': '${mediaType}' } ` +
      '(openapi-fetch serialises a form body by it; other formats need a bodySerializer too)',
  );
}
