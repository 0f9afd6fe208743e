import { describe, expect, it } from 'vitest';
import { buildItem, CollectionStore, findCollections, matchesCriteria, mergePatch } from './collections.js';
import { describeOperations, type OpenApiDocument } from './description.js';

const item = (schema: string) => ({
  description: 'ok',
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
});
const document: OpenApiDocument = {
  openapi: '3.0.3',
  paths: {
    '/shops/{shopId}/things': {
      parameters: [{ name: 'shopId', in: 'path', required: true, schema: { type: 'string' }, example: 's1' }],
      get: {
        operationId: 'listThings',
        responses: {
          '200': {
            description: 'ok',
            content: {
              'application/json': {
                schema: { $ref: '#/components/schemas/ThingList' },
                example: { things: [{ thingId: 't1', name: 'One', shopId: 's1' }], total: 1 },
              },
            },
          },
        },
      },
      post: {
        operationId: 'createThing',
        requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingInput' } } } },
        responses: { '201': item('Thing') },
      },
    },
    '/shops/{shopId}/things/{thingId}': {
      get: { operationId: 'getThing', responses: { '200': item('Thing') } },
      delete: { operationId: 'deleteThing', responses: { '204': { description: 'gone' } } },
    },
    '/shops/{shopId}/things/{thingId}/parts/{partId}': {
      get: { operationId: 'getPart', responses: { '200': item('Thing') } },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['thingId', 'name', 'shopId', 'createdAt', 'status'],
        properties: {
          thingId: { type: 'string' },
          name: { type: 'string' },
          shopId: { type: 'string' },
          status: { type: 'string', default: 'New' },
          createdAt: { type: 'string', format: 'date-time' },
          colour: { type: 'string' },
        },
      },
      ThingInput: { type: 'object', properties: { name: { type: 'string' }, colour: { type: 'string' } } },
      ThingList: {
        type: 'object',
        properties: {
          things: { type: 'array', items: { $ref: '#/components/schemas/Thing' } },
          total: { type: 'integer' },
        },
      },
    },
  },
};

describe('collections the paths imply', () => {
  it('are found with the role of each operation and the id property the item path names', () => {
    const [things, ...others] = findCollections(document, describeOperations(document));
    expect(others).toEqual([]); // parts have no list or create above them
    expect(things).toMatchObject({
      listTemplate: '/shops/{shopId}/things',
      idParameter: 'thingId',
      idProperty: 'thingId',
    });
    expect(Object.fromEntries(things?.roles ?? [])).toEqual({
      listThings: 'list',
      createThing: 'create',
      getThing: 'read',
      deleteThing: 'remove',
    });
  });

  it("start with the description's examples, under the example path values", () => {
    const store = new CollectionStore(document, describeOperations(document));
    const model = store.models[0];
    if (!model) throw new Error('no collection');
    expect(store.items(model, '/shops/s1/things')).toEqual([{ thingId: 't1', name: 'One', shopId: 's1' }]);
    store.remove('/shops/s1/things', 't1');
    expect(store.items(model, '/shops/s1/things')).toEqual([]);
  });

  it('build a created item from the body, the path, a new id, defaults and timestamps', () => {
    const model = findCollections(document, describeOperations(document))[0];
    if (!model) throw new Error('no collection');
    const now = new Date('2026-01-02T03:04:05Z');
    expect(
      buildItem(document, model, { name: 'Two', colour: 'red', extra: 'dropped' }, 't2', now, { shopId: 's9' }),
    ).toEqual({
      thingId: 't2',
      name: 'Two',
      shopId: 's9',
      status: 'New',
      createdAt: '2026-01-02T03:04:05.000Z',
      colour: 'red',
    });
  });
});

describe('mergePatch (RFC 7396)', () => {
  it('replaces, removes with null, and merges objects', () => {
    expect(mergePatch({ a: 1, b: { c: 2, d: 3 }, e: [1] }, { a: null, b: { c: null, f: 4 }, e: [2] })).toEqual({
      b: { d: 3, f: 4 },
      e: [2],
    });
    expect(mergePatch({ a: 1 }, 'x')).toBe('x');
  });
});

describe('matchesCriteria', () => {
  it('finds fields anywhere in an item and compares strings ignoring case', () => {
    const entity = { entityType: 'Person', person: { lastName: 'Gardner', dateOfBirth: '1986-04-12' } };
    expect(matchesCriteria(entity, { entityType: 'person', lastName: 'GARDNER' })).toBe(true);
    expect(matchesCriteria(entity, { lastName: 'Rivera' })).toBe(false);
    expect(matchesCriteria(entity, { nickname: 'G' })).toBe(false);
  });
});
