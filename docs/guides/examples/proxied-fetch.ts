import { ProxyAgent } from 'undici';

/**
 * A `fetch` that sends every request through an HTTP(S) proxy, e.g. `proxiedFetch(process.env.HTTPS_PROXY)`.
 * It takes a URL and a Request alike, so it fits both the API clients' `fetch` and `@dtk/auth`'s.
 */
export function proxiedFetch(proxy: string | ProxyAgent.Options): typeof fetch {
  const dispatcher = new ProxyAgent(proxy);
  // Node's fetch is undici's: it takes a `dispatcher` beside the standard RequestInit.
  return (input, init) => fetch(input, { ...init, dispatcher } as RequestInit);
}
