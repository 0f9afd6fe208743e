// Client overhead: the same listAccounts request through raw fetch (the baseline), plain
// openapi-fetch, and @dtk/runtime's client without and with a static token, against a real
// loopback server in another process.
import { randomBytes } from 'node:crypto';
import type { components, paths } from '@dtk/consumer-api-types';
import { createApiClient } from '@dtk/runtime';
import createClient from 'openapi-fetch';
import { ACCOUNT_LIST, assertAccountList, startAccountServer, USER_ID } from './account-server.js';
import { formatMicros, formatRatio } from './format.js';
import {
  measureVariants,
  type RoundOptions,
  summarize,
  summaryTable,
  type Variant,
  type VariantMeasurement,
  type VariantSummary,
} from './rounds.js';
import type { Benchmark, BenchSection } from './section.js';

const ROUNDS = { rounds: 10, roundMs: 350, warmupMs: 500 } as const;
const IN_PROCESS_ROUNDS = { rounds: 20, roundMs: 250, warmupMs: 500 } as const;
const CONCURRENT_IN_FLIGHT = 16;

function variants(baseUrl: string): Variant[] {
  const params = { path: { userId: USER_ID } };
  const path = '/users/{userId}/accounts';
  const openapiFetch = createClient<paths>({ baseUrl });
  // Runtime defaults: 2 retries with backoff, 60 s per-attempt timeout; no logger.
  const runtime = createApiClient<paths>({ baseUrl });
  const runtimeWithToken = createApiClient<paths>({ baseUrl, accessToken: randomBytes(32).toString('base64url') });
  const rawUrl = `${baseUrl}/users/${encodeURIComponent(USER_ID)}/accounts`;
  return [
    {
      name: 'raw `fetch` + `res.json()` (baseline)',
      run: async () => {
        const response = await fetch(rawUrl);
        if (!response.ok) throw new Error(`status ${response.status}`);
        assertAccountList((await response.json()) as components['schemas']['AccountList']);
      },
    },
    {
      name: 'openapi-fetch 0.17.0 `createClient`',
      run: async () => assertAccountList((await openapiFetch.GET(path, { params })).data),
    },
    {
      name: '@dtk/runtime `createApiClient`',
      run: async () => assertAccountList((await runtime.GET(path, { params })).data),
    },
    {
      name: '@dtk/runtime + static `accessToken`',
      run: async () => assertAccountList((await runtimeWithToken.GET(path, { params })).data),
    },
  ];
}

const table = (summaries: readonly VariantSummary[]): string =>
  summaryTable(summaries, {
    headers: [
      'client',
      'req/s',
      'spread',
      'p50 latency',
      'p99 latency',
      'req/s vs. raw',
      'client CPU/req',
      'CPU vs. raw',
    ],
    ratio: 'throughputRatio',
  });

/**
 * One sentence per client built on openapi-fetch: its added client CPU per request over raw fetch, and over bare
 * openapi-fetch with its throughput as a share of openapi-fetch's (both paired by round, from the same run).
 */
function addedCost(measurements: readonly VariantMeasurement[]): string {
  const overRaw = summarize(measurements);
  const overOpenapiFetch = summarize(measurements.slice(1));
  const raw = overRaw[0];
  const bare = overOpenapiFetch[0];
  if (!raw || !bare) return '';
  return overRaw
    .slice(1)
    .map((s, index) => {
      const vsBare = overOpenapiFetch[index];
      const line = `- ${s.name}: ${formatMicros(s.cpuMicrosPerOp - raw.cpuMicrosPerOp)} more client CPU per request than raw fetch`;
      return index === 0 || !vsBare
        ? `${line}.`
        : `${line}; ${formatMicros(vsBare.cpuMicrosPerOp - bare.cpuMicrosPerOp)} more than openapi-fetch, at ${formatRatio(vsBare.throughputRatio)} its throughput.`;
    })
    .join('\n');
}

/**
 * The client code alone: `globalThis.fetch` replaced by one that does what undici does first (a Request from the
 * input and init, so a signal passed is followed) and answers the account list from memory. No socket and no server,
 * so the CPU per request is the clients' own, and the difference between two clients is what one adds over the other
 * without the noise of the network stack.
 */
async function measureInProcess(concurrency: number): Promise<VariantMeasurement[]> {
  const body = JSON.stringify(ACCOUNT_LIST);
  const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
  const platformFetch = globalThis.fetch;
  globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    new Request(input, init);
    return new Response(body, { status: 200, headers });
  };
  try {
    const baseUrl = 'http://127.0.0.1:9/a/consumer/api/v0';
    const inMemory = variants(baseUrl).slice(1);
    return await measureVariants(inMemory, { ...IN_PROCESS_ROUNDS, concurrency });
  } finally {
    globalThis.fetch = platformFetch;
  }
}

/** Added client CPU per request and throughput, each runtime variant against bare openapi-fetch (the first). */
function addedOverOpenapiFetch(measurements: readonly VariantMeasurement[]): string {
  const summaries = summarize(measurements);
  const bare = summaries[0];
  if (!bare) return '';
  return summaries
    .slice(1)
    .map(
      (s) =>
        `- ${s.name}: ${formatMicros(s.cpuMicrosPerOp - bare.cpuMicrosPerOp)} more client CPU per request than openapi-fetch, at ${formatRatio(s.throughputRatio)} its throughput.`,
    )
    .join('\n');
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
        summaryTable(summarize(measurements), {
          headers: [
            'client',
            'req/s',
            'spread',
            'p50 latency',
            'p99 latency',
            'req/s vs. openapi-fetch',
            'client CPU/req',
            'CPU vs. openapi-fetch',
          ],
          ratio: 'throughputRatio',
        });
      const body = [
        `${ROUNDS.rounds} interleaved rounds of ${ROUNDS.roundMs} ms per client after ${ROUNDS.warmupMs} ms of warm-up; ` +
          'the server runs in a child process, so "client CPU/req" is the client process alone.',
        '',
        '**Sequential (one request in flight)**',
        '',
        table(summarize(sequential)),
        '',
        addedCost(sequential),
        '',
        `**${CONCURRENT_IN_FLIGHT} requests in flight**`,
        '',
        table(summarize(concurrent)),
        '',
        addedCost(concurrent),
        '',
        `**In process, no network** (fetch answers from memory; ${IN_PROCESS_ROUNDS.rounds} rounds of ${IN_PROCESS_ROUNDS.roundMs} ms): the clients' own CPU, one request in flight, then ${CONCURRENT_IN_FLIGHT}`,
        '',
        inProcessTable(inProcess),
        '',
        addedOverOpenapiFetch(inProcess),
        '',
        inProcessTable(inProcessConcurrent),
        '',
        addedOverOpenapiFetch(inProcessConcurrent),
      ].join('\n');
      // One section per Node major: the platform's fetch and AbortSignal costs differ between them.
      return { id: `${this.id}-node${process.versions.node.split('.')[0]}`, body };
    } finally {
      await server.close();
    }
  },
};
