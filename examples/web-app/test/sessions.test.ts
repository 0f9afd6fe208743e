// Session cookies: a signed random id, refused when forged or altered, gone after the idle timeout (and what hangs on
// the session with it), and cookie attributes that keep it from scripts and other sites.
import { describe, expect, it } from 'vitest';
import { cookieValue, SessionStore } from '../src/sessions.js';

const cookieHeader = (setCookie: string) => setCookie.split(';')[0] ?? '';

describe('SessionStore', () => {
  it('finds a session by the cookie it set, and by nothing else', () => {
    const store = new SessionStore();
    const session = store.create();
    const cookie = cookieHeader(store.cookieFor(session));
    expect(store.fromCookieHeader(`theme=dark; ${cookie}`)).toBe(session);

    const value = cookieValue(cookie, 'sid') ?? '';
    const [id, signature] = value.split('.');
    const other = store.create();
    expect(store.fromCookieHeader(`sid=${other.id}.${signature}`)).toBeUndefined(); // another id, this signature
    expect(store.fromCookieHeader(`sid=${id}`)).toBeUndefined(); // unsigned
    expect(store.fromCookieHeader(`sid=${id}.${'A'.repeat(signature?.length ?? 0)}`)).toBeUndefined();
    expect(store.fromCookieHeader(undefined)).toBeUndefined();
    // signed with another key (another instance, or a forger)
    expect(new SessionStore().fromCookieHeader(cookie)).toBeUndefined();
  });

  it('never reuses an id and makes each one 256 random bits', () => {
    const store = new SessionStore();
    const ids = new Set(Array.from({ length: 200 }, () => store.create().id));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(Buffer.from(id, 'base64url')).toHaveLength(32);
  });

  it('ends a session unused for the idle timeout, telling the app so it can drop the tokens', () => {
    let now = 0;
    const expired: string[] = [];
    const store = new SessionStore({ idleTimeoutMs: 1000, now: () => now, onExpire: (id) => expired.push(id) });
    const kept = store.create();
    const dropped = store.create();
    now = 900;
    expect(store.fromCookieHeader(cookieHeader(store.cookieFor(kept)))).toBe(kept); // use renews it
    now = 1500;
    store.create(); // sweeps
    expect(expired).toEqual([dropped.id]);
    expect(store.ids()).not.toContain(dropped.id);
    now = 2000;
    expect(store.fromCookieHeader(cookieHeader(store.cookieFor(kept)))).toBeUndefined();
    expect(expired).toEqual([dropped.id, kept.id]);
  });

  it('keeps at most maxAnonymous sessions nobody signed in to, dropping the oldest, never a signed-in one', () => {
    // Anyone can open GET /login as often as they like: each opens a session that waits for a sign-in.
    const store = new SessionStore({ maxAnonymous: 3 });
    const signedIn = store.create();
    signedIn.userId = 'user-1';
    const anonymous = Array.from({ length: 10 }, () => store.create());
    expect(store.ids()).toHaveLength(4);
    expect(store.ids()).toContain(signedIn.id);
    expect(store.ids()).toEqual(expect.arrayContaining(anonymous.slice(-3).map((session) => session.id)));
    const newest = anonymous.at(-1) as (typeof anonymous)[number];
    expect(store.fromCookieHeader(cookieHeader(store.cookieFor(newest)))).toBe(newest);
    expect(store.fromCookieHeader(cookieHeader(store.cookieFor(signedIn)))).toBe(signedIn);
  });

  it('sets HttpOnly, SameSite=Lax, Path=/ and, over https, Secure; and clears with Max-Age=0', () => {
    const plain = new SessionStore();
    expect(plain.cookieFor(plain.create())).toMatch(/^sid=[\w-]{43}\.[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
    const secure = new SessionStore({ cookie: { secure: true, name: '__Host-sid' } });
    expect(secure.cookieFor(secure.create())).toMatch(/^__Host-sid=\S+; Path=\/; HttpOnly; SameSite=Lax; Secure$/);
    expect(secure.clearingCookie()).toBe('__Host-sid=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax; Secure');
  });
});
