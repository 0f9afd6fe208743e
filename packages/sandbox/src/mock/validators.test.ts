import { describe, expect, it } from 'vitest';
import { describeOperations, type OpenApiDocument } from './description.js';
import { DescriptionValidators, type ParameterValues } from './validators.js';

const schemas = {
  Note: {
    type: 'object',
    required: ['text'],
    properties: { text: { type: 'string', nullable: true, maxLength: 5 }, at: { type: 'string', format: 'date-time' } },
  },
};
const paths = {
  '/notes': {
    get: {
      parameters: [
        { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 10, default: 5 } },
        { name: 'tag', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
        { name: 'active', in: 'query', schema: { type: 'boolean' } },
        { name: 'X-Trace', in: 'header', required: true, schema: { type: 'string' } },
      ],
      responses: {
        '200': {
          description: 'ok',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Note' } } },
        },
      },
    },
  },
};

describe('DescriptionValidators', () => {
  it('coerces parameters to their types, applies defaults and names what is wrong', () => {
    const document: OpenApiDocument = { openapi: '3.0.3', paths, components: { schemas } };
    const validators = new DescriptionValidators(document);
    const [operation] = describeOperations(document);
    if (!operation) throw new Error('no operation');
    const values: ParameterValues = { path: {}, query: { tag: 'one', active: 'true' }, header: { 'x-trace': 't' } };
    expect(validators.validateParameters(operation, values)).toEqual([]);
    expect(values.query).toEqual({ tag: ['one'], active: true, limit: 5 });
    expect(validators.validateParameters(operation, { path: {}, query: { limit: '11' }, header: {} })).toEqual([
      'query.limit must be <= 10',
      "header must have required property 'x-trace'",
    ]);
  });

  it('validates OpenAPI 3.0 schemas with nullable, and formats', () => {
    const validators = new DescriptionValidators({ openapi: '3.0.3', paths: {}, components: { schemas } });
    expect(validators.validate('#/components/schemas/Note', { text: null })).toEqual([]);
    expect(validators.validate('#/components/schemas/Note', { text: 'too long', at: 'noon' })).toEqual([
      'body.text must NOT have more than 5 characters',
      'body.at must match format "date-time"',
    ]);
  });

  it('validates OpenAPI 3.1 schemas as JSON Schema 2020-12 (type lists, const)', () => {
    const validators = new DescriptionValidators({
      openapi: '3.1.0',
      paths: {},
      components: {
        schemas: {
          Flag: { type: 'object', properties: { on: { type: ['boolean', 'null'] }, kind: { const: 'flag' } } },
        },
      },
    });
    expect(validators.validate('#/components/schemas/Flag', { on: null, kind: 'flag' })).toEqual([]);
    expect(validators.validate('#/components/schemas/Flag', { on: 'yes', kind: 'other' })).toEqual([
      'body.on must be boolean,null',
      'body.kind must be equal to constant',
    ]);
  });
});
