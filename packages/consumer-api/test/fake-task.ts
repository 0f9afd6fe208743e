import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@dtk/testkit';
import type { TaskEvent } from '../src/index.js';
import { afterTest } from './helpers.js';

export const TASK_ID = '0f7c3b2e-91d4-4a6b-8e25-c1d9a7f04b63';

/**
 * An aggregation task as Banno's server keeps it: numbered events, and a long poll that returns
 * the events after `sinceVersion`, holding the request up to `holdMs` until there is one.
 */
export class FakeTask {
  readonly events: TaskEvent[] = [];
  readonly #waiters = new Set<() => void>();
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(readonly holdMs = 150) {
    afterTest(() => this.stop());
  }

  get version(): number {
    return this.events.length;
  }

  add(type: string, extra: Partial<TaskEvent> = {}): void {
    this.events.push({ type, version: this.events.length + 1, date: new Date().toISOString(), ...extra });
    for (const wake of this.#waiters) wake();
    this.#waiters.clear();
  }

  /** Adds each event `everyMs` after the previous one. */
  play(types: string[], everyMs: number): void {
    for (const [index, type] of types.entries()) this.#later(everyMs * (index + 1), () => this.add(type));
  }

  /** The long poll: events after `sinceVersion`, waiting up to `holdMs` for one to arrive. */
  async poll(sinceVersion: number | undefined): Promise<{ version: number; events: TaskEvent[] }> {
    const since = sinceVersion ?? 0;
    if (this.version <= since) {
      await new Promise<void>((resolve) => {
        this.#waiters.add(resolve);
        this.#later(this.holdMs, resolve);
      });
    }
    return { version: this.version, events: this.events.slice(since) };
  }

  stop(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    for (const wake of this.#waiters) wake();
  }

  #later(ms: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      run();
    }, ms);
    this.#timers.add(timer);
  }
}

type Req = IncomingMessage & { body: string };

export interface TaskRoutes {
  /** Answers a poll instead of the task when it returns true (for faults). */
  intercept?: (req: Req, res: ServerResponse, sinceVersion: number | undefined) => boolean | Promise<boolean>;
}

/** A handler serving Banno's fetch and task-events endpoints for `task`. */
export function taskHandler(task: FakeTask, routes: TaskRoutes = {}) {
  return async (req: Req, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'PUT' && /^\/users\/[^/]+\/fetch$/.test(url.pathname))
      return sendJson(res, 200, { taskId: TASK_ID });
    if (req.method === 'GET' && url.pathname.endsWith(`/tasks/${TASK_ID}`)) {
      const raw = url.searchParams.get('sinceVersion');
      const sinceVersion = raw === null ? undefined : Number(raw);
      if (routes.intercept && (await routes.intercept(req, res, sinceVersion))) return;
      if (sinceVersion !== undefined && sinceVersion > task.version) return void res.writeHead(400).end();
      return sendJson(res, 200, await task.poll(sinceVersion));
    }
    sendJson(res, 404, { errorCode: 404, messages: 'not found' });
  };
}
