type Outcome<Result> = { ok: true; value: Result } | { ok: false; error: unknown };

const ignore = () => {};

/**
 * Items produced by one background job, readable two ways: as an async iterator (any number of
 * them, each from the first item, so none is missed by a late reader) and as a promise of the
 * job's result. Every item is kept, so a reader that starts after the job failed still gets every
 * item before the error.
 */
export class EventFeed<Item, Result> implements AsyncIterable<Item> {
  readonly #items: Item[] = [];
  readonly #wakers = new Set<() => void>();
  #outcome: Outcome<Result> | undefined;
  #resolve!: (value: Result) => void;
  #reject!: (error: unknown) => void;

  /** Settles with the job: resolves with its result, or rejects with its error. */
  readonly done: Promise<Result>;

  constructor() {
    this.done = new Promise<Result>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    // Readers may use only the iterator; a failure must not then surface as an unhandled rejection.
    this.done.catch(ignore);
  }

  get settled(): boolean {
    return this.#outcome !== undefined;
  }

  push(item: Item): void {
    if (this.#outcome) return;
    this.#items.push(item);
    this.#wake();
  }

  finish(value: Result): void {
    if (this.#outcome) return;
    this.#outcome = { ok: true, value };
    this.#resolve(value);
    this.#wake();
  }

  fail(error: unknown): void {
    if (this.#outcome) return;
    this.#outcome = { ok: false, error };
    this.#reject(error);
    this.#wake();
  }

  [Symbol.asyncIterator](): AsyncIterator<Item, undefined> {
    let index = 0;
    let closed = false;
    return {
      next: async () => {
        for (;;) {
          if (closed) return { done: true, value: undefined };
          if (index < this.#items.length) return { done: false, value: this.#items[index++] as Item };
          const outcome = this.#outcome;
          if (outcome) {
            closed = true;
            if (outcome.ok) return { done: true, value: undefined };
            throw outcome.error;
          }
          await new Promise<void>((resolve) => this.#wakers.add(resolve));
        }
      },
      // Leaving a `for await` early detaches this reader only; the job goes on for `done`.
      return: async () => {
        closed = true;
        return { done: true, value: undefined };
      },
    };
  }

  #wake(): void {
    const wakers = [...this.#wakers];
    this.#wakers.clear();
    for (const wake of wakers) wake();
  }
}
