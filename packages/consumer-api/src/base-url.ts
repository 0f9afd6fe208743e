/** The Consumer API lives at this path on the institution's Banno Online host. */
export const CONSUMER_API_PATH = '/a/consumer/api/v0';

/**
 * The Consumer API base URL for an institution's host: `digital.garden-fi.com` →
 * `https://digital.garden-fi.com/a/consumer/api/v0`. Takes a bare host (a port is allowed), not a URL.
 */
export function consumerApiBaseUrl(host: string): string {
  let url: URL | undefined;
  if (typeof host === 'string' && host.length > 0) {
    try {
      url = new URL(`https://${host}`);
    } catch {
      // reported below
    }
  }
  // Anything the URL parser had to reinterpret (a scheme, path, query, userinfo) was not a bare host.
  if (!url || url.host !== host.toLowerCase() || url.pathname !== '/' || url.search || url.hash) {
    throw new TypeError(
      `host must be a bare hostname like "digital.garden-fi.com", got ${JSON.stringify(String(host)).slice(0, 80)}`,
    );
  }
  return `${url.origin}${CONSUMER_API_PATH}`;
}
