// An outside application: signs nothing in here, but prepares a PKCE login with @dtk/auth and reads the user's
// institution with @dtk/consumer-api from a stand-in server on 127.0.0.1.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPkcePair, type PkcePair } from '@dtk/auth';
import { consumerApiScopesFor, createConsumerApiClient, unwrap } from '@dtk/consumer-api';

const userId = '5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93';
const institutionId = 'a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17';

const server = createServer((request, response) => {
  const authorized = request.headers.authorization === 'Bearer stand-in-token';
  if (authorized && request.url === `/a/consumer/api/v0/users/${userId}/institutions/${institutionId}`) {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ contactHtml: 'Garden Financial', abilities: { zelle: true } }));
    return;
  }
  response.writeHead(authorized ? 404 : 401).end();
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;

try {
  const pkce: PkcePair = await createPkcePair();
  const scopes: string[] = ['openid', ...consumerApiScopesFor(['getUserInstitution'])];
  const client = createConsumerApiClient({
    baseUrl: `http://127.0.0.1:${port}/a/consumer/api/v0`,
    accessToken: 'stand-in-token',
  });
  const institution = await unwrap(
    client.GET('/users/{userId}/institutions/{institutionId}', { params: { path: { userId, institutionId } } }),
  );
  const name: string | undefined = institution.contactHtml;
  console.log(JSON.stringify({ name, scopes, challengeLength: pkce.codeChallenge.length }));
} finally {
  server.close();
}
