// Code generation, three measurements, each side by side in one run:
// 1. `generate <api>` on a 3 MB, 330-operation synthetic 3.1 description (see generate-description.ts) against the three
//    bare tools run one after another on the same file (`redocly lint`, `redocly bundle`, `openapi-typescript`); the
//    pipeline's own type-check of its output is reported beside it and left out of the ratio (the bare tools have none).
// 2. `generate` on 100, 1,000 and 5,000 operations: wall time and peak memory, with a least-squares line through them.
// 3. What a consumer pays: `tsc --noEmit` on a file of 20 typed calls against the Consumer API, through @dtk/runtime's
//    client and through bare openapi-fetch over the same `paths`.
// Every command runs as a child process; wall time from spawn to exit.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDuration, formatRatio, markdownTable, median } from './figures.js';
import { syntheticDescription } from './generate-description.js';
import type { Benchmark, BenchSection } from './report.js';
import { unlessSmoke } from './rounds.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'scripts', 'bin', 'dtk-specs.js');
const scriptsRequire = createRequire(join(ROOT, 'scripts', 'package.json'));
const REDOCLY = join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const OPENAPI_TS = join(scriptsRequire.resolve('openapi-typescript'), '..', '..', 'bin', 'cli.js');
const TSC = scriptsRequire.resolve('typescript/bin/tsc');
const PLAN = unlessSmoke(
  { comparisonOperations: 330, comparisonRounds: 3, scaleSizes: [100, 1_000, 5_000], typecheckRounds: 5 },
  { comparisonOperations: 20, comparisonRounds: 1, scaleSizes: [10, 20, 30], typecheckRounds: 1 },
);

interface Run {
  readonly wallMs: number;
  readonly exitCode: number | null;
  readonly stdout: string;
  /** Peak resident set of the child, KiB (from the child's own resource usage). */
  readonly maxRssKiB: number;
  /** CPU time of the child (user + system, ms): the steadier figure when other processes share the cores. */
  readonly cpuMs: number;
}

/** Runs `node args…` and times it; the child reports its own peak RSS and CPU time on exit. */
function runNode(args: readonly string[], cwd: string): Promise<Run> {
  const usageHook = [
    '--import',
    "data:text/javascript,process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nmaxRSS='+u.maxRSS+' cpu='+(u.userCPUTime+u.systemCPUTime)+'\\n')})",
  ];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...usageHook, ...args], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (exitCode) => {
      const usage = /maxRSS=(\d+) cpu=(\d+)/.exec(stderr);
      resolve({
        wallMs: performance.now() - started,
        exitCode,
        stdout,
        maxRssKiB: Number(usage?.[1] ?? Number.NaN),
        cpuMs: Number(usage?.[2] ?? Number.NaN) / 1000,
      });
    });
  });
}

