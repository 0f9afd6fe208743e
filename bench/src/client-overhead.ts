// Client overhead: the same listAccounts request through raw fetch (the baseline), plain
// openapi-fetch, and @dtk/runtime's client without and with a static token, against a real
// loopback server in another process.
import { randomBytes } from 'node:crypto';
import type { components, paths } from '@dtk/consumer-api-types';
import { createApiClient } from '@dtk/runtime';
import createClient from 'openapi-fetch';
import { assertAccountList, startAccountServer, USER_ID } from './account-server.js';
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
      ].join('\n');
      return { id: this.id, body };
    } finally {
      await server.close();
    }
  },
};
