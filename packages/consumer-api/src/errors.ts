// The errors this package adds to the runtime's: one base on @dtk/core's DtkError (stable `code`, one `details`
// object, secrets removed from everything that prints), its codes, and a guard that works across installed copies.
import type { components } from '@dtk/consumer-api-types';
import { DtkError, hasErrorCode } from '@dtk/core';

/** The code of each error class: match on these (`error.code === CONSUMER_API_ERROR_CODES.MoneyFormatError`). */
export const CONSUMER_API_ERROR_CODES = {
  ConsumerApiError: 'ERR_DTK_CONSUMER_API',
  MoneyFormatError: 'ERR_DTK_CONSUMER_API_MONEY_FORMAT',
  RefreshUserDataTimeoutError: 'ERR_DTK_CONSUMER_API_REFRESH_TIMEOUT',
  MalformedTaskResponseError: 'ERR_DTK_CONSUMER_API_MALFORMED_TASK_RESPONSE',
} as const;

/** Any code a {@link ConsumerApiError} can carry. */
export type ConsumerApiErrorCode = (typeof CONSUMER_API_ERROR_CODES)[keyof typeof CONSUMER_API_ERROR_CODES];

/**
 * Base of the errors this package throws beside the runtime's `ApiError`s (which a failed call still ends with):
 * money that is not an exact amount, and user data refreshes that time out or get answers of the wrong shape.
 */
export class ConsumerApiError<Details extends object = Record<string, unknown>> extends DtkError<Details> {
  static override readonly code: string = CONSUMER_API_ERROR_CODES.ConsumerApiError;
  override readonly name: string = 'ConsumerApiError';
  declare readonly code: ConsumerApiErrorCode;
}

/** A string that is not an exact money amount; nothing was rounded or guessed. */
export class MoneyFormatError extends ConsumerApiError<{ readonly input: unknown }> {
  static override readonly code: string = CONSUMER_API_ERROR_CODES.MoneyFormatError;
  override readonly name: string = 'MoneyFormatError';

  constructor(message: string, input: unknown) {
    super(message, { input });
  }

  /** The rejected input (as given, when it was a string). */
  get input(): unknown {
    return this.details.input;
  }
}

/** One event of an aggregation task, as the Consumer API's description declares it. */
type TaskEvent = components['schemas']['TaskEvent'];

/** Details of a {@link RefreshUserDataTimeoutError}. */
export interface RefreshUserDataTimeoutDetails {
  readonly timeoutMs: number;
  /** `undefined` when the fetch itself did not answer in time. */
  readonly taskId: string | undefined;
  /** The last task version the server reported. */
  readonly version: number | undefined;
  /** Every event received before the deadline, in order. */
  readonly events: readonly TaskEvent[];
}

/** The refresh did not see `TaskEnded` in time. The events that did arrive are kept here. */
export class RefreshUserDataTimeoutError extends ConsumerApiError<RefreshUserDataTimeoutDetails> {
  static override readonly code: string = CONSUMER_API_ERROR_CODES.RefreshUserDataTimeoutError;
  override readonly name: string = 'RefreshUserDataTimeoutError';

  constructor(details: RefreshUserDataTimeoutDetails) {
    super(
      details.taskId === undefined
        ? `the user data refresh did not start within ${details.timeoutMs} ms`
        : `task ${details.taskId} did not end within ${details.timeoutMs} ms (last version ${details.version ?? 'unknown'}, ${details.events.length} events)`,
      details,
    );
  }

  get timeoutMs(): number {
    return this.details.timeoutMs;
  }
  /** `undefined` when the fetch itself did not answer in time. */
  get taskId(): string | undefined {
    return this.details.taskId;
  }
  /** The last task version the server reported. */
  get version(): number | undefined {
    return this.details.version;
  }
  /** Every event received before the deadline, in order. */
  get events(): readonly TaskEvent[] {
    return this.details.events;
  }
}

/** The fetch or task-events endpoint answered 2xx with a body of the wrong shape. */
export class MalformedTaskResponseError extends ConsumerApiError<{ readonly taskId: string | undefined }> {
  static override readonly code: string = CONSUMER_API_ERROR_CODES.MalformedTaskResponseError;
  override readonly name: string = 'MalformedTaskResponseError';

  constructor(message: string, taskId: string | undefined) {
    super(message, { taskId });
  }

  /** `undefined` when the fetch's own answer was malformed. */
  get taskId(): string | undefined {
    return this.details.taskId;
  }
}

/** True for any error of this package, from this installed copy or another one (matched by code, not prototype). */
export function isConsumerApiError(value: unknown): value is ConsumerApiError {
  return hasErrorCode(value, CONSUMER_API_ERROR_CODES.ConsumerApiError);
}
