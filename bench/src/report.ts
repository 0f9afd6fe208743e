// What a benchmark is and returns, where its figures go and what they were measured on: the marked sections of
// docs/benchmarks.md, the machine and the commit.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { fileURLToPath } from 'node:url';

/** One benchmark's results, as the markdown that goes between its markers in docs/benchmarks.md. */
export interface BenchSection {
  /** Names the markers: `<!-- bench:ID:start -->` … `<!-- bench:ID:end -->`. */
  readonly id: string;
  /** Markdown: tables and notes computed from the run, no heading. */
  readonly body: string;
}

export interface Benchmark {
  readonly id: string;
  /** What runs, one line, printed before the benchmark starts. */
  readonly description: string;
  run(): Promise<BenchSection>;
}

const startMarker = (id: string) => `<!-- bench:${id}:start -->`;
const endMarker = (id: string) => `<!-- bench:${id}:end -->`;

/**
 * Replaces the text between a section's markers, leaving the hand-written rest of the document
 * alone; a section without markers yet is appended at the end.
 */
export function replaceSection(document: string, section: BenchSection): string {
  const start = startMarker(section.id);
  const end = endMarker(section.id);
  const block = `${start}\n${section.body.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 && to === -1) return `${document.trimEnd()}\n\n${block}\n`;
  if (from === -1 || to < from) throw new Error(`docs/benchmarks.md has broken markers for "${section.id}"`);
  return document.slice(0, from) + block + document.slice(to + end.length);
}

export async function writeSections(path: URL, sections: readonly BenchSection[]): Promise<void> {
  let document = await readFile(path, 'utf8');
  for (const section of sections) document = replaceSection(document, section);
  await writeFile(path, document);
}

/**
 * One line naming what the figures were measured on: they mean little without it. The load
 * average, read as the benchmark starts, tells whether something else was competing for the cores.
 */
export function describeMachine(now = new Date()): string {
  const processors = cpus();
  const model = processors[0]?.model.trim().replace(/\s+/g, ' ') ?? 'unknown CPU';
  const memoryGiB = (totalmem() / 2 ** 30).toFixed(1);
  return `${processors.length} cores (${model}), ${memoryGiB} GiB, ${type()} ${release()}, Node ${process.version}, ${now.toISOString().slice(0, 10)}, load average ${loadavg()[0]!.toFixed(2)} at start`;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function git(args: readonly string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/** The commit measured, e.g. "commit d1e66cc (with uncommitted changes)"; undefined outside a git checkout. */
export function describeSourceState(): string | undefined {
  const commit = git(['rev-parse', '--short', 'HEAD']);
  if (!commit) return undefined;
  const dirty = (git(['status', '--porcelain']) ?? '') !== '';
  return `commit ${commit}${dirty ? ' with uncommitted changes' : ''}`;
}
