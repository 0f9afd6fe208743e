import { type DurationBounds, durationOption, integerOption, sleep } from '@dtk/core';
import { BadRequestError, unwrap } from '@dtk/runtime';
import type { ConsumerApiClient } from './create-client.js';
import { RefreshUserDataTimeoutError } from './errors.js';
import { EventFeed } from './event-feed.js';
import {
  checkFetchTask,
  checkTaskEvents,
  type Delivered,
  TASK_ENDED,
  type TaskEvent,
  undeliveredEvents,
} from './task-events.js';

export interface RefreshUserDataOptions {
  /** Give up when `TaskEnded` has not arrived after this long, fetch included; `Infinity` for never. Default 120 000 ms. */
  timeoutMs?: number;
  /** Stops the refresh; `done` rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Timeout of each long poll (the server holds one for up to 7 s). Default 30 000 ms. */
  pollTimeoutMs?: number;
  /**
   * Least time between the starts of two polls that brought nothing new, so a server that answers
   * at once instead of holding the request is not hammered. Default 1 000 ms.
   */
  minPollIntervalMs?: number;
  /** How often a 400 to `sinceVersion` may be answered by starting over from the full event list. Default 3. */
  maxResyncs?: number;
}

/** What a finished refresh saw. */
export interface UserDataRefreshResult {
  taskId: string;
  /** The task's version at `TaskEnded`. */
  version: number;
  /** Every event, in order, ending with `TaskEnded`. */
  events: TaskEvent[];
}

/**
 * A running refresh. Iterate it for the events as they arrive (`for await (const event of refresh)`)
 * and/or await `done` for the outcome. Every reader sees every event from the first one.
 */
export interface UserDataRefresh extends AsyncIterable<TaskEvent> {
  /**
   * Resolves when `TaskEnded` arrives. Rejects with a typed `ApiError` from `@dtk/runtime` when a
   * call fails, {@link RefreshUserDataTimeoutError} after `timeoutMs`, {@link MalformedTaskResponseError}
   * for a response of the wrong shape, or the abort reason when stopped.
   */
  readonly done: Promise<UserDataRefreshResult>;
  /** Stops polling. Leaving a `for await` early does not: other readers and `done` may still want the events. */
  cancel(reason?: unknown): void;
}

interface Settings {
  timeoutMs: number;
  pollTimeoutMs: number;
  minPollIntervalMs: number;
  maxResyncs: number;
}

/** A duration option: `fallback` when absent, else checked by the shared rule (`Infinity` only where allowed). */
function duration(name: string, value: number | undefined, fallback: number, bounds: DurationBounds): number {
  return value === undefined ? fallback : durationOption(name, value, bounds);
}

function settingsOf(options: RefreshUserDataOptions): Settings {
  return {
    timeoutMs: duration('timeoutMs', options.timeoutMs, 120_000, { allowInfinity: true }),
    pollTimeoutMs: duration('pollTimeoutMs', options.pollTimeoutMs, 30_000, { allowInfinity: true }),
    minPollIntervalMs: duration('minPollIntervalMs', options.minPollIntervalMs, 1_000, { allowZero: true }),
    maxResyncs: integerOption('maxResyncs', options.maxResyncs ?? 3, 0),
  };
}

/** Where the poll loop is; read by the timeout error. */
interface Progress {
  taskId: string | undefined;
  version: number | undefined;
  events: TaskEvent[];
  delivered: Delivered;
}

/**
 * Refreshes a user's data from the institution: starts a fetch (`PUT /users/{userId}/fetch`), then
 * long-polls the task's events (`GET /users/{userId}/tasks/{taskId}?sinceVersion=`) until
 * `TaskEnded`. Starts at once; read the events by iterating the result, the outcome from `done`.
 *
 * The server answers 400 when `sinceVersion` is ahead of the task's current version (its view of
 * the task went back). The refresh then polls once without `sinceVersion`, takes the version that
 * reply reports, and passes on only events it had not passed on yet; after `maxResyncs` such
 * restarts the 400 is final and `done` rejects with its `BadRequestError`.
 *
 * @example
 * const refresh = refreshUserData(client, userId, { timeoutMs: 60_000 });
 * for await (const event of refresh) console.log(event.type);
 * const { events } = await refresh.done;
 */
