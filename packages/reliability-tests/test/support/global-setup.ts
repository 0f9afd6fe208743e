// Makes the folder the parts report into, and prints every part's figures when the run ends.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Figures, RESULTS_DIR_VARIABLE } from './results.js';

function formatValue(value: Figures[string]): string {
  if (typeof value !== 'object') return String(value);
  return Object.entries(value)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'dtk-reliability-'));
  process.env[RESULTS_DIR_VARIABLE] = dir;
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  return () => {
    const files = readdirSync(dir)
      .filter((name) => name.startsWith('figures-'))
      .sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));
    const lines = [
      '',
      '::: reliability summary',
      `Node ${process.version}, ${availableParallelism()} cores, load average ${loadAtStart.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
    ];
    for (const file of files) {
      const { part, figures } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { part: string; figures: Figures };
      lines.push(`## ${part}`);
      for (const [name, value] of Object.entries(figures)) lines.push(`- ${name}: ${formatValue(value)}`);
    }
    lines.push(
      `::: whole suite (vitest run, collection included): ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    rmSync(dir, { recursive: true, force: true });
  };
}
