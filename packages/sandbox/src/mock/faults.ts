// Fault injection for other teams' tests: per route, add latency, answer with a status (5xx, or 429
// with Retry-After), or drop the connection. Rules are set at start and changed while running.

/** Which requests a rule applies to, and what happens to them. Omitted selectors match everything. */
export interface FaultRule {
  /** An API name from the served list, e.g. `consumer-api`. */
  api?: string;
  /** An operation key (operationId), e.g. `listAccounts`. */
  operation?: string;
  /** An HTTP method, e.g. `GET`. */
  method?: string;
  /** A request path (`/a/consumer/api/v0/users/u1/accounts`) or a route template (`/a/consumer/api/v0/users/{userId}/accounts`); provider endpoints too (`/a/oidc-provider/api/v0/token`). */
  path?: string;
  /** Delay before the request is handled (or the other fault is applied), in milliseconds. */
  latencyMs?: number;
  /** Answer with this status instead, with a body in the API's error shape. Default 429 when `retryAfterSeconds` is set. */
  status?: number;
  /** Send `Retry-After` with this many seconds. */
  retryAfterSeconds?: number;
  /** Destroy the connection without answering (the client sees a connection reset). */
  reset?: boolean;
  /** Apply to this many matching requests, then remove the rule. Default: every matching request. */
  times?: number;
}

/** A rule in force, as listed by the injector. */
export interface ActiveFault {
  readonly id: string;
  readonly rule: Readonly<FaultRule>;
  /** Matching requests it has affected so far. */
  readonly hits: number;
}

/** What the request being handled is, for matching. */
export interface FaultTarget {
  api: string | undefined;
  operation: string | undefined;
  method: string;
  path: string;
  template: string | undefined;
}

/** The faults one request gets. */
export interface AppliedFault {
  latencyMs: number;
  reset: boolean;
  status: number | undefined;
  retryAfterSeconds: number | undefined;
}

const MAX_LATENCY_MS = 10 * 60 * 1000;

function check(condition: boolean, message: string): void {
  if (!condition) throw new TypeError(`fault rule: ${message}`);
}

/** Checks a rule (it may come from a JSON file or the control endpoint) and fills in the 429 default. */
export function validateFaultRule(input: unknown): FaultRule {
  check(typeof input === 'object' && input !== null && !Array.isArray(input), 'must be an object');
  const rule = { ...(input as FaultRule) };
  const known = new Set([
    'api',
    'operation',
    'method',
    'path',
    'latencyMs',
    'status',
    'retryAfterSeconds',
    'reset',
    'times',
  ]);
  for (const key of Object.keys(rule))
    check(known.has(key), `unknown field "${key}" (known: ${[...known].join(', ')})`);
  for (const key of ['api', 'operation', 'method', 'path'] as const) {
    check(
      rule[key] === undefined || (typeof rule[key] === 'string' && rule[key] !== ''),
      `${key} must be a non-empty string`,
    );
  }
  check(
    rule.latencyMs === undefined ||
      (Number.isFinite(rule.latencyMs) && rule.latencyMs >= 0 && rule.latencyMs <= MAX_LATENCY_MS),
    `latencyMs must be between 0 and ${MAX_LATENCY_MS}`,
  );
  check(
    rule.status === undefined || (Number.isInteger(rule.status) && rule.status >= 400 && rule.status <= 599),
    'status must be an HTTP error status (400-599)',
  );
  check(
    rule.retryAfterSeconds === undefined || (Number.isInteger(rule.retryAfterSeconds) && rule.retryAfterSeconds >= 0),
    'retryAfterSeconds must be a whole number of seconds',
  );
  check(rule.reset === undefined || typeof rule.reset === 'boolean', 'reset must be true or false');
  check(
    rule.times === undefined || (Number.isInteger(rule.times) && rule.times > 0),
    'times must be a positive whole number',
  );
  check(
    !(rule.reset && (rule.status !== undefined || rule.retryAfterSeconds !== undefined)),
    'reset cannot be combined with status or retryAfterSeconds',
  );
  if (rule.retryAfterSeconds !== undefined && rule.status === undefined) rule.status = 429;
  check(
    rule.latencyMs !== undefined || rule.status !== undefined || rule.reset === true,
    'give at least one of latencyMs, status, retryAfterSeconds or reset',
  );
  return rule;
}

function matches(rule: FaultRule, target: FaultTarget): boolean {
  return (
    (rule.api === undefined || rule.api === target.api) &&
    (rule.operation === undefined || rule.operation === target.operation) &&
    (rule.method === undefined || rule.method.toUpperCase() === target.method) &&
    (rule.path === undefined || rule.path === target.path || rule.path === target.template)
  );
}

export class FaultInjector {
  readonly #rules: Array<{ id: string; rule: FaultRule; hits: number }> = [];
  #nextId = 1;

  constructor(rules: readonly FaultRule[] = []) {
    for (const rule of rules) this.add(rule);
  }

  /** Adds a rule; returns its id. Later rules are applied after earlier ones. */
  add(rule: FaultRule): string {
    const id = `fault-${this.#nextId++}`;
    this.#rules.push({ id, rule: validateFaultRule(rule), hits: 0 });
    return id;
  }

  /** Removes one rule; true when it existed. */
  remove(id: string): boolean {
    const index = this.#rules.findIndex((entry) => entry.id === id);
    if (index >= 0) this.#rules.splice(index, 1);
    return index >= 0;
  }

  /** Removes every rule. */
  clear(): void {
    this.#rules.length = 0;
  }

  list(): ActiveFault[] {
    return this.#rules.map(({ id, rule, hits }) => ({ id, rule: { ...rule }, hits }));
  }

  /**
   * The faults for one request, counting it against each matching rule's `times`. Latencies add
   * up; the first rule that answers (status) or resets decides what happens after the delay.
   */
  take(target: FaultTarget): AppliedFault | undefined {
    let applied: AppliedFault | undefined;
    for (const entry of [...this.#rules]) {
      if (!matches(entry.rule, target)) continue;
      entry.hits += 1;
      if (entry.rule.times !== undefined && entry.hits >= entry.rule.times) this.remove(entry.id);
      applied ??= { latencyMs: 0, reset: false, status: undefined, retryAfterSeconds: undefined };
      applied.latencyMs += entry.rule.latencyMs ?? 0;
      if (applied.status === undefined && !applied.reset) {
        applied.reset = entry.rule.reset === true;
        applied.status = entry.rule.status;
        applied.retryAfterSeconds = entry.rule.retryAfterSeconds;
      }
    }
    return applied;
  }
}