export function refreshUserData(
  client: ConsumerApiClient,
  userId: string,
  options: RefreshUserDataOptions = {},
): UserDataRefresh {
  if (typeof userId !== 'string' || userId.length === 0) throw new TypeError('userId must be a non-empty string');
  const settings = settingsOf(options);
  const feed = new EventFeed<TaskEvent, UserDataRefreshResult>();
  const progress: Progress = {
    taskId: undefined,
    version: undefined,
    events: [],
    delivered: { count: 0, maxVersion: undefined },
  };

  const stop = new AbortController();
  const onTimeout = () => {
    stop.abort(
      new RefreshUserDataTimeoutError({
        timeoutMs: settings.timeoutMs,
        taskId: progress.taskId,
        version: progress.version,
        events: [...progress.events],
      }),
    );
  };
  const timer = Number.isFinite(settings.timeoutMs) ? setTimeout(onTimeout, settings.timeoutMs) : undefined;
  // The poll in flight keeps the process alive; this timer only bounds it.
  (timer as { unref?: () => void } | undefined)?.unref?.();
  const callerSignal = options.signal;
  const onCallerAbort = () => stop.abort(callerSignal?.reason);
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  if (callerSignal?.aborted) onCallerAbort();

  const cleanUp = () => {
    clearTimeout(timer);
    callerSignal?.removeEventListener('abort', onCallerAbort);
  };
  pollUntilEnded(client, userId, settings, stop.signal, progress, (event) => feed.push(event)).then(
    (result) => {
      cleanUp();
      feed.finish(result);
    },
    (error: unknown) => {
      cleanUp();
      // After an abort, calls in flight may fail with other errors; the abort reason is the story.
      feed.fail(stop.signal.aborted ? stop.signal.reason : error);
    },
  );

  return {
    done: feed.done,
    cancel: (reason?: unknown) =>
      stop.abort(reason ?? new DOMException('The user data refresh was cancelled', 'AbortError')),
    [Symbol.asyncIterator]: () => feed[Symbol.asyncIterator](),
  };
}

async function pollUntilEnded(
  client: ConsumerApiClient,
  userId: string,
  settings: Settings,
  signal: AbortSignal,
  progress: Progress,
  deliver: (event: TaskEvent) => void,
): Promise<UserDataRefreshResult> {
  const taskId = checkFetchTask(
    await unwrap(client.PUT('/users/{userId}/fetch', { params: { path: { userId } }, signal })),
  );
  progress.taskId = taskId;

  let sinceVersion: number | undefined;
  let resyncs = 0;
  for (;;) {
    const started = performance.now();
    const fullList = sinceVersion === undefined;
    let reply: unknown;
    try {
      reply = await unwrap(
        client.GET('/users/{userId}/tasks/{taskId}', {
          params: { path: { userId, taskId }, query: fullList ? {} : { sinceVersion } },
          signal,
          timeoutMs: settings.pollTimeoutMs,
        }),
      );
    } catch (error) {
      if (error instanceof BadRequestError && !fullList && resyncs < settings.maxResyncs) {
        resyncs += 1;
        sinceVersion = undefined;
        continue;
      }
      throw error;
    }

    const { version, events } = checkTaskEvents(reply, taskId);
    progress.version = version;
    const fresh = undeliveredEvents(events, progress.delivered, fullList);
    for (const event of fresh) {
      progress.events.push(event);
      progress.delivered.count += 1;
      if (event.version !== undefined)
        progress.delivered.maxVersion = Math.max(progress.delivered.maxVersion ?? 0, event.version);
      deliver(event);
      if (event.type === TASK_ENDED) return { taskId, version, events: [...progress.events] };
    }
    sinceVersion = version;
    if (fresh.length === 0) await sleep(settings.minPollIntervalMs - (performance.now() - started), signal);
  }
}
