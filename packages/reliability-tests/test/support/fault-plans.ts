// The soak's fault plans, drawn from a seeded generator (the same seed gives the same plans), and the outcome the
// runtime's documented behaviour predicts for each: which error, after how many attempts.
import { API_ERROR_CODES } from '@dtk/consumer-api';
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** What the fault server does with one attempt (see fault-server.mjs). */
export type Fault =
  | 'reset'
  | '503'
  | '429'
  | '429-ms'
  | '429-date'
  | '429-long'
  | 'slow'
  | 'stall-body'
  | 'truncated'
  | 'broken'
  | 'html';

const FAULT_WEIGHTS: ReadonlyArray<readonly [Fault, number]> = [
  ['reset', 20],
  ['503', 12],
  ['429', 10],
  ['429-ms', 8],
  ['429-date', 4],
  ['429-long', 3],
  ['slow', 3],
  ['stall-body', 2],
  ['truncated', 8],
  ['broken', 8],
  ['html', 8],
];
const TOTAL_WEIGHT = FAULT_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

/** Share of requests (outside bursts) that meet at least one fault. */
const FAULTY_SHARE = 0.3;
/** Chance, per request, that a 503 burst starts: the next 10–40 requests get 503 on their first 1–3 attempts. */
const BURST_START = 0.004;

export interface PlannedRequest {
  index: number;
  id: string;
  method: 'GET' | 'POST';
  /** POSTs only: whether the request carries an `Idempotency-Key` (then it may be retried). */
  idempotencyKey: string | undefined;
  /** One fault per attempt; attempts past the plan succeed. */
  faults: Fault[];
}

export interface PredictedOutcome {
  /** `ok`, or the code of the error the call ends with. */
  outcome: 'ok' | (typeof API_ERROR_CODES)[keyof typeof API_ERROR_CODES];
  /** Requests the server receives (and the client counts). */
  attempts: number;
  /** Attempts that end on the client's per-attempt timeout. */
  timedOutAttempts: number;
}

export class FaultPlanner {
  readonly #rng;
  #burstLeft = 0;

  constructor(readonly seed: number) {
    this.#rng = xoroshiro128plus(seed);
  }

  #chance(probability: number): boolean {
    return uniformFloat64(this.#rng) < probability;
  }

  #fault(): Fault {
    let pick = uniformInt(this.#rng, 1, TOTAL_WEIGHT);
    for (const [fault, weight] of FAULT_WEIGHTS) {
      pick -= weight;
      if (pick <= 0) return fault;
    }
    return 'reset';
  }

  next(index: number, phase: string): PlannedRequest {
    const method = this.#chance(0.2) ? 'POST' : 'GET';
    const keyed = method === 'POST' && this.#chance(0.5);
    let faults: Fault[] = [];
    if (this.#burstLeft > 0) {
      this.#burstLeft -= 1;
      faults = Array.from({ length: uniformInt(this.#rng, 1, 3) }, () => '503' as const);
    } else {
      if (this.#chance(BURST_START)) this.#burstLeft = uniformInt(this.#rng, 10, 40);
      if (this.#chance(FAULTY_SHARE)) faults = Array.from({ length: uniformInt(this.#rng, 1, 3) }, () => this.#fault());
    }
    const id = `${phase}-${index}`;
    return { index, id, method, idempotencyKey: keyed ? `key-${id}` : undefined, faults };
  }
}

const FINAL_ERROR: Record<Fault, PredictedOutcome['outcome']> = {
  reset: API_ERROR_CODES.ApiConnectionError,
  '503': API_ERROR_CODES.InternalServerError,
  '429': API_ERROR_CODES.RateLimitError,
  '429-ms': API_ERROR_CODES.RateLimitError,
  '429-date': API_ERROR_CODES.RateLimitError,
  '429-long': API_ERROR_CODES.RateLimitError,
  slow: API_ERROR_CODES.ApiTimeoutError,
  'stall-body': API_ERROR_CODES.ApiTimeoutError,
  truncated: API_ERROR_CODES.MalformedResponseError,
  broken: API_ERROR_CODES.ApiConnectionError,
  html: API_ERROR_CODES.MalformedResponseError,
};

/** Faults the runtime retries (when the request may be sent again and attempts are left). */
const RETRIED = new Set<Fault>(['reset', '503', '429', '429-ms', '429-date', 'slow']);

/**
 * The runtime's documented behaviour: GET, and POST with an `Idempotency-Key`, get 3 attempts; a POST without one
 * gets 1. Resets, timeouts, 503 and 429 with an honoured `Retry-After` are retried; a `Retry-After` beyond
 * `maxRetryAfterMs` is not. A 2xx whose body breaks off, stalls or is not JSON fails at once (the body is read after
 * the attempt loop).
 */
export function predictOutcome(request: PlannedRequest, maxAttempts: number): PredictedOutcome {
  const allowed = request.method === 'GET' || request.idempotencyKey !== undefined ? maxAttempts : 1;
  let timedOutAttempts = 0;
  for (let attempt = 1; ; attempt++) {
    const fault = request.faults[attempt - 1];
    if (fault === undefined) return { outcome: 'ok', attempts: attempt, timedOutAttempts };
    if (fault === 'slow' || fault === 'stall-body') timedOutAttempts += 1;
    if (!RETRIED.has(fault) || attempt >= allowed)
      return { outcome: FINAL_ERROR[fault], attempts: attempt, timedOutAttempts };
  }
}
