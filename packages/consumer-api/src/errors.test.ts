import { isDtkError } from '@dtk/core';
import { describe, expect, it } from 'vitest';
import {
  CONSUMER_API_ERROR_CODES,
  ConsumerApiError,
  isConsumerApiError,
  MalformedTaskResponseError,
  MoneyFormatError,
  RefreshUserDataTimeoutError,
} from './errors.js';

describe('consumer-api errors', () => {
  const errors = [
    new MoneyFormatError('"1,5" is not a money amount', '1,5'),
    new RefreshUserDataTimeoutError({ timeoutMs: 300, taskId: 'task-1', version: 2, events: [] }),
    new MalformedTaskResponseError('task task-1: the task-events response is not a JSON object', 'task-1'),
  ];

  it.each(errors.map((error) => [error.name, error] as const))(
    '%s is a ConsumerApiError with its own code',
    (name, error) => {
      expect(error).toBeInstanceOf(ConsumerApiError);
      expect(isDtkError(error)).toBe(true);
      expect(isConsumerApiError(error)).toBe(true);
      expect(error.code).toBe(CONSUMER_API_ERROR_CODES[name as keyof typeof CONSUMER_API_ERROR_CODES]);
      expect(error.code).toMatch(/^ERR_DTK_CONSUMER_API_/);
      expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name, code: error.code, message: error.message });
    },
  );

  it('keeps the fields callers read as properties, from one details object', () => {
    const timeout = new RefreshUserDataTimeoutError({
      timeoutMs: 300,
      taskId: undefined,
      version: undefined,
      events: [],
    });
    expect(timeout.message).toBe('the user data refresh did not start within 300 ms');
    expect(timeout).toMatchObject({ timeoutMs: 300, taskId: undefined, events: [] });
    expect(new MoneyFormatError('bad', 12).input).toBe(12);
    expect(new MalformedTaskResponseError('bad', 'task-9').details).toEqual({ taskId: 'task-9' });
  });

  it('tells other errors apart', () => {
    expect(isConsumerApiError(new Error('x'))).toBe(false);
    expect(isConsumerApiError({ code: CONSUMER_API_ERROR_CODES.MoneyFormatError })).toBe(false);
  });
});
