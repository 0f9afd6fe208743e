import { describe, expect, it } from 'vitest';
import { isJsonMediaType } from './request-media-type.js';

describe('isJsonMediaType', () => {
  it('accepts JSON and +json types, with parameters and in any case', () => {
    for (const type of ['application/json', 'application/merge-patch+json', 'application/vnd.banno.v1+json; charset=utf-8', 'Application/JSON']) {
      expect(isJsonMediaType(type), type).toBe(true);
    }
  });

  it('refuses forms, multipart, text and look-alikes', () => {
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/json', 'application/jsonp', 'application/json-seq', '+json']) {
      expect(isJsonMediaType(type), type).toBe(false);
    }
  });
});
