/** Why a redirect URI was rejected. */
export type RedirectUriRejection = 'invalid_url' | 'fragment_not_allowed' | 'https_required';

export type RedirectUriCheck = { ok: true } | { ok: false; reason: RedirectUriRejection };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Banno's plain-HTTP allowlist: 127.0.0.0/8, 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16. */
function isAllowlistedIpv4(hostname: string): boolean {
  const match = IPV4.exec(hostname);
  if (!match) return false;
  const [a, b] = [Number(match[1]), Number(match[2])];
  return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168);
}

/** Hosts Banno lets redirect over plain HTTP: `localhost`, `*.local` and the private IPv4 ranges. */
function allowsPlainHttp(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.local') || isAllowlistedIpv4(host);
}

/**
 * Checks a redirect URI against RFC 6749 §3.1.2 (absolute, no fragment) and
 * Banno's rule: HTTPS, except for `localhost`, hosts ending in `.local` and
 * IPv4 addresses in 127.0.0.0/8, 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16.
 * Banno then compares the URI to the registered one exactly, port included.
 */
export function validateRedirectUri(uri: string): RedirectUriCheck {
  let url: URL;
  try {
    url = new URL(uri); // no base: relative references throw
  } catch {
    return { ok: false, reason: 'invalid_url' };
  }
  // The raw string is checked because URL drops an empty fragment ("…/cb#").
  if (uri.includes('#')) return { ok: false, reason: 'fragment_not_allowed' };
  if (url.protocol === 'https:' && url.hostname !== '') return { ok: true };
  if (url.protocol === 'http:' && allowsPlainHttp(url.hostname)) return { ok: true };
  return { ok: false, reason: 'https_required' };
}
