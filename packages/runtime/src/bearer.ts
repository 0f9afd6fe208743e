import type { Middleware } from 'openapi-fetch';

/** A fixed access token, or a function that returns the current one. */
export type AccessToken = string | (() => string | Promise<string>);

/** Sets `Authorization: Bearer …` from a static token or a token function on every request. */
export function bearerMiddleware(accessToken: AccessToken): Middleware {
  return {
    async onRequest({ request }) {
      const token = typeof accessToken === 'function' ? await accessToken() : accessToken;
      // Checked here so a bad token never reaches an error message (Headers would echo it).
      if (typeof token !== 'string' || token.length === 0 || /[\r\n]/.test(token)) {
        throw new TypeError('accessToken must be a non-empty single-line string (or a function returning one)');
      }
      request.headers.set('Authorization', `Bearer ${token}`);
    },
  };
}
