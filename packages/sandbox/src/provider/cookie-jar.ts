interface StoredCookie {
  readonly name: string;
  readonly value: string;
  readonly path: string;
}

/** RFC 6265 §5.1.4: without a Path attribute, a cookie belongs to the request path's directory. */
function defaultPath(url: URL): string {
  const lastSlash = url.pathname.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : url.pathname.slice(0, lastSlash);
}

function pathMatches(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/**
 * The part of a browser's cookie store a single-origin login needs: names,
 * values, paths and deletion by expiry. Domain, Secure and SameSite do not
 * matter on one loopback origin.
 */
export class CookieJar {
  readonly #cookies = new Map<string, StoredCookie>();

  /** Takes the `Set-Cookie` headers of a response to a request for `url`. */
  store(url: URL, response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';');
      const separator = pair.indexOf('=');
      if (separator <= 0) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      let path = defaultPath(url);
      let expired = false;
      for (const attribute of attributes) {
        const [key = '', attributeValue = ''] = attribute.split('=').map((part) => part.trim());
        const lowerKey = key.toLowerCase();
        if (lowerKey === 'path' && attributeValue.startsWith('/')) path = attributeValue;
        if (lowerKey === 'max-age' && Number(attributeValue) <= 0) expired = true;
        if (lowerKey === 'expires' && Date.parse(attributeValue) <= Date.now()) expired = true;
      }
      const key = `${path} ${name}`;
      if (expired) this.#cookies.delete(key);
      else this.#cookies.set(key, { name, value, path });
    }
  }

  /** The `Cookie` header a browser would send to `url`, or undefined when none applies. */
  headerFor(url: URL): string | undefined {
    const matching = [...this.#cookies.values()]
      .filter((cookie) => pathMatches(url.pathname, cookie.path))
      .sort((a, b) => b.path.length - a.path.length);
    return matching.length ? matching.map(({ name, value }) => `${name}=${value}`).join('; ') : undefined;
  }
}
