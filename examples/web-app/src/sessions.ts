// Server-side sessions: the browser holds only a cookie naming its session, a random 256-bit id signed with the
// server's key (HMAC-SHA256), so a forged or altered cookie is refused before any lookup. What the session knows (the
// pending sign-in, the user, the CSRF token) stays here; the tokens live in a token store keyed by the session id.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AuthorizationRequest } from '@dtk/auth';

export interface Session {
  readonly id: string;
  /** The sign-in under way: PKCE verifier, state and nonce, single-use. */
  pending?: AuthorizationRequest;
  /** The signed-in user's Banno `userId` (the ID token's `sub`). */
  userId?: string;
  /** Sent back by the sign-out form, so another site cannot sign the user out. */
  readonly csrfToken: string;
  lastSeen: number;
}

export interface SessionCookieOptions {
  /** The cookie's name (default `sid`). */
  name?: string;
  /** Adds `Secure` (set it whenever the app is served over https). */
  secure?: boolean;
}

export interface SessionStoreOptions {
  /** Key that signs session cookies (default: a fresh random key, so restarting the app signs everyone out). */
  signingKey?: Uint8Array;
  /** A session unused for this long is gone (default 30 minutes). */
  idleTimeoutMs?: number;
  cookie?: SessionCookieOptions;
  /** Called with the id of each session that ends by timing out (e.g. to drop its tokens). */
  onExpire?: (id: string) => void;
  /**
   * Most sessions kept that nobody has signed in to (default 10,000): anyone can open `GET /login` as often as they
   * like, and each waits for a sign-in. Past it the oldest such session goes; a signed-in one never does.
   */
  maxAnonymous?: number;
  now?: () => number;
}

/** Sessions in this process's memory; a deployment with several instances keeps them in a shared store instead. */
export class SessionStore {
  readonly #sessions = new Map<string, Session>();
  readonly #key: Uint8Array;
  readonly #idleTimeoutMs: number;
  readonly #cookieName: string;
  readonly #secure: boolean;
  readonly #now: () => number;
  readonly #onExpire: (id: string) => void;
  readonly #maxAnonymous: number;

  constructor(options: SessionStoreOptions = {}) {
    this.#key = options.signingKey ?? randomBytes(32);
    this.#idleTimeoutMs = options.idleTimeoutMs ?? 30 * 60_000;
    this.#cookieName = options.cookie?.name ?? 'sid';
    this.#secure = options.cookie?.secure ?? false;
    this.#now = options.now ?? Date.now;
    this.#onExpire = options.onExpire ?? (() => {});
    this.#maxAnonymous = options.maxAnonymous ?? 10_000;
  }

  /**
   * A new, empty session. Sessions that have timed out go first, and then, past `maxAnonymous`, the oldest that nobody
   * signed in to (the map keeps creation order), so memory stays bounded.
   */
  create(): Session {
    const anonymous: Session[] = [];
    for (const session of this.#sessions.values()) {
      if (this.#expired(session)) this.#expire(session);
      else if (session.userId === undefined) anonymous.push(session);
    }
    for (const session of anonymous.slice(0, Math.max(0, anonymous.length - this.#maxAnonymous + 1)))
      this.destroy(session);
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      csrfToken: randomBytes(32).toString('base64url'),
      lastSeen: this.#now(),
    };
    this.#sessions.set(session.id, session);
    return session;
  }

  /** The session a request's `Cookie` header names, when its signature holds and it has not expired. */
  fromCookieHeader(header: string | undefined): Session | undefined {
    const value = cookieValue(header, this.#cookieName);
    if (value === undefined) return undefined;
    const dot = value.lastIndexOf('.');
    const id = value.slice(0, dot);
    if (dot <= 0 || !this.#signatureHolds(id, value.slice(dot + 1))) return undefined;
    const session = this.#sessions.get(id);
    if (!session) return undefined;
    if (this.#expired(session)) {
      this.#expire(session);
      return undefined;
    }
    session.lastSeen = this.#now();
    return session;
  }

  /** Ends a session (its id is never valid again). */
  destroy(session: Session): void {
    this.#sessions.delete(session.id);
  }

  /** Every live session's id (for sweeping the token store). */
  ids(): string[] {
    return [...this.#sessions.keys()];
  }

  /** `Set-Cookie` for a session: HttpOnly (no script reads it), SameSite=Lax (not sent on other sites' requests). */
  cookieFor(session: Session): string {
    const value = `${session.id}.${this.#sign(session.id)}`;
    return `${this.#cookieName}=${value}; ${this.#attributes()}`;
  }

  /** `Set-Cookie` that removes the session cookie. */
  clearingCookie(): string {
    return `${this.#cookieName}=; Max-Age=0; ${this.#attributes()}`;
  }

  #expired(session: Session): boolean {
    return this.#now() - session.lastSeen > this.#idleTimeoutMs;
  }

  #expire(session: Session): void {
    this.#sessions.delete(session.id);
    this.#onExpire(session.id);
  }

  #attributes(): string {
    return `Path=/; HttpOnly; SameSite=Lax${this.#secure ? '; Secure' : ''}`;
  }

  #sign(id: string): string {
    return createHmac('sha256', this.#key).update(id).digest('base64url');
  }

  #signatureHolds(id: string, signature: string): boolean {
    const expected = Buffer.from(this.#sign(id));
    const given = Buffer.from(signature);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

/** One cookie's value from a `Cookie` header (the first of that name). */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}
