// The house rules on small documents, linted with the house policy our own APIs use: provenance (`dtk/x-source`),
// open response enums (`dtk/response-enum-open`) and money by direction (`dtk/money-as-decimal-string`).

import { join } from 'node:path';
import { BaseResolver, lintDocument, loadConfig, makeDocumentFromString } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { xSourceProblem } from '../redocly-plugin/rules/x-source.js';
import { repoRoot } from './helpers.js';

const SOURCE = 'https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/accounts/details/';

interface Options {
  /** The 200 response schema. */
  response?: unknown;
  /** The request body schema (a POST then). */
  request?: unknown;
  schemas?: Record<string, unknown>;
  operation?: Record<string, unknown>;
}

/** A one-operation document that passes every house rule unless the options break one. */
function spec({
  response = { $ref: '#/components/schemas/Thing' },
  request,
  schemas,
  operation = {},
}: Options): string {
  const document = {
    openapi: '3.0.3',
    info: { title: 'Rules', version: '0.0', description: 'Test document.' },
    servers: [{ url: 'https://sample.banno.test' }],
    tags: [{ name: 'Things', description: 'Things.' }],
    paths: {
      '/things': {
        [request !== undefined ? 'post' : 'get']: {
          operationId: 'useThing',
          'x-source': SOURCE,
          summary: 'Use a thing',
          tags: ['Things'],
          security: [],
          ...(request !== undefined
            ? { requestBody: { required: true, content: { 'application/json': { schema: request } } } }
            : {}),
          responses: {
            '200': { description: 'OK', content: { 'application/json': { schema: response } } },
            '400': { description: 'Bad request' },
          },
          ...operation,
        },
      },
    },
    components: {
      schemas: schemas ?? { Thing: { type: 'object', 'x-source': SOURCE, properties: { name: { type: 'string' } } } },
    },
  };
  return JSON.stringify(document);
}

async function problems(text: string, rule: string): Promise<string[]> {
  // The house policy as our own APIs use it (specs/<api>/redocly.yaml extends `dtk/house`).
  const config = await loadConfig({ configPath: join(repoRoot, 'specs', 'consumer-api', 'redocly.yaml') });
  const found = await lintDocument({
    document: makeDocumentFromString(text, '/virtual/rules.json'),
    config,
    externalRefResolver: new BaseResolver(),
  });
  return found
    .filter((problem) => problem.ruleId === rule)
    .map((problem) => `${problem.location[0]?.pointer ?? ''} ${problem.message}`);
}

describe('the base document', () => {
  it('passes every rule under test', async () => {
    for (const rule of ['dtk/x-source', 'dtk/response-enum-open', 'dtk/money-as-decimal-string']) {
      expect(await problems(spec({}), rule), rule).toEqual([]);
    }
  });
});

