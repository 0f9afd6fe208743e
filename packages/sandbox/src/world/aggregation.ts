// Aggregation tasks as Banno runs them: `PUT /users/{userId}/fetch` starts one, its events arrive
// over the next seconds, and `GET /users/{userId}/tasks/{taskId}?sinceVersion=` holds the request
// (up to Banno's 7 seconds) until an event newer than `sinceVersion` exists.

export interface TaskEventRecord {
  type: string;
  version: number;
  createdAt: string;
  [field: string]: unknown;
}

export interface PlannedEvent {
  type: string;
  /** When the event happens, as a share of the task's duration (0 = at once, 1 = at the end). */
  at: number;
  /** More fields of the event, computed when it happens (e.g. balances). */
  fields?: () => Record<string, unknown>;
}

interface Task {
  id: string;
  userId: string;
  events: TaskEventRecord[];
  waiters: Set<() => void>;
  timers: NodeJS.Timeout[];
}

export interface AggregationSettings {
  /** Time from the first to the last event. */
  durationMs: number;
  /** Longest hold of a `sinceVersion` poll. Banno: 7 s. */
  longPollMs: number;
  now: () => Date;
}

export class AggregationTasks {
  readonly #tasks = new Map<string, Task>();
  readonly #settings: AggregationSettings;

  constructor(settings: AggregationSettings) {
    this.#settings = settings;
  }

  get longPollMs(): number {
    return this.#settings.longPollMs;
  }

  /** Starts a task whose events happen as planned; `onEnd` runs with the last one. */
  start(taskId: string, userId: string, plan: readonly PlannedEvent[], onEnd: () => void): void {
    const task: Task = { id: taskId, userId, events: [], waiters: new Set(), timers: [] };
    this.#tasks.set(taskId, task);
    plan.forEach((planned, index) => {
      const happen = () => {
        task.events.push({
          type: planned.type,
          version: task.events.length + 1,
          createdAt: this.#settings.now().toISOString(),
          ...planned.fields?.(),
        });
        if (index === plan.length - 1) onEnd();
        for (const wake of [...task.waiters]) wake();
      };
      if (planned.at <= 0) happen();
      else {
        const timer = setTimeout(happen, Math.round(planned.at * this.#settings.durationMs));
        timer.unref();
        task.timers.push(timer);
      }
    });
  }

  /** The task, when it exists and belongs to the user. */
  find(taskId: string, userId: string): { version: number; events: readonly TaskEventRecord[] } | undefined {
    const task = this.#tasks.get(taskId);
    if (!task || task.userId !== userId) return undefined;
    return { version: task.events.length, events: task.events };
  }

  /**
   * Resolves once the task has an event newer than `version`, after `longPollMs`, or when `signal`
   * aborts, whichever comes first.
   */
  waitForNewer(taskId: string, version: number, signal: AbortSignal): Promise<void> {
    const task = this.#tasks.get(taskId);
    if (!task || task.events.length > version || signal.aborted) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        task.waiters.delete(done);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, this.#settings.longPollMs);
      timer.unref();
      task.waiters.add(done);
      signal.addEventListener('abort', done, { once: true });
    });
  }

  /** Stops every task's timers and releases waiting polls. */
  stop(): void {
    for (const task of this.#tasks.values()) {
      for (const timer of task.timers) clearTimeout(timer);
      for (const wake of [...task.waiters]) wake();
    }
  }
}
