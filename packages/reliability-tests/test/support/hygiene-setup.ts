// Runs before each test file: stdout, stderr and the console are captured (and still shown), and after the file
// the capture is scanned for every secret the file's servers and provider saw.
import { basename } from 'node:path';
import { format } from 'node:util';
import { afterAll, beforeEach, expect } from 'vitest';
import { closeCapture, record, scanCapture } from './hygiene.js';
import { reportFigures } from './results.js';

for (const stream of ['stdout', 'stderr'] as const) {
  const target = process[stream];
  const original = target.write.bind(target) as (...args: unknown[]) => boolean;
  target.write = ((chunk: unknown, ...rest: unknown[]) => {
    record(stream, typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
    return original(chunk, ...rest);
  }) as typeof target.write;
}
for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method].bind(console);
  console[method] = (...args: unknown[]) => {
    record(`console.${method}`, format(...args));
    original(...args);
  };
}

let file = 'unknown';
beforeEach(({ task }) => {
  file = basename(task.file.name);
});

afterAll(() => {
  const result = scanCapture();
  reportFigures(90, `secret hygiene: ${file}`, {
    'secret values collected': result.secrets,
    'captured lines': result.lines,
    'captured bytes': result.capturedBytes,
    leaks: result.leaks.length,
  });
  closeCapture();
  // Which kind leaked and where; never the value.
  expect(result.leaks).toEqual([]);
});
