import { describe, expect, it } from 'vitest';
import { declaredResponse, describeOperations, type OpenApiDocument } from './description.js';

const document: OpenApiDocument = {
  openapi: '3.0.3',
  servers: [
    {
      url: 'https://{host}/a/consumer/api/{version}',
      variables: { host: { default: 'x.example' }, version: { default: 'v0' } },
    },
  ],
  security: [{ oidc: ['openid'] }],
  paths: {
    '/users/{userId}': {
      parameters: [{ $ref: '#/components/parameters/UserId' }],
      get: {
        operationId: 'getUser',
        responses: { '200': { $ref: '#/components/responses/User' }, '4XX': { description: 'client error' } },
      },
      delete: { security: [], responses: { '204': { description: 'gone' } } },
    },
    '/transfers': {
      servers: [{ url: 'https://x.example/a/consumer/api/v1' }],
      post: { operationId: 'createTransfer', responses: { default: { description: 'any' } } },
    },
  },
  components: {
    parameters: {
      UserId: {
        name: 'userId',
        in: 'path',
        required: true,
        schema: { type: 'string', format: 'uuid' },
        example: 'u-1',
      },
    },
    responses: {
      User: {
        description: 'the user',
        content: { 'application/json': { schema: { type: 'object' }, examples: { first: { value: { id: 'u-1' } } } } },
      },
    },
  },
};

describe('describeOperations', () => {
  const operations = describeOperations(document, {
    operationRoutes: { removeUser: { method: 'delete', path: '/users/{userId}' } },
  });
  const byKey = Object.fromEntries(operations.map((operation) => [operation.key, operation]));

  it("keys operations as the maps do (operationId, or the maps' key), else METHOD path", () => {
    expect(Object.keys(byKey).sort()).toEqual(['createTransfer', 'getUser', 'removeUser']);
    expect(describeOperations(document).map((operation) => operation.key)).toContain('DELETE /users/{userId}');
  });

  it('routes each under its server path, variables filled and operation servers honoured', () => {
    expect(byKey.getUser?.routeTemplate).toBe('/a/consumer/api/v0/users/{userId}');
    expect(byKey.createTransfer?.routeTemplate).toBe('/a/consumer/api/v1/transfers');
  });

  it('resolves referenced parameters and responses, keeping JSON pointers for the validator', () => {
    expect(byKey.getUser?.parameters).toEqual([
      expect.objectContaining({
        name: 'userId',
        in: 'path',
        required: true,
        schemaPointer: '#/components/parameters/UserId/schema',
        example: 'u-1',
      }),
    ]);
    const media = byKey.getUser?.responses.find((response) => response.status === '200')?.content[0];
    expect(media).toMatchObject({
      mediaType: 'application/json',
      schemaPointer: '#/components/responses/User/content/application~1json/schema',
      example: { id: 'u-1' },
      hasExample: true,
    });
  });

  it('inherits root security unless the operation has its own, even an empty one', () => {
    expect(byKey.getUser?.security).toEqual([{ oidc: ['openid'] }]);
    expect(byKey.removeUser?.security).toEqual([]);
  });

  it('finds the declared response for a status: exact, then range, then default', () => {
    expect(declaredResponse(byKey.getUser!, 200)?.status).toBe('200');
    expect(declaredResponse(byKey.getUser!, 404)?.status).toBe('4XX');
    expect(declaredResponse(byKey.getUser!, 500)).toBeUndefined();
    expect(declaredResponse(byKey.createTransfer!, 503)?.status).toBe('default');
  });
});
