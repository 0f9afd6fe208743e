// 10,000 requests through a Consumer API client against a server that injects faults on a seeded plan: every request
// ends as the runtime's documented behaviour predicts (success, or the typed error for its last fault) within its
// deadline; the server received exactly the predicted attempts (so no POST without an Idempotency-Key was sent
// twice); no call is left pending; and the heap after the run stays within 1.2× the heap after warm-up.
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  API_ERROR_CODES,
  type ConsumerApiClient,
  createConsumerApiClient,
  getAttempts,
  isApiError,
  unwrap,
} from '@dtk/consumer-api';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { captureOutput, nextMessage } from './support/children.js';
import { type Fault, FaultPlanner, type PlannedRequest, predictOutcome } from './support/fault-plans.js';
import { capturingLogger, recordError, seeSecret } from './support/hygiene.js';
import { reportFigures, seconds } from './support/results.js';

const REQUESTS = 10_000;
const WARM_UP_REQUESTS = 1_000;
const CONCURRENCY = 48;
// Generous: on a shared 2-core machine the event loop can stall for most of a second, and a stalled loop runs
// due timers before the I/O that was ready in time.
const TIMEOUT_MS = 3_000;
/** Past the timeout, by enough that a busy machine cannot make a slow answer look like a quick one. */
const SLOW_MS = 4_500;
const MAX_ATTEMPTS = 3;
const RETRY = { maxRetries: MAX_ATTEMPTS - 1, baseDelayMs: 5, maxDelayMs: 25, maxRetryAfterMs: 1_000 } as const;
/** Besides its attempts' timeouts, a request may spend this long in backoff, Retry-After and ordinary latency. */
const SLACK_MS = 5_000;
const USER_ID = '5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93';
const SEED = process.env.DTK_FAULTS_SEED ? Number(process.env.DTK_FAULTS_SEED) : Date.now() % 2 ** 31;
const ACCESS_TOKEN = `soak.${crypto.randomUUID()}.${crypto.randomUUID().replaceAll('-', '')}`;

interface ServerReport {
  arrivals: Record<string, number>;
  duplicatedUnkeyedPosts: string[];
  served: Record<string, number>;
  credentials: string[];
}

interface PhaseStats {
  started: number;
  settled: number;
  outcomes: Record<string, number>;
  /** Faults the plans put on attempts that were actually made: what the server should have served. */
  faultsReached: Record<string, number>;
  untyped: string[];
  mismatches: string[];
  overDeadline: number;
  slowestMs: number;
  predictedAttempts: Map<string, number>;
}

let server: ChildProcess;
let client: ConsumerApiClient;

beforeAll(async () => {
  server = fork(fileURLToPath(new URL('./support/fault-server.mjs', import.meta.url)), [String(SLOW_MS)], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  captureOutput(server, 'fault-server');
  const { port } = await nextMessage<{ port: number }>(server, 'listening');
  client = createConsumerApiClient({
    baseUrl: `http://127.0.0.1:${port}/a/consumer/api/v0`,
    accessToken: ACCESS_TOKEN,
    retry: RETRY,
    timeoutMs: TIMEOUT_MS,
    logger: capturingLogger(),
  });
});

afterAll(() => {
  server?.send({ type: 'stop' });
  server?.kill();
});

function send(request: PlannedRequest) {
  const headers: Record<string, string> = { 'x-soak-id': request.id, 'x-fault-plan': request.faults.join(',') };
  const params = { path: { userId: USER_ID } };
  if (request.method === 'GET') return client.GET('/users/{userId}/accounts', { params, headers });
  if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;
  const body = {
    payeeId: 'f3a5c7e9-1d4b-4f6a-9b8c-2d4e6f8a0cf2',
    accountId: '7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21',
    amount: '64.18',
    processDate: '2026-03-03',
  };
  return client.POST('/users/{userId}/payments', { params, headers, body });
}

async function runOne(request: PlannedRequest, stats: PhaseStats): Promise<void> {
  const predicted = predictOutcome(request, MAX_ATTEMPTS);
  stats.predictedAttempts.set(request.id, predicted.attempts);
  for (const fault of request.faults.slice(0, predicted.attempts)) {
    stats.faultsReached[fault] = (stats.faultsReached[fault] ?? 0) + 1;
  }
  const deadline = predicted.attempts * TIMEOUT_MS + SLACK_MS;
  const started = performance.now();
  stats.started += 1;
  let outcome: string;
  let attempts: number | undefined;
  try {
    const result = await send(request);
    attempts = getAttempts(result);
    await unwrap(result);
    outcome = 'ok';
  } catch (error) {
    recordError(error);
    if (isApiError(error) && Object.values(API_ERROR_CODES).includes(error.code)) {
      outcome = error.code;
      attempts = error.attempts;
    } else {
      outcome = 'untyped';
      stats.untyped.push(`${request.id}: ${error instanceof Error ? error.name : typeof error}`);
    }
  } finally {
    stats.settled += 1;
  }
  const elapsed = performance.now() - started;
  stats.slowestMs = Math.max(stats.slowestMs, elapsed);
  if (elapsed > deadline) stats.overDeadline += 1;
  stats.outcomes[outcome] = (stats.outcomes[outcome] ?? 0) + 1;
  if ((outcome !== predicted.outcome || attempts !== predicted.attempts) && stats.mismatches.length < 20) {
    stats.mismatches.push(
      `${request.id} ${request.method}${request.idempotencyKey ? ' keyed' : ''} [${request.faults.join(',')}]: ` +
        `expected ${predicted.outcome} after ${predicted.attempts}, got ${outcome} after ${attempts}`,
    );
  }
}

async function runPhase(planner: FaultPlanner, count: number, phase: string): Promise<PhaseStats> {
  const stats: PhaseStats = {
    started: 0,
    settled: 0,
    outcomes: {},
    faultsReached: {},
    untyped: [],
    mismatches: [],
    overDeadline: 0,
    slowestMs: 0,
    predictedAttempts: new Map(),
  };
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      await runOne(planner.next(index, phase), stats);
    }
  };
  const workers = Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // Every call must settle: a watchdog far past any deadline turns a hang into a failure with figures.
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([
    workers,
    new Promise<void>((resolve) => {
      watchdog = setTimeout(resolve, 200_000);
    }),
  ]);
  clearTimeout(watchdog);
  return stats;
}

