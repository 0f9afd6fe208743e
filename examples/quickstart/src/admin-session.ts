// The Admin API as a back-office job would use it: no user present, a client-credentials token
// obtained with a private_key_jwt assertion and renewed by the client itself.
import {
  adminApiScopesFor,
  createAdminApiClient,
  iterateConsumerUsers,
  MissingScopeError,
  unwrap,
} from '@dtk/admin-api';
import type { Sandbox } from '@dtk/sandbox';

const PARTNER = 'quickstart-partner';

export interface AdminSummary {
  partnerClients: string[];
  usersFound: number;
  refusedBeforeNetwork: string | undefined;
  operationsServed: string[];
  tokenRequests: number;
}

export async function runAdminSession(sandbox: Sandbox, log: (line: string) => void): Promise<AdminSummary> {
  const scope = adminApiScopesFor(['createPartnerClient', 'getPartnerClients', 'searchConsumerUsers']);
  // The sandbox's machine client; with Banno, its public key is registered with the External Application.
  const job = sandbox.clients.adminJob;
  const institutionId = sandbox.institution.id;
  log(`OpenID provider  ${sandbox.admin.issuer}`);
  log(`Admin API        ${sandbox.admin.baseUrl}`);
  const admin = createAdminApiClient({
    baseUrl: sandbox.admin.baseUrl,
    tokenUrl: sandbox.admin.tokenUrl,
    clientId: job.clientId,
    privateKey: job.privateKey,
    alg: job.alg,
    scope,
    allowInsecureRequests: true, // http only on loopback
  });

  const partnerPath = '/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}' as const;
  const params = { path: { institutionId, partnerName: PARTNER } };
  const created = await unwrap(
    admin.POST(partnerPath, {
      params,
      body: { name: 'Quickstart Partner App', redirectUris: ['https://partner.example/callback'] },
    }),
  );
  log(`partner client   created ${created.client?.clientId} (its secret stays with the partner)`);
  const partnerClients = await unwrap(admin.GET(partnerPath, { params }));
  for (const partnerClient of partnerClients)
    log(`partner client   listed  ${partnerClient.clientId} ${partnerClient.name}`);

  let usersFound = 0;
  for await (const user of iterateConsumerUsers(admin, institutionId, { pageSize: 2 })) {
    log(`consumer user    ${user.firstName} ${user.lastName} (${user.primaryInstitutionUsername})`);
    usersFound += 1;
  }

  // The token was not granted the history scope: the call fails before anything is sent.
  const refused = await admin
    .GET('/a/history/api/v0/institutions/{institutionId}/user-events', { params: { path: { institutionId } } })
    .then(
      () => undefined,
      (error: unknown) => (error instanceof MissingScopeError ? error.message : String(error)),
    );
  log(`scope check      ${refused ?? 'not triggered'}`);

  return {
    partnerClients: partnerClients.map((partnerClient) => partnerClient.name ?? ''),
    usersFound,
    refusedBeforeNetwork: refused,
    operationsServed: sandbox.apis['admin-api']?.mock.served() ?? [],
    tokenRequests: sandbox.admin.provider.grantCounts().client_credentials ?? 0,
  };
}
