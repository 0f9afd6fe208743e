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
