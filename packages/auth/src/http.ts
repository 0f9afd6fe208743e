import * as oauth from 'oauth4webapi';

/** Transport options shared by every call that talks to the provider. */
export interface HttpOptions {
  /** Fetch implementation (default: `globalThis.fetch`). */
  fetch?: typeof globalThis.fetch;
  /**
   * Allow `http:` provider URLs. Only for a loopback test provider or a local
   * sandbox; production providers are HTTPS.
   */
  allowInsecureRequests?: boolean;
  /** Per-request timeout in milliseconds (default 30 000). */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** The oauth4webapi request options equivalent to `http`. */
export function oauthRequestOptions(http: HttpOptions) {
  const fetchImpl = http.fetch;
  const timeoutMs = http.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    // AbortSignal.timeout's timer does not keep Node alive.
    signal: () => AbortSignal.timeout(timeoutMs),
    ...(fetchImpl && { [oauth.customFetch]: (url: string, init: RequestInit) => fetchImpl(url, init) }),
    ...(http.allowInsecureRequests && { [oauth.allowInsecureRequests]: true }),
  };
}
