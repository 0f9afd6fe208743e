// Figures each part reports, gathered in one folder (made by the global setup) and printed together at the end so
// docs/reliability.md can be refreshed from one run's output.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Figures = Record<string, string | number | Record<string, number>>;

export const RESULTS_DIR_VARIABLE = 'DTK_RELIABILITY_RESULTS';

export function resultsDir(): string {
  const dir = process.env[RESULTS_DIR_VARIABLE];
  if (!dir) throw new Error(`${RESULTS_DIR_VARIABLE} is not set: run the suite with its vitest.config.ts`);
  return dir;
}

/** Records one part's figures; `order` sorts the parts in the summary. */
export function reportFigures(order: number, part: string, figures: Figures): void {
  writeFileSync(
    join(resultsDir(), `figures-${order}-${part.replace(/\W+/g, '-')}.json`),
    JSON.stringify({ part, figures }),
  );
}

/** A duration in seconds with one decimal, for the summary. */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
