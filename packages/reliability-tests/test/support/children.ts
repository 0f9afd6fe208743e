// Child processes of the suite: their output is captured like the suite's own, and they stop with it.
import type { ChildProcess } from 'node:child_process';
import { record } from './hygiene.js';

/** Sends a child's stdout and stderr to the capture. */
export function captureOutput(child: ChildProcess, name: string): void {
  child.stdout?.on('data', (chunk: Buffer) => record(`${name}.stdout`, chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => record(`${name}.stderr`, chunk.toString('utf8')));
}

/** The next IPC message of `type` from a child. */
export function nextMessage<T>(child: ChildProcess, type: string, timeoutMs = 30_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      reject(new Error(`no "${type}" message from the child within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: { type?: string }) => {
      if (message?.type !== type) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      resolve(message as T);
    };
    child.on('message', onMessage);
  });
}