describe('dtk/x-source', () => {
  it('requires it on every operation', async () => {
    expect(await problems(spec({ operation: { 'x-source': undefined } }), 'dtk/x-source')).toEqual([
      expect.stringContaining('#/paths/~1things/get Operation must say where it comes from'),
    ]);
  });

  it('requires it on every named schema', async () => {
    const schemas = { Thing: { type: 'object', properties: { name: { type: 'string' } } } };
    expect(await problems(spec({ schemas }), 'dtk/x-source')).toEqual([
      expect.stringContaining('Named schema "Thing" must say where it comes from'),
    ]);
  });

  it('checks its form wherever it appears', async () => {
    const schemas = {
      Thing: { type: 'object', 'x-source': SOURCE, properties: { name: { type: 'string', 'x-source': 'modeled:' } } },
    };
    expect(await problems(spec({ schemas }), 'dtk/x-source')).toEqual([
      expect.stringContaining('/properties/name/x-source'),
    ]);
  });

  it.each([
    SOURCE,
    `${SOURCE} ; scopes modeled`,
    'https://banno.github.io/open-api-docs/consumer-api/api-reference/v0/user/details/',
    'https://github.com/Banno/consumer-api-openid-connect-example',
    'modeled: Entity Services paths are not public',
  ])('accepts %s', (value) => {
    expect(xSourceProblem(value)).toBeUndefined();
  });

  it.each([
    ['http://jackhenry.dev/open-api-docs/', /reference URL|not a page/],
    ['https://example.com/docs', /not a page of Jack Henry's reference/],
    ['https://github.com/someone-else/banno', /not a page/],
    [`${SOURCE};no spaces`, /reference URL/],
    ['modeled:', /reference URL/],
    ['published', /reference URL/],
    [42, /must be a string/],
  ])('refuses %s', (value, reason) => {
    expect(xSourceProblem(value)).toMatch(reason);
  });
});

describe('dtk/response-enum-open', () => {
  const withStatus = (status: unknown) => ({ Thing: { type: 'object', 'x-source': SOURCE, properties: { status } } });

  it('flags a closed enum in a response, also through a $ref', async () => {
    expect(
      await problems(spec({ schemas: withStatus({ type: 'string', enum: ['On', 'Off'] }) }), 'dtk/response-enum-open'),
    ).toHaveLength(1);
    const schemas = {
      ...withStatus({ $ref: '#/components/schemas/Status' }),
      Status: { type: 'string', 'x-source': SOURCE, enum: ['On', 'Off'] },
    };
    expect(await problems(spec({ schemas }), 'dtk/response-enum-open')).toEqual([
      expect.stringContaining('#/components/schemas/Status/enum'),
    ]);
  });

  it('accepts an open enum: the known values and any string', async () => {
    const open = { anyOf: [{ type: 'string', enum: ['On', 'Off'] }, { type: 'string' }] };
    expect(await problems(spec({ schemas: withStatus(open) }), 'dtk/response-enum-open')).toEqual([]);
  });

  it('does not count a constrained string as the open member', async () => {
    const constrained = {
      anyOf: [
        { type: 'string', enum: ['On', 'Off'] },
        { type: 'string', pattern: '^[A-Z]' },
      ],
    };
    expect(await problems(spec({ schemas: withStatus(constrained) }), 'dtk/response-enum-open')).toHaveLength(1);
  });

  it('accepts a closed enum that says why Jack Henry publishes it as closed', async () => {
    const closed = {
      type: 'string',
      enum: ['On', 'Off'],
      'x-closed-enum': 'https://jackhenry.dev/open-api-docs/ says these two only',
    };
    expect(await problems(spec({ schemas: withStatus(closed) }), 'dtk/response-enum-open')).toEqual([]);
    expect(
      await problems(spec({ schemas: withStatus({ ...closed, 'x-closed-enum': ' ' }) }), 'dtk/response-enum-open'),
    ).toHaveLength(1);
  });

  it('leaves enums in requests alone', async () => {
    const request = { type: 'object', properties: { status: { type: 'string', enum: ['On', 'Off'] } } };
    expect(await problems(spec({ request }), 'dtk/response-enum-open')).toEqual([]);
  });
});

describe('dtk/money-as-decimal-string', () => {
  const pattern = '^-?[0-9]+(\\.[0-9]+)?$';
  const money = (amount: unknown) => ({ type: 'object', properties: { amount } });

  it('refuses a pattern on money in a response (Jack Henry publishes only "a string")', async () => {
    const schemas = { Thing: { ...money({ type: 'string', pattern }), 'x-source': SOURCE } };
    expect(await problems(spec({ schemas }), 'dtk/money-as-decimal-string')).toEqual([
      expect.stringContaining('is in a response: no `pattern`'),
    ]);
    const plain = { Thing: { ...money({ type: 'string' }), 'x-source': SOURCE } };
    expect(await problems(spec({ schemas: plain }), 'dtk/money-as-decimal-string')).toEqual([]);
  });

  it('requires a decimal pattern on money in a request', async () => {
    expect(await problems(spec({ request: money({ type: 'string' }) }), 'dtk/money-as-decimal-string')).toEqual([
      expect.stringContaining('is in a request: it must have a decimal `pattern`'),
    ]);
    expect(
      await problems(spec({ request: money({ type: 'string', pattern }) }), 'dtk/money-as-decimal-string'),
    ).toEqual([]);
  });

  it('asks for two schemas when one money schema is both sent and received', async () => {
    const schemas = { Thing: { ...money({ type: 'string', pattern }), 'x-source': SOURCE } };
    expect(
      await problems(spec({ schemas, request: { $ref: '#/components/schemas/Thing' } }), 'dtk/money-as-decimal-string'),
    ).toEqual([expect.stringContaining('used in a response and in a request')]);
  });

  it('still refuses money that is not a string, in either direction', async () => {
    const schemas = { Thing: { ...money({ type: 'number' }), 'x-source': SOURCE } };
    expect(await problems(spec({ schemas }), 'dtk/money-as-decimal-string')).toEqual([
      expect.stringContaining('must be `type: string`'),
    ]);
  });
});
