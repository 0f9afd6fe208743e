import { describe, expect, it } from 'vitest';
import { CookieJar } from './cookie-jar.js';

const responseSetting = (...cookies: string[]) => {
  const headers = new Headers();
  for (const cookie of cookies) headers.append('set-cookie', cookie);
  return new Response(null, { headers });
};

describe('CookieJar', () => {
  it('sends a cookie only below its path and drops it when it expires', () => {
    const jar = new CookieJar();
    const origin = 'http://127.0.0.1:1';
    jar.store(
      new URL(`${origin}/oidc/auth`),
      responseSetting('a=1; path=/oidc/interaction/x; httponly', 'b=2; path=/', 'c=3'),
    );
    expect(jar.headerFor(new URL(`${origin}/oidc/interaction/x`))).toBe('a=1; c=3; b=2');
    expect(jar.headerFor(new URL(`${origin}/oidc/interaction/xy`))).toBe('c=3; b=2');
    expect(jar.headerFor(new URL(`${origin}/other`))).toBe('b=2');

    jar.store(new URL(`${origin}/`), responseSetting('b=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT'));
    jar.store(new URL(`${origin}/oidc/auth`), responseSetting('c=; max-age=0'));
    expect(jar.headerFor(new URL(`${origin}/other`))).toBeUndefined();
  });
});