/** A workspace with one imported API (`recommended` rules, as an imported description would have). */
function workspaceWith(description: string): { root: string; args: string[]; file: string } {
  const root = join(tmpdir(), `dtk-bench-generate-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const specDir = join(root, 'specs', 'big');
  mkdirSync(specDir, { recursive: true });
  mkdirSync(join(root, 'packages', 'big-types'), { recursive: true });
  writeFileSync(join(root, 'packages', 'big-types', 'package.json'), '{ "name": "@dtk/big-types" }\n');
  const file = join(specDir, 'openapi.yaml');
  writeFileSync(file, description);
  writeFileSync(join(specDir, 'redocly.yaml'), 'extends:\n  - recommended\nx-dtk:\n  title: Big\n');
  return {
    root,
    file,
    args: [
      CLI,
      'generate',
      'big',
      '--force',
      '--specs-root',
      join(root, 'specs'),
      '--packages-root',
      join(root, 'packages'),
    ],
  };
}

function stepMs(run: Run, step: string): number {
  const match = new RegExp(`^big\\s+${step}\\s+(\\d+) ms$`, 'm').exec(run.stdout);
  return match ? Number(match[1]) : Number.NaN;
}

async function compareWithBareTools(): Promise<string> {
  const description = syntheticDescription(PLAN.comparisonOperations);
  const { root, file, args } = workspaceWith(description);
  const out = join(root, 'bare');
  mkdirSync(out);
  const bare = [
    [REDOCLY, 'lint', file, '--extends', 'recommended', '--format', 'summary'],
    [REDOCLY, 'bundle', file, '-o', join(out, 'bundled.json')],
    [OPENAPI_TS, join(out, 'bundled.json'), '-o', join(out, 'schema.ts')],
  ];
  const pipeline: Run[] = [];
  const tools: Run[][] = [];
  await runNode(args, root); // warm-up: disk cache, the pipeline's first compile
  for (let round = 0; round < PLAN.comparisonRounds; round += 1) {
    // alternate which goes first, so drift spreads over both
    const runPipeline = async () => pipeline.push(await runNode(args, root));
    const runBare = async () => {
      const runs: Run[] = [];
      for (const command of bare) runs.push(await runNode(command, root));
      tools.push(runs);
    };
    if (round % 2 === 0) await runPipeline().then(runBare);
    else await runBare().then(runPipeline);
  }
  rmSync(root, { recursive: true, force: true });
  const failed = [...pipeline, ...tools.flat()].filter((run) => run.exitCode !== 0 && run.exitCode !== 1);
  const pipelineWall = median(pipeline.map((run) => run.wallMs));
  const pipelineCpu = median(pipeline.map((run) => run.cpuMs));
  const typecheck = median(pipeline.map((run) => stepMs(run, 'typecheck')));
  // the type-check step is nearly all CPU: its share of the wall time, applied to the CPU time
  const typecheckCpu = median(pipeline.map((run) => (run.cpuMs * stepMs(run, 'typecheck')) / run.wallMs));
  const bareWall = median(tools.map((runs) => runs.reduce((sum, run) => sum + run.wallMs, 0)));
  const bareCpu = median(tools.map((runs) => runs.reduce((sum, run) => sum + run.cpuMs, 0)));
  const toolMedian = (index: number) => median(tools.map((runs) => runs[index]!.wallMs));
  const steps = ['parse', 'join', 'bundle', 'lint', 'maps', 'typegen', 'typecheck', 'write']
    .map((step) => `${step} ${Math.round(median(pipeline.map((run) => stepMs(run, step))))}`)
    .join(' · ');
  return [
    `**${(description.length / 1e6).toFixed(2)} MB, ${PLAN.comparisonOperations} operations** (synthetic OpenAPI 3.1 YAML; ${PLAN.comparisonRounds} rounds after a warm-up, alternating which goes first):`,
    '',
    markdownTable(
      ['command', 'median wall time', 'vs. bare tools', 'median CPU time', 'vs. bare tools'],
      [
        [
          'bare tools, one after another: `redocly lint` + `redocly bundle` + `openapi-typescript`',
          formatDuration(bareWall),
          formatRatio(1),
          formatDuration(bareCpu),
          formatRatio(1),
        ],
        [
          `  of which \`redocly lint\` / \`redocly bundle\` / \`openapi-typescript\``,
          `${formatDuration(toolMedian(0))} / ${formatDuration(toolMedian(1))} / ${formatDuration(toolMedian(2))}`,
          '',
          '',
          '',
        ],
        [
          '`dtk-specs generate big` (whole run)',
          formatDuration(pipelineWall),
          formatRatio(pipelineWall / bareWall),
          formatDuration(pipelineCpu),
          formatRatio(pipelineCpu / bareCpu),
        ],
        [
          '`dtk-specs generate big` less its type-check step',
          formatDuration(pipelineWall - typecheck),
          `**${formatRatio((pipelineWall - typecheck) / bareWall)}**`,
          formatDuration(pipelineCpu - typecheckCpu),
          `**${formatRatio((pipelineCpu - typecheckCpu) / bareCpu)}**`,
        ],
        [
          '  its type-check of the generated TypeScript',
          formatDuration(typecheck),
          '',
          formatDuration(typecheckCpu),
          '',
        ],
      ],
    ),
    '',
    `Pipeline steps (median ms): ${steps}.${failed.length > 0 ? ` **${failed.length} runs failed.**` : ''}`,
  ].join('\n');
}

/** Least squares y = a + b·x, with R². */
function linearFit(xs: readonly number[], ys: readonly number[]): { a: number; b: number; r2: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  const sxy = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  const b = sxy / sxx;
  const a = my - b * mx;
  const ssRes = ys.reduce((s, y, i) => s + (y - (a + b * xs[i]!)) ** 2, 0);
  const ssTot = ys.reduce((s, y) => s + (y - my) ** 2, 0);
  return { a, b, r2: 1 - ssRes / ssTot };
}

async function scale(): Promise<string> {
  const rows: string[][] = [];
  const times: number[] = [];
  const cpu: number[] = [];
  const memory: number[] = [];
  for (const operations of PLAN.scaleSizes) {
    const description = syntheticDescription(operations, false);
    const { root, args } = workspaceWith(description);
    const run = await runNode(args, root);
    rmSync(root, { recursive: true, force: true });
    times.push(run.wallMs);
    memory.push(run.maxRssKiB / 1024);
    cpu.push(run.cpuMs);
    rows.push([
      String(operations),
      `${(description.length / 1e6).toFixed(1)} MB`,
      formatDuration(run.wallMs),
      formatDuration(run.cpuMs),
      formatDuration(stepMs(run, 'typecheck')),
      `${Math.round(run.maxRssKiB / 1024)} MiB`,
      String(run.exitCode),
    ]);
  }
  const time = linearFit([...PLAN.scaleSizes], times);
  const cpuFit = linearFit([...PLAN.scaleSizes], cpu);
  const rss = linearFit([...PLAN.scaleSizes], memory);
  return [
    markdownTable(
      ['operations', 'description', 'wall time', 'CPU time', 'of which type-check (wall)', 'peak RSS', 'exit'],
      rows,
    ),
    '',
    `Linear fit, wall time: ${formatDuration(time.a)} + ${(time.b).toFixed(2)} ms per operation (R² ${time.r2.toFixed(3)}); ` +
      `CPU time: ${formatDuration(cpuFit.a)} + ${cpuFit.b.toFixed(2)} ms per operation (R² ${cpuFit.r2.toFixed(3)}); ` +
      `peak memory: ${Math.round(rss.a)} MiB + ${(rss.b * 1024).toFixed(0)} KiB per operation (R² ${rss.r2.toFixed(3)}).`,
  ].join('\n');
}

