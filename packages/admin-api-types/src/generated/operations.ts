/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from specs/admin-api/abilities.yaml, specs/admin-api/alerts.yaml, specs/admin-api/consumer-user-search.yaml, specs/admin-api/history.yaml, specs/admin-api/oidc-provider.yaml, specs/admin-api/partner-clients.yaml, specs/admin-api/user-details.yaml, specs/admin-api/zelle.yaml
 * by `pnpm generate` (this API only: `pnpm generate admin-api`).
 */

/** Route of every operation: operationId → HTTP method, path template and, when not JSON, the request media type. */
export const operationRoutes = {
  getInstitutionAbilities: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/abilities" },
  getUserAbilities: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/abilities" },
  getAbilitiesMetadata: { method: "get", path: "/a/mobile/api/v0/abilities/metadata" },
  sendGenericAlert: { method: "post", path: "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/alert/send/generic" },
  getAlertConfig: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/alert/config" },
  searchConsumerUsers: { method: "get", path: "/a/consumer-user-search/api/v0/institutions/{institutionId}/users" },
  getUserEvents: { method: "get", path: "/a/history/api/v0/institutions/{institutionId}/user-events" },
  getPersonEvents: { method: "get", path: "/a/history/api/v0/institutions/{institutionId}/person-events" },
  getJackHenryIdentityConfiguration: { method: "get", path: "/.well-known/openid-configuration" },
  getOpenIdConfiguration: { method: "get", path: "/a/oidc-provider/api/v0/.well-known/openid-configuration" },
  getJwks: { method: "get", path: "/a/oidc-provider/api/v0/jwks" },
  authorize: { method: "get", path: "/a/oidc-provider/api/v0/auth" },
  requestToken: { method: "post", path: "/a/oidc-provider/api/v0/token", requestContentType: "application/x-www-form-urlencoded" },
  revokeToken: { method: "post", path: "/a/oidc-provider/api/v0/token/revocation", requestContentType: "application/x-www-form-urlencoded" },
  getPartnerClients: { method: "get", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}" },
  createPartnerClient: { method: "post", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}" },
  getPartnerClient: { method: "get", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId}" },
  updatePartnerClient: { method: "put", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId}" },
  deletePartnerClient: { method: "delete", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId}" },
  getUserDetails: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/details" },
  getZelleAllowedTypes: { method: "get", path: "/a/consumer/api/institutions/{institutionId}/zelle/allowed-types" },
  setZelleAllowedTypes: { method: "put", path: "/a/consumer/api/institutions/{institutionId}/zelle/allowed-types" },
  getZelleDisclosure: { method: "get", path: "/a/consumer/api/institutions/{institutionId}/zelle/disclosures" },
  setZelleDisclosure: { method: "post", path: "/a/consumer/api/institutions/{institutionId}/zelle/disclosures" },
} as const;

/** The operationIds of this API. */
export type OperationId = keyof typeof operationRoutes;

/** Scopes that can authorize each operation (any one requirement's scopes suffice); `[]` for public operations. */
export const operationScopes = {
  getInstitutionAbilities: [],
  getUserAbilities: [],
  getAbilitiesMetadata: [],
  sendGenericAlert: [],
  getAlertConfig: [],
  searchConsumerUsers: ["https://jackhenry.com/consumer-user-search"],
  getUserEvents: ["https://jackhenry.com/history/user-events.read"],
  getPersonEvents: ["https://jackhenry.com/history/person-events.read"],
  getJackHenryIdentityConfiguration: [],
  getOpenIdConfiguration: [],
  getJwks: [],
  authorize: [],
  requestToken: [],
  revokeToken: [],
  getPartnerClients: [],
  createPartnerClient: [],
  getPartnerClient: [],
  updatePartnerClient: [],
  deletePartnerClient: [],
  getUserDetails: [],
  getZelleAllowedTypes: [],
  setZelleAllowedTypes: [],
  getZelleDisclosure: [],
  setZelleDisclosure: [],
} as const satisfies Record<OperationId, readonly string[]>;

/** Security requirements of each operation as the spec states them: alternatives of scheme name → scopes. */
export const operationSecurity = {
  getInstitutionAbilities: [{ clientCredentials: [] }],
  getUserAbilities: [{ clientCredentials: [] }],
  getAbilitiesMetadata: [{ clientCredentials: [] }],
  sendGenericAlert: [{ clientCredentials: [] }],
  getAlertConfig: [{ clientCredentials: [] }],
  searchConsumerUsers: [{ clientCredentials: ["https://jackhenry.com/consumer-user-search"] }],
  getUserEvents: [{ clientCredentials: ["https://jackhenry.com/history/user-events.read"] }],
  getPersonEvents: [{ clientCredentials: ["https://jackhenry.com/history/person-events.read"] }],
  getJackHenryIdentityConfiguration: [],
  getOpenIdConfiguration: [],
  getJwks: [],
  authorize: [],
  requestToken: [],
  revokeToken: [],
  getPartnerClients: [{ clientCredentials: [] }],
  createPartnerClient: [{ clientCredentials: [] }],
  getPartnerClient: [{ clientCredentials: [] }],
  updatePartnerClient: [{ clientCredentials: [] }],
  deletePartnerClient: [{ clientCredentials: [] }],
  getUserDetails: [{ clientCredentials: [] }],
  getZelleAllowedTypes: [{ clientCredentials: [] }],
  setZelleAllowedTypes: [{ clientCredentials: [] }],
  getZelleDisclosure: [{ clientCredentials: [] }],
  setZelleDisclosure: [{ clientCredentials: [] }],
} as const satisfies Record<OperationId, readonly Readonly<Record<string, readonly string[]>>[]>;
