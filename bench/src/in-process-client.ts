// One client of the client-overhead benchmark measured in a process of its own (forked by client-overhead.ts):
// `globalThis.fetch` is replaced by one that does what undici does first (a Request from the input and init, so a
// signal passed is followed) and answers the account list from memory. No socket and no server, so the CPU per
// request is the client's own; a process per client keeps one client's garbage and JIT state out of another's figures.
import { ACCOUNT_LIST } from './account-server.js';
import { variants } from './client-variants.js';
import { type RoundSample, runFor } from './rounds.js';

export interface InProcessJob {
  readonly variant: number;
  readonly concurrency: number;
  readonly rounds: number;
  readonly roundMs: number;
  readonly warmupMs: number;
}

export interface InProcessResult {
  readonly rounds: RoundSample[];
  readonly latenciesMs: number[];
}

const job = JSON.parse(process.argv[2] ?? '{}') as InProcessJob;
const body = JSON.stringify(ACCOUNT_LIST);
const headers = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  new Request(input, init);
  return new Response(body, { status: 200, headers });
};
const variant = variants('http://127.0.0.1:9/a/consumer/api/v0')[job.variant];
if (!variant) throw new Error(`no client variant ${job.variant}`);
await runFor(variant.run, job.warmupMs, job.concurrency);
const result: InProcessResult = { rounds: [], latenciesMs: [] };
for (let round = 0; round < job.rounds; round += 1)
  result.rounds.push(await runFor(variant.run, job.roundMs, job.concurrency, result.latenciesMs));
process.send?.(result);
