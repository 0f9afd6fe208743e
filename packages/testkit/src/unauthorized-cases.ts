/**
 * The one table of 401 cases that every path which sends a bearer token must pass: the runtime's own request loop
 * (with a structural token source) and `authMiddleware` for plain openapi-fetch users. Each package drives it
 * through its own harness against a loopback API server that answers with {@link answerUnauthorizedCase}, so the two
 * paths are held to the same rules.
 *
 * Rules behind the table (RFC 6750 §3.1, and the refresh races users report): renew and re-send once, only after a
 * 401, only when the rejected token is still the current one (compare-and-refresh), never after a 403; a second 401
 * is a typed re-authentication error; a failed renewal never re-sends; concurrent 401s share one renewal; the
 * re-sent request carries the same body.
 */
import type { ServerResponse } from 'node:http';
import { sendJson } from './http-server.js';

/** What the API answers to each send of the request, in order (the last entry repeats). */
export type ApiAnswer = 200 | 401 | 403;

/** How the token source behaves when asked to renew after a 401. */
export type RenewalBehaviour =
  /** A new access token is issued. */
  | 'renews'
  /** Renewal fails with a re-authentication error (e.g. the refresh token was revoked: invalid_grant). */
  | 'fails';

/** How the call must end. */
export type UnauthorizedOutcome =
  /** The call succeeds with the data of the 200. */
  | 'ok'
  /** A re-authentication-required error (the session cannot continue without a new login). */
  | 'reauthentication-required'
  /** The 403 surfaces as the API's permission error (no renewal, no re-send). */
  | 'forbidden';

export interface UnauthorizedCase {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  /** JSON body sent with a POST; the server checks that every send carries it unchanged. */
  readonly body?: Readonly<Record<string, unknown>>;
  /** Answers of the API per send. */
  readonly answers: readonly ApiAnswer[];
  readonly renewal: RenewalBehaviour;
  /** How many calls run at once, all starting with the same token. */
  readonly concurrency: number;
  /**
   * When true, the token source already holds a newer token than the one the request was sent with when the 401
   * arrives (another call renewed in between): the request is re-sent with the newer token without a renewal.
   */
  readonly renewedElsewhere?: boolean;
  readonly expected: {
    readonly outcome: UnauthorizedOutcome;
    /** Requests that reach the API, over all concurrent calls. */
    readonly sends: number;
    /** Renewals the token source performs, over all concurrent calls. */
    readonly renewals: number;
  };
}

export const UNAUTHORIZED_CASES: readonly UnauthorizedCase[] = [
  {
    name: 'a 401 renews once and re-sends once with the new token',
    method: 'GET',
    answers: [401, 200],
    renewal: 'renews',
    concurrency: 1,
    expected: { outcome: 'ok', sends: 2, renewals: 1 },
  },
  {
    name: 'a POST re-sent after a 401 carries the same body',
    method: 'POST',
    body: { name: 'widget', amount: '12.50' },
    answers: [401, 200],
    renewal: 'renews',
    concurrency: 1,
    expected: { outcome: 'ok', sends: 2, renewals: 1 },
  },
  {
    name: 'a second 401 after renewal is a re-authentication error, not a loop',
    method: 'GET',
    answers: [401, 401],
    renewal: 'renews',
    concurrency: 1,
    expected: { outcome: 'reauthentication-required', sends: 2, renewals: 1 },
  },
  {
    name: 'a 403 is never renewed or re-sent',
    method: 'GET',
    answers: [403],
    renewal: 'renews',
    concurrency: 1,
    expected: { outcome: 'forbidden', sends: 1, renewals: 0 },
  },
  {
    name: 'a failed renewal ends the call without a re-send',
    method: 'GET',
    answers: [401, 200],
    renewal: 'fails',
    concurrency: 1,
    expected: { outcome: 'reauthentication-required', sends: 1, renewals: 1 },
  },
  {
    name: 'concurrent 401s with the same token share one renewal',
    method: 'GET',
    answers: [401, 200],
    renewal: 'renews',
    concurrency: 10,
    expected: { outcome: 'ok', sends: 20, renewals: 1 },
  },
  {
    name: 'a 401 for a token already replaced re-sends with the current token and does not renew',
    method: 'GET',
    answers: [401, 200],
    renewal: 'renews',
    concurrency: 1,
    renewedElsewhere: true,
    expected: { outcome: 'ok', sends: 2, renewals: 0 },
  },
];

/**
 * Writes the answer of a case's API to one call's send number `send` (0 for the first): `okBody` with a 200, or a 401
 * or 403 with its RFC 6750 challenge. Past the last listed answer, the last one repeats.
 */
export function answerUnauthorizedCase(
  res: ServerResponse,
  testCase: UnauthorizedCase,
  send: number,
  okBody: unknown,
): void {
  const answer = testCase.answers[Math.min(send, testCase.answers.length - 1)] ?? 401;
  if (answer === 200) {
    sendJson(res, 200, okBody);
    return;
  }
  const error = answer === 403 ? 'insufficient_scope' : 'invalid_token';
  sendJson(res, answer, { error }, { 'www-authenticate': `Bearer error="${error}"` });
}