async function collectedHeap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (vitest.config.ts sets it)');
  for (let round = 0; round < 3; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return process.memoryUsage().heapUsed;
}

async function serverReport(): Promise<ServerReport> {
  const report = nextMessage<ServerReport>(server, 'report');
  server.send({ type: 'report' });
  return report;
}

it(`${REQUESTS} requests under injected faults end as predicted, in time, once each, without growth`, async () => {
  const planner = new FaultPlanner(SEED);
  console.log(`soak seed ${SEED} (DTK_FAULTS_SEED=${SEED} repeats this run)`);
  const warmStarted = performance.now();
  const warmUp = await runPhase(planner, WARM_UP_REQUESTS, 'warm');
  expect(warmUp.settled).toBe(warmUp.started);
  const warmMs = performance.now() - warmStarted;
  server.send({ type: 'reset' });
  const heapAfterWarmUp = await collectedHeap();

  const soakStarted = performance.now();
  const soak = await runPhase(planner, REQUESTS, 'soak');
  const soakMs = performance.now() - soakStarted;
  const heapAtEnd = await collectedHeap();
  const report = await serverReport();
  for (const credential of report.credentials) seeSecret('access token (received by the server)', credential);
  seeSecret('access token (received by the server)', ACCESS_TOKEN);

  let arrivalMismatches = 0;
  for (const [id, predicted] of soak.predictedAttempts) if (report.arrivals[id] !== predicted) arrivalMismatches += 1;
  const ratio = heapAtEnd / heapAfterWarmUp;
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
  reportFigures(1, 'soak', {
    seed: SEED,
    'requests (after a warm-up of 1,000)': soak.started,
    settled: soak.settled,
    concurrency: CONCURRENCY,
    'per-attempt timeout': `${TIMEOUT_MS} ms (slow answers ${SLOW_MS} ms)`,
    'faults injected (served by the server)': report.served,
    'outcomes (ok or error code)': soak.outcomes,
    'outcomes differing from the prediction': soak.mismatches.length,
    'requests whose server arrivals differ from the prediction': arrivalMismatches,
    'POSTs without Idempotency-Key received twice': report.duplicatedUnkeyedPosts.length,
    'requests past their deadline': soak.overDeadline,
    'slowest request': `${Math.round(soak.slowestMs)} ms`,
    'heap after warm-up': mb(heapAfterWarmUp),
    'heap at end': mb(heapAtEnd),
    'heap ratio': ratio.toFixed(3),
    'warm-up duration': seconds(warmMs),
    'soak duration': seconds(soakMs),
  });

  expect(soak.settled).toBe(soak.started);
  expect(soak.started).toBe(REQUESTS);
  expect(soak.untyped).toEqual([]);
  expect(soak.mismatches).toEqual([]);
  expect(arrivalMismatches).toBe(0);
  expect(report.duplicatedUnkeyedPosts).toEqual([]);
  expect(soak.overDeadline).toBe(0);
  // The server served exactly the faults the plans put on the attempts that were made.
  const servedFaults = Object.fromEntries(Object.entries(report.served).filter(([fault]) => fault !== 'ok'));
  expect(servedFaults).toEqual(soak.faultsReached as Record<Fault, number>);
  expect(ratio).toBeLessThanOrEqual(1.2);
});
