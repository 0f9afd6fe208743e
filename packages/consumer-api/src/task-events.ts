import type { components } from '@dtk/consumer-api-types';
import { MalformedTaskResponseError } from './errors.js';

/**
 * One event of an aggregation task (`TaskStarted`, ..., `TaskEnded`) with its event-specific
 * properties. The spec lists the known types; others are passed on as they come, so `type` is open.
 */
export type TaskEvent = components['schemas']['TaskEvent'];

/** A checked task-events response. */
export interface TaskEvents {
  version: number;
  events: TaskEvent[];
}

/** The event that ends a task. */
export const TASK_ENDED = 'TaskEnded';

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The task id from the fetch's answer. */
export function checkFetchTask(body: unknown): string {
  const taskId = isObject(body) ? body.taskId : undefined;
  if (typeof taskId !== 'string' || taskId.length === 0) {
    throw new MalformedTaskResponseError('the user data fetch answered without a "taskId" string', undefined);
  }
  return taskId;
}

/** Checks a task-events body before any of it is used, so a broken server cannot derail the poll loop. */
export function checkTaskEvents(body: unknown, taskId: string): TaskEvents {
  const fail = (problem: string) =>
    new MalformedTaskResponseError(`task ${taskId}: the task-events response ${problem}`, taskId);
  if (!isObject(body)) throw fail('is not a JSON object');
  const { version, events } = body;
  if (!isCount(version)) throw fail('has no whole-number "version"');
  if (!Array.isArray(events)) throw fail('has no "events" array');
  events.forEach((event: unknown, index) => {
    if (!isObject(event) || typeof event.type !== 'string')
      throw fail(`has an event without a string "type" (events[${index}])`);
    if (event.version !== undefined && !isCount(event.version))
      throw fail(`has an event with a bad "version" (events[${index}])`);
  });
  return { version, events: events as TaskEvent[] };
}

/** What the poll loop has delivered so far, to tell new events from repeated ones. */
export interface Delivered {
  count: number;
  /** Highest `version` among delivered events (events carry one in practice; it is optional in the spec). */
  maxVersion: number | undefined;
}

/**
 * The events of a response that have not been delivered yet, up to and including `TaskEnded`.
 * Events with a `version` are new when above every delivered one. Without versions, a reply to a
 * `sinceVersion` poll is new as a whole, and a full list (no `sinceVersion`) is new past the
 * events already delivered. `TaskEnded` is never dropped: it is what ends the task.
 */
export function undeliveredEvents(events: readonly TaskEvent[], delivered: Delivered, fullList: boolean): TaskEvent[] {
  const fresh: TaskEvent[] = [];
  for (const [index, event] of events.entries()) {
    const isNew =
      event.type === TASK_ENDED ||
      (event.version !== undefined && delivered.maxVersion !== undefined
        ? event.version > delivered.maxVersion
        : !fullList || index >= delivered.count);
    if (!isNew) continue;
    fresh.push(event);
    if (event.type === TASK_ENDED) break;
  }
  return fresh;
}
