import type { TaskEvent } from './task-events.js';

/** The refresh did not see `TaskEnded` in time. The events that did arrive are kept here. */
export class RefreshUserDataTimeoutError extends Error {
  override name = 'RefreshUserDataTimeoutError';
  readonly timeoutMs: number;
  /** `undefined` when the fetch itself did not answer in time. */
  readonly taskId: string | undefined;
  /** The last task version the server reported. */
  readonly version: number | undefined;
  /** Every event received before the deadline, in order. */
  readonly events: readonly TaskEvent[];

  constructor(details: {
    timeoutMs: number;
    taskId: string | undefined;
    version: number | undefined;
    events: readonly TaskEvent[];
  }) {
    super(
      details.taskId === undefined
        ? `the user data refresh did not start within ${details.timeoutMs} ms`
        : `task ${details.taskId} did not end within ${details.timeoutMs} ms (last version ${details.version ?? 'unknown'}, ${details.events.length} events)`,
    );
    this.timeoutMs = details.timeoutMs;
    this.taskId = details.taskId;
    this.version = details.version;
    this.events = details.events;
  }
}

/** The fetch or task-events endpoint answered 2xx with a body of the wrong shape. */
export class MalformedTaskResponseError extends Error {
  override name = 'MalformedTaskResponseError';
  /** `undefined` when the fetch's own answer was malformed. */
  readonly taskId: string | undefined;
  constructor(message: string, taskId: string | undefined) {
    super(message);
    this.taskId = taskId;
  }
}
