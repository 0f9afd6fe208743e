import { sendJson } from '@dtk/testkit';
import { describe, expect, it, vi } from 'vitest';
import {
  BadRequestError,
  MalformedTaskResponseError,
  PermissionDeniedError,
  RefreshUserDataTimeoutError,
  refreshUserData,
  type TaskEvent,
} from '../src/index.js';
import { FakeTask, TASK_ID, taskHandler } from './fake-task.js';
import { ACCESS_TOKEN, clientFor, serve, splitUrl, USER_ID } from './helpers.js';

const FULL_RUN = [
  'TaskStarted',
  'EnrichmentAccountBalancesStarted',
  'EnrichmentAccountBalancesFinished',
  'EnrichmentTransactionsStarted',
  'EnrichmentTransactionsFinished',
  'TaskEnded',
];

const typesOf = (events: readonly TaskEvent[]) => events.map((event) => event.type);
const polls = (requests: { method: string; url: string }[]) =>
  requests
    .filter((request) => request.method === 'GET')
    .map((request) => splitUrl(request.url).query.sinceVersion ?? null);

describe('refreshUserData: a task that ends', () => {
  it('starts the fetch, long-polls with sinceVersion and streams the events as they happen', async () => {
    const task = new FakeTask();
    const server = await serve(taskHandler(task));
    const [first, ...later] = FULL_RUN;
    task.add(first as string);

    const refresh = refreshUserData(clientFor(server), USER_ID, { minPollIntervalMs: 0 });
    const seen: Array<{ type: string; taskVersionThen: number }> = [];
    for await (const event of refresh) {
      seen.push({ type: event.type, taskVersionThen: task.version });
      // The server produces the next event only once this one is in hand: events must stream
      // while the task runs, not arrive together at its end.
      const next = later.shift();
      if (next) task.add(next);
    }
    const result = await refresh.done;

    expect(seen.map((event) => event.type)).toEqual(FULL_RUN);
    expect(seen.map((event) => event.taskVersionThen)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(result).toMatchObject({ taskId: TASK_ID, version: 6 });
    expect(typesOf(result.events)).toEqual(FULL_RUN);
    expect(result.events.map((event) => event.version)).toEqual([1, 2, 3, 4, 5, 6]);

    const [start, ...rest] = server.requests;
    expect(start).toMatchObject({ method: 'PUT', url: `/users/${USER_ID}/fetch` });
    expect(start?.headers.authorization).toBe(`Bearer ${ACCESS_TOKEN}`);
    expect(rest.every((request) => splitUrl(request.url).path === `/users/${USER_ID}/tasks/${TASK_ID}`)).toBe(true);
    const versions = polls(server.requests);
    expect(versions[0]).toBeNull(); // the first poll asks for everything
    expect(versions.slice(1).map(Number)).toEqual([...versions.slice(1).map(Number)].sort((a, b) => a - b));
    expect(Number(versions.at(-1))).toBeGreaterThanOrEqual(1);
  });

  it('gives every reader every event, even one that starts after the task ended', async () => {
    const task = new FakeTask();
    const server = await serve(taskHandler(task));
    task.play(['TaskStarted', 'TaskEnded'], 5);

    const refresh = refreshUserData(clientFor(server), USER_ID, { minPollIntervalMs: 0, timeoutMs: Infinity });
    const [first, second] = await Promise.all([collect(refresh), collect(refresh)]);
    await refresh.done;
    const late = await collect(refresh);

    expect(typesOf(first)).toEqual(['TaskStarted', 'TaskEnded']);
    expect(second).toEqual(first);
    expect(late).toEqual(first);
  });

  it('passes over events that a server repeats, and stops at TaskEnded', async () => {
    const events = [
      { type: 'TaskStarted', version: 1 },
      { type: 'TaskEnded', version: 2 },
      { type: 'SomethingAfterwards', version: 3 },
    ];
    let call = 0;
    const server = await serve((req, res) => {
      if (req.method === 'PUT') return sendJson(res, 200, { taskId: TASK_ID });
      call += 1;
      // The second reply repeats event 1 although sinceVersion=1 was asked for.
      sendJson(res, 200, call === 1 ? { version: 1, events: events.slice(0, 1) } : { version: 3, events });
    });

    const { events: received } = await refreshUserData(clientFor(server), USER_ID, { minPollIntervalMs: 0 }).done;
    expect(received).toEqual(events.slice(0, 2));
    expect(polls(server.requests)).toEqual([null, '1']);
  });

  it('ends at TaskEnded even when its version is not above the ones already seen', async () => {
    let call = 0;
    const server = await serve((req, res) => {
      if (req.method === 'PUT') return sendJson(res, 200, { taskId: TASK_ID });
      call += 1;
      // The server renumbered the task: TaskEnded comes back with an old version.
      sendJson(
        res,
        200,
        call === 1
          ? { version: 3, events: [{ type: 'TaskStarted', version: 3 }] }
          : { version: 1, events: [{ type: 'TaskEnded', version: 1 }] },
      );
    });
    const { events } = await refreshUserData(clientFor(server), USER_ID, { minPollIntervalMs: 0, timeoutMs: 2_000 })
      .done;
    expect(typesOf(events)).toEqual(['TaskStarted', 'TaskEnded']);
  });

  it('passes on event types the spec does not know', async () => {
    const task = new FakeTask();
    const server = await serve(taskHandler(task));
    task.play(['TaskStarted', 'SomeNewEnrichment', 'TaskEnded'], 5);
    const { events } = await refreshUserData(clientFor(server), USER_ID, { minPollIntervalMs: 0 }).done;
    expect(typesOf(events)).toEqual(['TaskStarted', 'SomeNewEnrichment', 'TaskEnded']);
  });

  it('paces polls that bring nothing new when the server does not hold them', async () => {
    const task = new FakeTask(0); // answers at once
    const server = await serve(taskHandler(task));
    task.add('TaskStarted');
    task.play(['TaskEnded'], 250);

    const started = performance.now();
    await refreshUserData(clientFor(server), USER_ID, { minPollIntervalMs: 100 }).done;
    const elapsed = performance.now() - started;

    // About 250 ms at one poll per 100 ms: a handful of polls, not hundreds.
    expect(polls(server.requests).length).toBeGreaterThanOrEqual(3);
    expect(polls(server.requests).length).toBeLessThanOrEqual(6);
    expect(elapsed).toBeGreaterThanOrEqual(240);
  });
});

describe('refreshUserData: a task that stalls', () => {
  it('fails with RefreshUserDataTimeoutError after timeoutMs, keeping the events that arrived', async () => {
    const task = new FakeTask(60);
    const server = await serve(taskHandler(task));
    task.play(['TaskStarted', 'EnrichmentAccountBalancesStarted'], 5); // and never ends

    const refresh = refreshUserData(clientFor(server), USER_ID, { timeoutMs: 300, minPollIntervalMs: 0 });
    const started = performance.now();
    const error = await refresh.done.catch((e: unknown) => e);
    const elapsed = performance.now() - started;

    expect(error).toBeInstanceOf(RefreshUserDataTimeoutError);
    expect(error).toMatchObject({ taskId: TASK_ID, timeoutMs: 300, version: 2 });
    expect(typesOf((error as RefreshUserDataTimeoutError).events)).toEqual([
      'TaskStarted',
      'EnrichmentAccountBalancesStarted',
    ]);
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(1_000);

    // An iterator still gets the events, then the same error.
    const { items, error: iteratorError } = await collectSettled(refresh);
    expect(typesOf(items)).toEqual(['TaskStarted', 'EnrichmentAccountBalancesStarted']);
    expect(iteratorError).toBe(error);
    const pollsAtTimeout = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(server.requests.length).toBe(pollsAtTimeout); // nothing polls after the deadline
  });

  it('times out a poll the server never answers', async () => {
    const task = new FakeTask();
    task.add('TaskStarted');
    const server = await serve(taskHandler(task, { intercept: (_req, _res, since) => since !== undefined })); // stalls

    const started = performance.now();
    const error = await refreshUserData(clientFor(server), USER_ID, {
      timeoutMs: 250,
      minPollIntervalMs: 0,
    }).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefreshUserDataTimeoutError);
    expect(error).toMatchObject({ version: 1, events: [expect.objectContaining({ type: 'TaskStarted' })] });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('times out a fetch that never answers, without a task id', async () => {
    const server = await serve(() => {}); // never answers
    const error = await refreshUserData(clientFor(server), USER_ID, { timeoutMs: 100 }).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefreshUserDataTimeoutError);
    expect(error).toMatchObject({ taskId: undefined, events: [] });
    expect((error as Error).message).toMatch(/did not start within 100 ms/);
  });
});

describe('refreshUserData: 400 for sinceVersion', () => {
  it('starts over from the full event list and passes on only what is new', async () => {
    const task = new FakeTask(40);
    let rejected = 0;
    const server = await serve(
      taskHandler(task, {
        // The server's view of the task goes back once: it rejects the version it reported.
        intercept: (_req, res, since) => {
          if (since === 2 && rejected === 0) {
            rejected += 1;
            sendJson(res, 400, { errorCode: 400, messages: 'sinceVersion is greater than the current version' });
            // The rest of the task happens after the rejection, however long the client took to get here.
            task.play(['EnrichmentAccountBalancesFinished', 'TaskEnded'], 60);
            return true;
          }
          return false;
        },
      }),
    );
    task.add('TaskStarted');
    task.add('EnrichmentAccountBalancesStarted');

    const { events } = await refreshUserData(clientFor(server), USER_ID, { minPollIntervalMs: 0 }).done;

    expect(rejected).toBe(1);
    expect(typesOf(events)).toEqual([
      'TaskStarted',
      'EnrichmentAccountBalancesStarted',
      'EnrichmentAccountBalancesFinished',
      'TaskEnded',
    ]);
    const versions = polls(server.requests);
    expect(versions.slice(0, 3)).toEqual([null, '2', null]); // full list, rejected poll, full list again
  });

  it('without event versions, skips the events already passed on', async () => {
    let call = 0;
    const server = await serve((req, res) => {
      if (req.method === 'PUT') return sendJson(res, 200, { taskId: TASK_ID });
      call += 1;
      if (call === 1)
        return sendJson(res, 200, {
          version: 2,
          events: [{ type: 'TaskStarted' }, { type: 'EnrichmentAccountBalancesStarted' }],
        });
      if (call === 2) return void res.writeHead(400).end();
      sendJson(res, 200, {
        version: 3,
        events: [{ type: 'TaskStarted' }, { type: 'EnrichmentAccountBalancesStarted' }, { type: 'TaskEnded' }],
      });
    });
    const { events } = await refreshUserData(clientFor(server), USER_ID, { minPollIntervalMs: 0 }).done;
    expect(typesOf(events)).toEqual(['TaskStarted', 'EnrichmentAccountBalancesStarted', 'TaskEnded']);
  });

  it('gives up with the BadRequestError after maxResyncs restarts', async () => {
    const task = new FakeTask(20);
    task.add('TaskStarted');
    const server = await serve(
      taskHandler(task, {
        intercept: (_req, res, since) => {
          if (since === undefined) return false;
          sendJson(res, 400, { errorCode: 400, messages: 'sinceVersion is greater than the current version' });
          return true;
        },
      }),
    );

    const error = await refreshUserData(clientFor(server), USER_ID, { maxResyncs: 2, minPollIntervalMs: 0 }).done.catch(
      (e: unknown) => e,
    );

    expect(error).toBeInstanceOf(BadRequestError);
    expect(error).toMatchObject({ status: 400, operationId: 'getTaskEvents', errorCode: 400, attempts: 1 });
    // full, 400, full, 400, full, 400 (final)
    expect(polls(server.requests)).toEqual([null, '1', null, '1', null, '1']);
  });

  it('does not restart when a poll without sinceVersion is rejected', async () => {
    const server = await serve((req, res) => {
      if (req.method === 'PUT') return sendJson(res, 200, { taskId: TASK_ID });
      sendJson(res, 400, { errorCode: 400, messages: 'bad task' });
    });
    const error = await refreshUserData(clientFor(server), USER_ID).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(server.requests).toHaveLength(2);
  });
});

describe('refreshUserData: stopping and failures', () => {
  it('stops on the caller abort, rejecting with its reason, and polls no more', async () => {
    const task = new FakeTask(1_000);
    task.add('TaskStarted');
    const server = await serve(taskHandler(task));
    const controller = new AbortController();

    const refresh = refreshUserData(clientFor(server), USER_ID, { signal: controller.signal, minPollIntervalMs: 0 });
    const iterator = refresh[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toMatchObject({ type: 'TaskStarted' });
    const reason = new Error('user left the page');
    // Abort once the held poll has reached the server (PUT, the first poll, the held one), so that no request is
    // still on its way when the count is taken, however slow the machine.
    await vi.waitFor(() => expect(server.requests.length).toBeGreaterThanOrEqual(3), { timeout: 5_000 });
    controller.abort(reason);

    const started = performance.now();
    await expect(refresh.done).rejects.toBe(reason);
    await expect(iterator.next()).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(500); // the held poll was cut, not waited out
    const requestsAtAbort = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests.length).toBe(requestsAtAbort);
  });

  it('sends nothing when the signal is already aborted', async () => {
    const server = await serve((_req, res) => sendJson(res, 200, { taskId: TASK_ID }));
    const refresh = refreshUserData(clientFor(server), USER_ID, { signal: AbortSignal.abort() });
    await expect(refresh.done).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });

  it('cancel() stops it with an AbortError', async () => {
    const task = new FakeTask(1_000);
    const server = await serve(taskHandler(task));
    const refresh = refreshUserData(clientFor(server), USER_ID);
    setTimeout(() => refresh.cancel(), 30);
    await expect(refresh.done).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('leaving a for-await early does not stop the refresh for others', async () => {
    const task = new FakeTask();
    const server = await serve(taskHandler(task));
    task.play(['TaskStarted', 'EnrichmentAccountBalancesStarted', 'TaskEnded'], 10);
    const refresh = refreshUserData(clientFor(server), USER_ID, { minPollIntervalMs: 0 });
    for await (const event of refresh) if (event.type === 'TaskStarted') break;
    expect(typesOf((await refresh.done).events)).toHaveLength(3);
  });

  it('rejects with the typed error of a failed fetch, with Banno’s error body', async () => {
    const server = await serve((_req, res) =>
      sendJson(res, 403, { errorCode: 403, messages: 'The user does not have the required permissions.' }),
    );
    const error = await refreshUserData(clientFor(server), USER_ID).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionDeniedError);
    expect(error).toMatchObject({ status: 403, operationId: 'startAggregation', body: { errorCode: 403 } });
  });

  it.each([
    ['a fetch without taskId', { taskId: 42 }, undefined, /without a "taskId"/],
    ['events that are not a list', { taskId: TASK_ID }, { version: 1, events: 'TaskEnded' }, /no "events" array/],
    ['a version that is not a number', { taskId: TASK_ID }, { version: '1', events: [] }, /no whole-number "version"/],
    [
      'an event without a type',
      { taskId: TASK_ID },
      { version: 1, events: [{ version: 1 }] },
      /without a string "type"/,
    ],
    [
      'an event with a bad version',
      { taskId: TASK_ID },
      { version: 1, events: [{ type: 'TaskEnded', version: -1 }] },
      /bad "version"/,
    ],
    ['an array', { taskId: TASK_ID }, [], /not a JSON object/],
  ])('rejects %s with MalformedTaskResponseError', async (_name, fetchReply, pollReply, message) => {
    const server = await serve((req, res) => sendJson(res, 200, req.method === 'PUT' ? fetchReply : pollReply));
    const error = await refreshUserData(clientFor(server), USER_ID).done.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MalformedTaskResponseError);
    expect((error as Error).message).toMatch(message);
  });

  it('checks its arguments before sending anything', () => {
    const client = clientFor({ url: 'http://127.0.0.1:9', requests: [], close: async () => {} });
    expect(() => refreshUserData(client, '')).toThrow(TypeError);
    expect(() => refreshUserData(client, USER_ID, { timeoutMs: 0 })).toThrow(RangeError);
    expect(() => refreshUserData(client, USER_ID, { pollTimeoutMs: Number.NaN })).toThrow(RangeError);
    expect(() => refreshUserData(client, USER_ID, { maxResyncs: 1.5 })).toThrow(RangeError);
    expect(() => refreshUserData(client, USER_ID, { minPollIntervalMs: Infinity })).toThrow(RangeError);
    // The rule every package's duration options share: a timer longer than setTimeout takes is refused, not cut.
    expect(() => refreshUserData(client, USER_ID, { timeoutMs: 2 ** 31 })).toThrow(
      'timeoutMs must be a positive number of milliseconds up to 2147483647 (or Infinity), got 2147483648',
    );
    expect(() => refreshUserData(client, USER_ID, { maxResyncs: -1 })).toThrow('maxResyncs must be a whole number ≥ 0');
  });
});

async function collect(events: AsyncIterable<TaskEvent>): Promise<TaskEvent[]> {
  const items: TaskEvent[] = [];
  for await (const event of events) items.push(event);
  return items;
}

async function collectSettled(events: AsyncIterable<TaskEvent>): Promise<{ items: TaskEvent[]; error: unknown }> {
  const items: TaskEvent[] = [];
  try {
    for await (const event of events) items.push(event);
    return { items, error: undefined };
  } catch (error) {
    return { items, error };
  }
}
