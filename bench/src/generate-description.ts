// A synthetic OpenAPI 3.1 description shaped like a large fintech vendor's: resources with list/get/create/update/
// delete operations, nested object schemas with enums, formats, nullable fields, money strings, descriptions and
// examples, shared parameters and error responses, root security with an OAuth scope per resource. Deterministic:
// the same size always gives the same bytes, so runs compare like with like.
import { stringify } from 'yaml';

const WORDS = [
  'account',
  'payment',
  'transfer',
  'card',
  'statement',
  'merchant',
  'ledger',
  'invoice',
  'payee',
  'mandate',
  'dispute',
  'refund',
];
const STATUSES = ['pending', 'active', 'suspended', 'closed', 'failed', 'settled'];

function resourceName(index: number): string {
  return `${WORDS[index % WORDS.length]}${Math.floor(index / WORDS.length) || ''}`;
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Documented detail fields, as vendors list them (this is what makes a real description megabytes long). */
function detailFields(name: string, count: number): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (let field = 0; field < count; field += 1) {
    const key = `${name}Detail${field}`;
    fields[key] =
      field % 5 === 4
        ? {
            type: 'object',
            description: `Group ${field} of the ${name}'s settings, as configured by the institution.`,
            properties: {
              enabled: { type: 'boolean' },
              limit: { type: 'string', pattern: '^[0-9]+(\\.[0-9]{2})?$' },
              note: { type: ['string', 'null'] },
            },
          }
        : {
            type: field % 3 === 0 ? 'integer' : 'string',
            description: `Detail ${field} of the ${name}. Present once the ${name} has been reviewed; the vendor documents it as optional and may add values later.`,
            ...(field % 3 === 0 ? { minimum: 0, example: field } : { maxLength: 64, example: `${name}-${field}` }),
          };
  }
  return fields;
}

function schemaFor(name: string, index: number, details: number): Record<string, unknown> {
  const Name = pascal(name);
  return {
    type: 'object',
    description: `A ${name} as the vendor returns it. Fields marked nullable may be null while the ${name} is pending.`,
    required: ['id', 'status', 'createdAt', 'amount'],
    properties: {
      id: {
        type: 'string',
        format: 'uuid',
        description: `Identifier of the ${name}.`,
        example: '3f6c2a9e-8d41-4b7a-9c55-0e1f2a3b4c5d',
      },
      status: { type: 'string', enum: STATUSES, description: `Lifecycle state of the ${name}.` },
      createdAt: { type: 'string', format: 'date-time', description: 'When it was created (RFC 3339).' },
      updatedAt: { type: ['string', 'null'], format: 'date-time' },
      amount: {
        type: 'string',
        pattern: '^-?[0-9]+(\\.[0-9]{2})?$',
        description: 'Money as a decimal string.',
        example: '1543.00',
      },
      currency: { type: 'string', minLength: 3, maxLength: 3, example: 'USD' },
      reference: { type: ['string', 'null'], maxLength: 140, description: 'Free text the customer entered.' },
      counterparty: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          iban: { type: 'string', pattern: '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$' },
          address: { $ref: '#/components/schemas/Address' },
        },
      },
      tags: { type: 'array', items: { type: 'string' }, maxItems: 20 },
      metadata: { type: 'object', additionalProperties: { type: 'string' } },
      ...(index % 3 === 0 && { related: { type: 'array', items: { $ref: `#/components/schemas/${Name}Summary` } } }),
      ...detailFields(name, details),
    },
    example: {
      id: '3f6c2a9e-8d41-4b7a-9c55-0e1f2a3b4c5d',
      status: 'active',
      createdAt: '2026-01-02T03:04:05Z',
      amount: '10.00',
      currency: 'USD',
    },
  };
}