/** 20 typed GET calls against the Consumer API, with every required path and query parameter set. */
function consumerCalls(): string[] {
  const openapi = JSON.parse(
    readFileSync(join(ROOT, 'packages', 'consumer-api-types', 'src', 'generated', 'openapi.json'), 'utf8'),
  );
  const gets: string[] = [];
  for (const [path, item] of Object.entries<Record<string, any>>(openapi.paths)) {
    if (!item['get']) continue;
    const parameters: any[] = [...(item['parameters'] ?? []), ...(item['get'].parameters ?? [])].map((p) =>
      p.$ref ? openapi.components.parameters[p.$ref.split('/').pop()] : p,
    );
    const value = (p: any) =>
      p.schema?.type === 'integer' || p.schema?.type === 'number' ? '1' : p.schema?.type === 'boolean' ? 'true' : "'x'";
    const group = (where: string) =>
      parameters
        .filter((p) => p.in === where && (where === 'path' || p.required))
        .map((p) => `${JSON.stringify(p.name)}: ${value(p)}`)
        .join(', ');
    const params = [
      ['path', group('path')],
      ['query', group('query')],
    ]
      .filter(([, fields]) => fields)
      .map(([where, fields]) => `${where}: { ${fields} }`)
      .join(', ');
    gets.push(
      `  { const { data } = await client.GET(${JSON.stringify(path)}, { params: { ${params} } }); results.push(data); }`,
    );
  }
  return Array.from({ length: 20 }, (_, index) => gets[index % gets.length]!);
}

async function consumerTypecheckCost(): Promise<string> {
  const dir = join(ROOT, 'bench', '.tmp', 'typecheck-cost');
  rmSync(dir, { recursive: true, force: true });
  const calls = consumerCalls().join('\n');
  const variants = {
    'bare openapi-fetch `createClient<paths>`':
      "import createClient from 'openapi-fetch';\nconst client = createClient<paths>({ baseUrl: 'https://digital.garden-fi.com' });",
    '@dtk/runtime `createApiClient<paths>` with the generated maps':
      "import { createApiClient } from '@dtk/runtime';\nimport { operationRoutes, operationScopes } from '@dtk/consumer-api-types';\nconst client = createApiClient<paths>({ baseUrl: 'https://digital.garden-fi.com', operations: { routes: operationRoutes, scopes: operationScopes } });",
  };
  const projects = Object.entries(variants).map(([name, setup], index) => {
    const project = join(dir, String(index));
    mkdirSync(project, { recursive: true });
    writeFileSync(
      join(project, 'calls.ts'),
      `import type { paths } from '@dtk/consumer-api-types';\n${setup}\nconst results: unknown[] = [];\nexport async function run(): Promise<unknown[]> {\n${calls}\n  return results;\n}\n`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../../tsconfig.base.json',
        compilerOptions: { noEmit: true, types: [] },
        include: ['calls.ts'],
      }),
    );
    // proves the file compiles before it is timed
    execFileSync(process.execPath, [TSC, '-p', project], { stdio: 'pipe' });
    return { name, project, runs: [] as number[], cpu: [] as number[] };
  });
  for (let round = 0; round < PLAN.typecheckRounds; round += 1) {
    for (const project of round % 2 === 0 ? projects : [...projects].reverse()) {
      const run = await runNode([TSC, '-p', project.project], ROOT);
      project.runs.push(run.wallMs);
      project.cpu.push(run.cpuMs);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  const baseline = median(projects[0]!.runs);
  const baselineCpu = median(projects[0]!.cpu);
  return markdownTable(
    ['20 typed calls, `tsc --noEmit`', 'median wall', 'vs. bare openapi-fetch', 'median CPU', 'vs. bare openapi-fetch'],
    projects.map(({ name, runs, cpu }) => [
      name,
      formatDuration(median(runs)),
      formatRatio(median(runs) / baseline),
      formatDuration(median(cpu)),
      formatRatio(median(cpu) / baselineCpu),
    ]),
  );
}

export const generate: Benchmark = {
  id: 'generate',
  description:
    'code generation: generate vs the bare tools (3 MB), scale 100–5,000 operations, consumer type-check cost',
  async run(): Promise<BenchSection> {
    const comparison = await compareWithBareTools();
    const scaling = await scale();
    const consumer = await consumerTypecheckCost();
    const body = [
      comparison,
      '',
      `**Scale** (synthetic descriptions with core fields only, one run each):`,
      '',
      scaling,
      '',
      `**Consumer type-check cost** (${PLAN.typecheckRounds} runs each, alternating):`,
      '',
      consumer,
    ].join('\n');
    return { id: this.id, body };
  },
};
