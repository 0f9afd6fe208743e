// Progress lines: one per API and step with its duration, aligned in columns.

export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export function formatStep(api: string, step: string, milliseconds: number): string {
  return `${api.padEnd(18)} ${step.padEnd(9)} ${String(Math.round(milliseconds)).padStart(5)} ms`;
}

/** Runs one step and reports its duration; the duration is reported even when the step fails. */
export async function timed<T>(output: Output, api: string, step: string, run: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    return await run();
  } finally {
    output.out(formatStep(api, step, performance.now() - started));
  }
}