function operationsFor(name: string): Record<string, unknown> {
  const Name = pascal(name);
  const ref = (schema: string) => ({ $ref: `#/components/schemas/${schema}` });
  const json = (schema: unknown) => ({ 'application/json': { schema } });
  const errors = {
    '400': { $ref: '#/components/responses/BadRequest' },
    '404': { $ref: '#/components/responses/NotFound' },
  };
  const id = { name: `${name}Id`, in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  return {
    [`/${name}s`]: {
      get: {
        operationId: `list${Name}s`,
        summary: `List ${name}s`,
        tags: [Name],
        parameters: [
          { $ref: '#/components/parameters/Offset' },
          { $ref: '#/components/parameters/Limit' },
          { name: 'status', in: 'query', schema: { type: 'string', enum: STATUSES } },
        ],
        responses: {
          '200': {
            description: 'A page.',
            content: json({
              type: 'object',
              required: ['items'],
              properties: {
                items: { type: 'array', items: ref(`${Name}Summary`) },
                next: { type: ['string', 'null'] },
              },
            }),
          },
          ...errors,
        },
      },
      post: {
        operationId: `create${Name}`,
        summary: `Create a ${name}`,
        tags: [Name],
        security: [{ oauth: [`${name}s:read`, `${name}s:write`] }],
        requestBody: { required: true, content: json(ref(`New${Name}`)) },
        responses: { '201': { description: 'Created.', content: json(ref(Name)) }, ...errors },
      },
    },
    [`/${name}s/{${name}Id}`]: {
      parameters: [id],
      get: {
        operationId: `get${Name}`,
        summary: `Get a ${name}`,
        tags: [Name],
        responses: { '200': { description: 'The resource.', content: json(ref(Name)) }, ...errors },
      },
      patch: {
        operationId: `update${Name}`,
        summary: `Update a ${name}`,
        tags: [Name],
        security: [{ oauth: [`${name}s:write`] }],
        requestBody: { content: { 'application/merge-patch+json': { schema: ref(`New${Name}`) } } },
        responses: { '200': { description: 'Updated.', content: json(ref(Name)) }, ...errors },
      },
      delete: {
        operationId: `delete${Name}`,
        summary: `Delete a ${name}`,
        tags: [Name],
        security: [{ oauth: [`${name}s:write`] }],
        responses: { '204': { description: 'Deleted.' }, ...errors },
      },
    },
  };
}

/**
 * A description with about `operations` operations (five per resource). `detailed` (default) documents 70 + 25 + 40
 * detail fields per resource, as a large vendor description does (330 operations ≈ 3 MB); without, a resource's
 * schemas hold only their core fields (≈ 1 kB per operation), for the scaling runs.
 */
export function syntheticDescription(operations: number, detailed = true): string {
  const details = detailed ? 1 : 0;
  const resources = Math.max(1, Math.round(operations / 5));
  const paths: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = {
    Address: {
      type: 'object',
      properties: {
        line1: { type: 'string' },
        city: { type: 'string' },
        postalCode: { type: 'string' },
        country: { type: 'string', minLength: 2, maxLength: 2 },
      },
    },
    Error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: { type: 'array', items: { type: 'object', additionalProperties: true } },
      },
    },
  };
  const scopes: Record<string, string> = {};
  const tags: { name: string; description: string }[] = [];
  for (let index = 0; index < resources; index += 1) {
    const name = resourceName(index);
    const Name = pascal(name);
    Object.assign(paths, operationsFor(name));
    schemas[Name] = schemaFor(name, index, 70 * details);
    schemas[`${Name}Summary`] = {
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string' },
        status: { type: 'string', enum: STATUSES },
        amount: { type: 'string' },
        ...detailFields(name, 25 * details),
      },
    };
    schemas[`New${Name}`] = {
      type: 'object',
      required: ['amount'],
      properties: {
        amount: { type: 'string' },
        currency: { type: 'string' },
        reference: { type: 'string' },
        ...detailFields(name, 40 * details),
      },
    };
    scopes[`${name}s:read`] = `Read ${name}s.`;
    scopes[`${name}s:write`] = `Change ${name}s.`;
    tags.push({ name: Name, description: `Operations on ${name}s.` });
  }
  return stringify({
    openapi: '3.1.0',
    info: {
      title: `Synthetic fintech API (${resources * 5} operations)`,
      version: '1.0.0',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'https://api.fintech.test/v1' }],
    security: [
      {
        oauth: Object.keys(scopes)
          .filter((scope) => scope.endsWith(':read'))
          .slice(0, 1),
      },
    ],
    tags,
    paths,
    components: {
      securitySchemes: {
        oauth: {
          type: 'oauth2',
          flows: { clientCredentials: { tokenUrl: 'https://auth.fintech.test/token', scopes } },
        },
      },
      parameters: {
        Offset: { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0 } },
        Limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
      },
      responses: {
        BadRequest: {
          description: 'The request is invalid.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
        NotFound: {
          description: 'No such resource.',
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        },
      },
      schemas,
    },
  });
}
