import { inspect } from 'node:util';
import { DtkError } from '@dtk/core';
import { describe, expect, it } from 'vitest';
import * as errors from './errors.js';
import {
  API_ERROR_CODES,
  ApiConnectionError,
  ApiError,
  ApiTimeoutError,
  apiErrorGuard,
  isApiError,
  NotFoundError,
  ReauthenticationRequiredError,
} from './errors.js';

const classes = Object.values(errors).filter(
  (value): value is typeof ApiError => typeof value === 'function' && value.prototype instanceof Error,
);

describe('the error convention', () => {
  it('gives every class its own name and code, listed in API_ERROR_CODES', () => {
    expect(classes.map((Class) => Class.name).sort()).toEqual(Object.keys(API_ERROR_CODES).sort());
    for (const Class of classes) {
      const error = new Class('m', { attempts: 0 } as never);
      expect(error.name).toBe(Class.name);
      expect(error.code).toBe(API_ERROR_CODES[Class.name as keyof typeof API_ERROR_CODES]);
      expect(Class.code).toBe(error.code);
      expect(error.code).toMatch(/^ERR_DTK_[A-Z_]+$/);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toBeInstanceOf(DtkError);
      expect(isApiError(error)).toBe(true);
    }
    expect(new Set(classes.map((Class) => Class.code)).size).toBe(classes.length);
  });

  it('keeps the hierarchy: a timeout is a connection error, a re-authentication is a 401', () => {
    expect(new ApiTimeoutError('t', { attempts: 1, timeoutMs: 5 })).toBeInstanceOf(ApiConnectionError);
    expect(new ReauthenticationRequiredError('r', { attempts: 2, reason: 'unauthorized' })).toBeInstanceOf(
      errors.AuthenticationError,
    );
    expect(new NotFoundError('n', { attempts: 1 })).not.toBeInstanceOf(ApiConnectionError);
  });

  it('prints only safe fields, the details redacted once more', () => {
    const error = new NotFoundError('GET /x failed', {
      attempts: 1,
      status: 404,
      body: { access_token: 'leak-1', errorCode: 7, messages: 'm' },
    });
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'NotFoundError',
      code: 'ERR_DTK_API_NOT_FOUND',
      details: { status: 404 },
    });
    for (const view of [JSON.stringify(error), inspect(error)]) expect(view).not.toContain('leak-1');
    expect(error.errorCode).toBe(7);
  });

  it('recognises errors of the shared re-authentication code, whichever package threw them', () => {
    class FromAuth extends DtkError {
      static override readonly code = 'ERR_DTK_REAUTHENTICATION_REQUIRED';
    }
    expect(new FromAuth('session ended', {})).toBeInstanceOf(ReauthenticationRequiredError);
    expect(isApiError(new FromAuth('x', {}))).toBe(false);
    expect(isApiError(new Error('x'))).toBe(false);
    expect(isApiError({ code: 'ERR_DTK_API' })).toBe(false);
  });
});

describe('apiErrorGuard', () => {
  interface operations {
    getThing: {
      responses: {
        200: { content: { 'application/json': { id: string } } };
        404: { content: { 'application/json': { errorCode: number } } };
        '5XX': { content?: never };
      };
    };
  }
  const isThingError = apiErrorGuard<operations>();
  const error = (status: number | undefined, operationId = 'getThing') =>
    new ApiError('x', { attempts: 1, status, operationId, body: { errorCode: 1 } });

  it('matches the operation, and the status, a range or any status', () => {
    expect(isThingError(error(404), 'getThing', 404)).toBe(true);
    expect(isThingError(error(404), 'getThing')).toBe(true);
    expect(isThingError(error(503), 'getThing', '5XX')).toBe(true);
    expect(isThingError(error(404), 'getThing', '5XX')).toBe(false);
    expect(isThingError(error(500), 'getThing', 404)).toBe(false);
    expect(isThingError(error(404, 'other'), 'getThing', 404)).toBe(false);
    expect(isThingError(error(undefined), 'getThing', 404)).toBe(false);
    expect(isThingError(new Error('x'), 'getThing')).toBe(false);
  });
});
