// The Admin API as a back-office job would use it: no user present, a client-credentials token
// obtained with a private_key_jwt assertion (PS256) and renewed by the client itself.
import { adminApiScopesFor, createAdminApiClient, iterateConsumerUsers, MissingScopeError, unwrap } from '@dtk/admin-api';
import openapi from '@dtk/admin-api-types/openapi.json' with { type: 'json' };
import { generateClientKeys, machineClient, startOidcProvider } from '@dtk/testkit';
import { startMockApi, type OpenApiDocument } from './mock-api.js';

const CLIENT_ID = 'quickstart-admin-job';
/** The institution the Admin spec's examples use. */
const INSTITUTION_ID = '9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52';

export interface AdminSummary {
  partnerClients: string[];
  usersFound: number;
  refusedBeforeNetwork: string | undefined;
  operationsServed: string[];
  tokenRequests: number;
}

export async function runAdminSession(log: (line: string) => void): Promise<AdminSummary> {
  const scope = adminApiScopesFor(['getPartnerClients', 'searchConsumerUsers']);
  // Generated for this run; with Banno, the public key is registered with the External Application.
  const keys = await generateClientKeys('PS256');
  const provider = await startOidcProvider({
    issuerPath: '/a/oidc-provider/api/v0',
    scopes: scope,
    clients: [machineClient({ clientId: CLIENT_ID, keys, scopes: scope })],
  });
  const api = await startMockApi(openapi as unknown as OpenApiDocument, '', provider.resourceUrl);
  try {
    log(`OpenID provider  ${provider.issuer}`);
    log(`Admin API        ${api.url}`);
    const admin = createAdminApiClient({
      baseUrl: api.url,
      tokenUrl: provider.tokenEndpoint,
      clientId: CLIENT_ID,
      privateKey: keys.privateKey,
      alg: 'PS256',
      scope,
      allowInsecureRequests: true, // http only on loopback
    });

    const partnerClients = await unwrap(
      admin.GET('/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}', {
        params: { path: { institutionId: INSTITUTION_ID, partnerName: 'sample-partner' } },
      }),
    );
    for (const partnerClient of partnerClients) log(`partner client   ${partnerClient.clientId} ${partnerClient.name}`);

    let usersFound = 0;
    for await (const user of iterateConsumerUsers(admin, INSTITUTION_ID, { query: 'gardner', pageSize: 50 })) {
      log(`consumer user    ${user.firstName} ${user.lastName} (${user.primaryInstitutionUsername})`);
      usersFound += 1;
    }

    // The token was not granted the history scope: the call fails before anything is sent.
    const refused = await admin
      .GET('/a/history/api/v0/institutions/{institutionId}/user-events', { params: { path: { institutionId: INSTITUTION_ID } } })
      .then(() => undefined, (error: unknown) => (error instanceof MissingScopeError ? error.message : String(error)));
    log(`scope check      ${refused ?? 'not triggered'}`);

    return {
      partnerClients: partnerClients.map((partnerClient) => partnerClient.name ?? ''),
      usersFound,
      refusedBeforeNetwork: refused,
      operationsServed: [...api.served],
      tokenRequests: provider.grantCounts().client_credentials ?? 0,
    };
  } finally {
    await api.close();
    await provider.close();
  }
}
