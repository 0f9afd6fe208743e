// Client overhead: the same listAccounts request through raw fetch (the baseline), plain openapi-fetch, openapi-fetch
// with a timeout signal, and @dtk/runtime's client without and with a static token, against a real loopback server in
// another process, then in process without a network.

import { startAccountServer } from './account-server.js';
import { forkTypeScript } from './child-runs.js';
import { OPENAPI_FETCH, OPENAPI_FETCH_WITH_TIMEOUT, RAW_FETCH, variants } from './client-variants.js';
import { formatMicros, formatRatio } from './figures.js';
import type { InProcessJob, InProcessResult } from './in-process-client.js';
import type { Benchmark, BenchSection } from './report.js';
import {
  measureVariants,
  type RoundOptions,
  summarize,
  summaryTable,
  unlessSmoke,
  type VariantMeasurement,
  type VariantSummary,
} from './rounds.js';

const ROUNDS = unlessSmoke({ rounds: 10, roundMs: 350, warmupMs: 500 }, { rounds: 1, roundMs: 20, warmupMs: 0 });
const IN_PROCESS_ROUNDS = unlessSmoke(
  { sessions: 4, roundsPerSession: 5, roundMs: 250, warmupMs: 3000 },
  { sessions: 1, roundsPerSession: 1, roundMs: 20, warmupMs: 0 },
);
const CONCURRENT_IN_FLIGHT = 16;

/** The results table, ratios against `baseline` (the first client of the measurements). */
const table = (summaries: readonly VariantSummary[], baseline: string): string =>
  summaryTable(summaries, {
    headers: [
      'client',
      'req/s',
      'spread',
      'p50 latency',
      'p99 latency',
      `req/s vs. ${baseline}`,
      'client CPU/req',
      `CPU vs. ${baseline}`,
    ],
    ratio: 'throughputRatio',
  });

/** `12.3 µs more` or `4.1 µs less`. */
const moreOrLess = (micros: number): string => `${formatMicros(Math.abs(micros))} ${micros < 0 ? 'less' : 'more'}`;

/** `client` against `baseline`, paired by round: the client CPU per request it adds and its share of the throughput. */
function against(client: VariantMeasurement, baseline: VariantMeasurement, baselineName: string): string {
  const [base, other] = summarize([baseline, client]);
  if (!base || !other) return '';
  return `${moreOrLess(other.cpuMicrosPerOp - base.cpuMicrosPerOp)} client CPU per request than ${baselineName}, at ${formatRatio(other.throughputRatio)} its throughput`;
}

/**
 * One sentence per client after the first: its cost against each baseline before it among raw fetch (when measured),
 * bare openapi-fetch and openapi-fetch with a timeout signal.
 */
function addedCost(measurements: readonly VariantMeasurement[]): string {
  const baselines: [string, string][] = [
    [RAW_FETCH, 'raw fetch'],
    [OPENAPI_FETCH, 'openapi-fetch'],
    [OPENAPI_FETCH_WITH_TIMEOUT, 'openapi-fetch with a timeout signal'],
  ];
  return measurements
    .slice(1)
    .map((client) => {
      const comparisons = baselines.flatMap(([name, label]) => {
        const baseline = measurements.find((m) => m.name === name);
        return baseline && measurements.indexOf(baseline) < measurements.indexOf(client)
          ? [against(client, baseline, label)]
          : [];
      });
      return `- ${client.name}: ${comparisons.join('; ')}.`;
    })
    .join('\n');
}

/**
 * The client code alone (see in-process-client.ts), each openapi-fetch-based client in a process of its own:
 * `sessions` times, rotating which client goes first, a fresh process per client warms up and measures
 * `roundsPerSession` rounds, so rounds stay paired by session and order.
 */
async function measureInProcess(concurrency: number): Promise<VariantMeasurement[]> {
  const { sessions, roundsPerSession, roundMs, warmupMs } = IN_PROCESS_ROUNDS;
  const clients = variants('http://127.0.0.1:9').slice(1); // raw fetch has no client code to measure
  const measurements: VariantMeasurement[] = clients.map(({ name }) => ({ name, rounds: [], latenciesMs: [] }));
  for (let session = 0; session < sessions; session += 1) {
    for (let step = 0; step < clients.length; step += 1) {
      const index = (session + step) % clients.length;
      const job: InProcessJob = { variant: index + 1, concurrency, rounds: roundsPerSession, roundMs, warmupMs };
      const result = await runInOwnProcess(job);
      const measurement = measurements[index];
      measurement?.rounds.push(...result.rounds);
      measurement?.latenciesMs.push(...result.latenciesMs);
    }
  }
  return measurements;
}

function runInOwnProcess(job: InProcessJob): Promise<InProcessResult> {
  const child = forkTypeScript(new URL('./in-process-client.ts', import.meta.url), [JSON.stringify(job)]);
  return new Promise((resolve, reject) => {
    let result: InProcessResult | undefined;
    child.once('message', (message) => {
      result = message as InProcessResult;
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      result ? resolve(result) : reject(new Error(`in-process client ${job.variant} exited (code ${code})`)),
    );
  });
}

async function measure(baseUrl: string, concurrency: number): Promise<VariantMeasurement[]> {
  const options: RoundOptions = { ...ROUNDS, concurrency };
  return measureVariants(variants(baseUrl), options);
}

export const clientOverhead: Benchmark = {
  id: 'client-overhead',
  description: `client overhead: GET ${'/users/{userId}/accounts'} over loopback, sequential and ${CONCURRENT_IN_FLIGHT} in flight`,
  async run(): Promise<BenchSection> {
    const server = await startAccountServer();
    try {
      const sequential = await measure(server.url, 1);
      const concurrent = await measure(server.url, CONCURRENT_IN_FLIGHT);
      const inProcess = await measureInProcess(1);
      const inProcessConcurrent = await measureInProcess(CONCURRENT_IN_FLIGHT);
      const inProcessTable = (measurements: readonly VariantMeasurement[]) =>
        table(summarize(measurements), 'openapi-fetch');
      const body = [
        `${ROUNDS.rounds} interleaved rounds of ${ROUNDS.roundMs} ms per client after ${ROUNDS.warmupMs} ms of warm-up; ` +
          'the server runs in a child process, so "client CPU/req" is the client process alone.',
        '',
        '**Sequential (one request in flight)**',
        '',
        table(summarize(sequential), 'raw'),
        '',
        addedCost(sequential),
        '',
        `**${CONCURRENT_IN_FLIGHT} requests in flight**`,
        '',
        table(summarize(concurrent), 'raw'),
        '',
        addedCost(concurrent),
        '',
        `**In process, no network** (fetch answers from memory; each client in a process of its own, ${IN_PROCESS_ROUNDS.sessions} processes per client, each ${IN_PROCESS_ROUNDS.warmupMs} ms of warm-up then ${IN_PROCESS_ROUNDS.roundsPerSession} rounds of ${IN_PROCESS_ROUNDS.roundMs} ms): the clients' own CPU, one request in flight, then ${CONCURRENT_IN_FLIGHT}`,
        '',
        inProcessTable(inProcess),
        '',
        addedCost(inProcess),
        '',
        inProcessTable(inProcessConcurrent),
        '',
        addedCost(inProcessConcurrent),
      ].join('\n');
      // One section per Node major: the platform's fetch and AbortSignal costs differ between them.
      return { id: `${this.id}-node${process.versions.node.split('.')[0]}`, body };
    } finally {
      await server.close();
    }
  },
};
