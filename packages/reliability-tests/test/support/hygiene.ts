// Secret hygiene for the whole suite: every log entry, every byte written to stdout/stderr (children's included) and
// every error the suite sees is written to a capture file as it happens (memory stays flat during the soak), and
// the secret values the servers and the provider saw are collected. The scan at the end of each file proves that no
// such value appears anywhere in what was captured.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import type { Logger } from '@dtk/runtime';
import { resultsDir } from './results.js';

/** Values shorter than this are not credentials anyone issues; they would match ordinary text. */
const MIN_SECRET_LENGTH = 8;
const FLUSH_AT = 64 * 1024;

export interface Leak {
  kind: string;
  /** Which capture source the value appeared in (never the value itself). */
  source: string;
}

export interface ScanResult {
  capturedBytes: number;
  lines: Record<string, number>;
  secrets: Record<string, number>;
  leaks: Leak[];
}

class Capture {
  readonly path = join(resultsDir(), `capture-${process.pid}-${Date.now()}.log`);
  readonly #fd = openSync(this.path, 'a', 0o600);
  #pending: string[] = [];
  #pendingLength = 0;
  readonly lines: Record<string, number> = {};
  readonly secrets = new Map<string, string>();

  record(source: string, text: string): void {
    this.lines[source] = (this.lines[source] ?? 0) + 1;
    const line = `${source}\t${text.replaceAll('\n', '\\n')}\n`;
    this.#pending.push(line);
    this.#pendingLength += line.length;
    if (this.#pendingLength >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.#pending.length === 0) return;
    writeSync(this.#fd, this.#pending.join(''));
    this.#pending = [];
    this.#pendingLength = 0;
  }

  scan(): ScanResult {
    this.flush();
    const text = readFileSync(this.path, 'utf8');
    const leaks: Leak[] = [];
    const secrets: Record<string, number> = {};
    for (const [value, kind] of this.secrets) {
      secrets[kind] = (secrets[kind] ?? 0) + 1;
      let at = text.indexOf(value);
      while (at >= 0) {
        const lineStart = text.lastIndexOf('\n', at) + 1;
        leaks.push({ kind, source: text.slice(lineStart, text.indexOf('\t', lineStart)) });
        at = text.indexOf(value, at + value.length);
      }
    }
    return { capturedBytes: Buffer.byteLength(text), lines: { ...this.lines }, secrets, leaks };
  }

  close(): void {
    this.flush();
    closeSync(this.#fd);
    rmSync(this.path, { force: true });
  }
}

let capture: Capture | undefined;

function current(): Capture {
  capture ??= new Capture();
  return capture;
}

/** Writes one captured line (log entry, output chunk, serialized error). */
export function record(source: string, text: string): void {
  current().record(source, text);
}

/** A value the suite saw on the server or provider side: a token, secret, code, verifier or assertion. */
export function seeSecret(kind: string, value: unknown): void {
  if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH) return;
  const secrets = current().secrets;
  if (!secrets.has(value)) secrets.set(value, kind);
}

/** A runtime logger (all levels) that captures every entry as the application's log would print it. */
export function capturingLogger(): Logger {
  const write = (level: string) => (message: string, fields: object) =>
    record(`log.${level}`, `${message} ${JSON.stringify(fields)}`);
  return { debug: write('debug'), info: write('info'), warn: write('warn') };
}

/**
 * Every way an application may print an error: its message, `String()`, `JSON.stringify`, `util.inspect` (the
 * cause chain included, as `console.error` shows it), and the same for each cause.
 */
export function recordError(error: unknown): void {
  const views = [
    error instanceof Error ? error.message : '',
    String(error),
    JSON.stringify(error) ?? '',
    inspect(error, { depth: 8, showHidden: false }),
  ];
  let cause = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; cause !== undefined && depth < 8; depth++) {
    views.push(String(cause), JSON.stringify(cause) ?? '', inspect(cause, { depth: 4 }));
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  record('error', views.join(' | '));
}

/** Scans everything captured so far against every secret seen so far. */
export function scanCapture(): ScanResult {
  return current().scan();
}

export function closeCapture(): void {
  capture?.close();
  capture = undefined;
}
