import { describe, expect, it } from 'vitest';
import {
  applyRequestMediaType,
  checkPathParameters,
  isJsonMediaType,
  type Operation,
  OperationIndex,
  rebasedBaseUrl,
} from './operations.js';

const noCredentials = { token: undefined, schemes: {}, securitySchemes: undefined };

describe('rebasedBaseUrl', () => {
  const v0 = 'https://{host}/a/consumer/api/v0';
  it('replaces the root server path at the end of the base URL by the operation server path', () => {
    expect(
      rebasedBaseUrl('https://digital.garden-fi.com/a/consumer/api/v0', [v0], 'https://{host}/a/consumer/api/v1'),
    ).toBe('https://digital.garden-fi.com/a/consumer/api/v1');
    expect(rebasedBaseUrl('https://gw.example/bank-7/a/consumer/api/v0/', [v0], '/a/consumer/api/v1')).toBe(
      'https://gw.example/bank-7/a/consumer/api/v1',
    );
    expect(rebasedBaseUrl('https://api.example', ['https://{host}'], '/v2')).toBe('https://api.example/v2');
  });

  it('uses an absolute server without variables as it is, and gives up on what it cannot rebase', () => {
    expect(rebasedBaseUrl('https://a.example/v0', ['https://a.example/v0'], 'https://files.example/v1/')).toBe(
      'https://files.example/v1',
    );
    // A client pointed at another host (a gateway, the sandbox) keeps its origin for an absolute operation server.
    expect(rebasedBaseUrl('http://127.0.0.1:4401', ['https://banno.com'], 'https://login.jackhenry.com')).toBe(
      'http://127.0.0.1:4401',
    );
    expect(rebasedBaseUrl('https://banno.com', ['https://banno.com'], 'https://login.jackhenry.com')).toBe(
      'https://login.jackhenry.com',
    );
    expect(rebasedBaseUrl('https://a.example/other', [v0], 'https://{host}/a/consumer/api/v1')).toBeUndefined();
    expect(rebasedBaseUrl('https://a.example/a/consumer/api/v0', [v0], 'https://{host}/{version}/x')).toBeUndefined();
    expect(rebasedBaseUrl('https://a.example/a/consumer/api/v0', [], '/v1')).toBeUndefined();
    expect(rebasedBaseUrl('https://a.example/a/consumer/api/v0', [v0], 'relative/v1')).toBeUndefined();
  });
});

describe('OperationIndex', () => {
  it('finds an operation by method and path, and compiles unknown paths once', () => {
    const index = new OperationIndex(
      { routes: { getThing: { method: 'get', path: '/things/{id}' } } },
      'https://api.example',
      noCredentials,
    );
    expect(index.find('GET', '/things/{id}')).toMatchObject({
      operationId: 'getThing',
      pathParameters: [{ name: 'id', prefix: '' }],
    });
    expect(index.find('POST', '/things/{id}').operationId).toBeUndefined();
    expect(index.find('GET', '/other')).toBe(index.find('GET', '/other'));
  });
});

describe('checkPathParameters', () => {
  const operation = (path: string): Operation =>
    new OperationIndex(undefined, 'https://api.example', noCredentials).find('GET', path);

  it('refuses dot segments and empty values in every form, and missing parameters', () => {
    for (const value of ['', '.', '..', '%2e', '%2E%2e', '%252E%252E', ['..'], [''], {}]) {
      expect(() => checkPathParameters(operation('/a/{id}'), { id: value }), JSON.stringify(value)).toThrow(TypeError);
    }
    expect(() => checkPathParameters(operation('/a/{.id}'), { id: '.' })).toThrow(/is "\."/);
    // openapi-fetch writes an empty object as nothing, after the label style's dot.
    expect(() => checkPathParameters(operation('/a/{.id}'), { id: {} })).toThrow(/is ""/);
    expect(() => checkPathParameters(operation('/a/{id}'), {})).toThrow('path parameter "id" is missing');
    expect(() => checkPathParameters(operation('/a/{id}'), undefined)).toThrow('path parameter "id" is missing');
  });

  it('lets ordinary values through', () => {
    for (const value of ['a', '...', 'a.b', 0, false, ['a', 'b'], { k: 'v' }, { '': '' }, '%2e%2e%2f', '%zz']) {
      expect(() => checkPathParameters(operation('/a/{id}'), { id: value }), JSON.stringify(value)).not.toThrow();
    }
  });
});

describe('request media types', () => {
  it('accepts JSON and +json types, with parameters and in any case; refuses forms, multipart, text and look-alikes', () => {
    for (const type of [
      'application/json',
      'application/merge-patch+json',
      'application/vnd.banno.v1+json; charset=utf-8',
      'Application/JSON',
    ]) {
      expect(isJsonMediaType(type), type).toBe(true);
    }
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'text/json',
      'application/jsonp',
      'application/json-seq',
      '+json',
    ]) {
      expect(isJsonMediaType(type), type).toBe(false);
    }
  });

  it('relabels a JSON body with the declared +json type and refuses to send JSON as a form', () => {
    const index = new OperationIndex(
      {
        routes: {
          patch: { method: 'patch', path: '/p', requestContentType: 'application/merge-patch+json' },
          form: { method: 'post', path: '/f', requestContentType: 'application/x-www-form-urlencoded' },
        },
      },
      'https://api.example',
      noCredentials,
    );
    const json = (method: string) =>
      new Request('https://api.example/x', { method, body: '{}', headers: { 'content-type': 'application/json' } });
    const patch = json('PATCH');
    applyRequestMediaType(patch, index.find('PATCH', '/p'));
    expect(patch.headers.get('content-type')).toBe('application/merge-patch+json');
    expect(() => applyRequestMediaType(json('POST'), index.find('POST', '/f'))).toThrow(
      /form sends its body as application\/x-www-form-urlencoded/,
    );
  });
});
