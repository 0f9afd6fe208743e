/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from specs/admin-api/abilities.yaml, specs/admin-api/alerts.yaml, specs/admin-api/consumer-user-search.yaml, specs/admin-api/history.yaml, specs/admin-api/oidc-provider.yaml, specs/admin-api/partner-clients.yaml, specs/admin-api/user-details.yaml
 * by `pnpm generate` (this API only: `pnpm generate admin-api`).
 */

/**
 * The description these maps were generated from: its title, `info.version`, OpenAPI version, root server URLs
 * as written, and the sha256 of the published `openapi.json` (this package's `./openapi.json` export).
 */
export const apiDescription = {
  title: "Admin API",
  version: "0.0",
  openapi: "3.0.3",
  servers: ["https://banno.com"],
  sha256: "59470df5a2df594ae731eedc42cd5af511f49da3f7f22ea70e6c9fe88182184b",
} as const;

/**
 * Route of every operation: HTTP method, path template, the request media type when it is not JSON, and the
 * operation's own server when it (or its path item) declares `servers`.
 */
export const operationRoutes = {
  /** GET /a/mobile/api/v0/institutions/{institutionId}/abilities — Get an institution's abilities */
  getInstitutionAbilities: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/abilities" },
  /** GET /a/mobile/api/v0/institutions/{institutionId}/users/{userId}/abilities — Get a user's abilities */
  getUserAbilities: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/abilities" },
  /** GET /a/mobile/api/v0/abilities/metadata — Get metadata describing institution abilities */
  getAbilitiesMetadata: { method: "get", path: "/a/mobile/api/v0/abilities/metadata" },
  /** POST /a/mobile/api/v0/institutions/{institutionId}/users/{userId}/alert/send/generic — Send a generic push alert */
  sendGenericAlert: { method: "post", path: "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/alert/send/generic" },
  /** GET /a/mobile/api/v0/institutions/{institutionId}/alert/config — Get alert configurations */
  getAlertConfig: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/alert/config" },
  /** GET /a/consumer-user-search/api/v0/institutions/{institutionId}/users — Search consumer users */
  searchConsumerUsers: { method: "get", path: "/a/consumer-user-search/api/v0/institutions/{institutionId}/users" },
  /** GET /a/history/api/v0/institutions/{institutionId}/user-events — List events of Admin users */
  getUserEvents: { method: "get", path: "/a/history/api/v0/institutions/{institutionId}/user-events" },
  /** GET /a/history/api/v0/institutions/{institutionId}/person-events — List events of Consumer users */
  getPersonEvents: { method: "get", path: "/a/history/api/v0/institutions/{institutionId}/person-events" },
  /** GET /a/oidc-provider/api/v0/.well-known/openid-configuration — Get the OpenID Connect discovery document */
  getOpenIdConfiguration: { method: "get", path: "/a/oidc-provider/api/v0/.well-known/openid-configuration" },
  /** GET /a/oidc-provider/api/v0/jwks — Get the provider's public signing keys */
  getJwks: { method: "get", path: "/a/oidc-provider/api/v0/jwks" },
  /** POST /a/oidc-provider/api/v0/token — Request an access token */
  requestToken: { method: "post", path: "/a/oidc-provider/api/v0/token", requestContentType: "application/x-www-form-urlencoded" },
  /** POST /a/oidc-provider/api/v0/token/revocation — Revoke an access or refresh token */
  revokeToken: { method: "post", path: "/a/oidc-provider/api/v0/token/revocation", requestContentType: "application/x-www-form-urlencoded" },
  /** GET /a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName} — List a partner's consumer clients */
  getPartnerClients: { method: "get", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}" },
  /** POST /a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName} — Create a consumer client for a partner */
  createPartnerClient: { method: "post", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}" },
  /** GET /a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId} — Get one of a partner's consumer clients */
  getPartnerClient: { method: "get", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId}" },
  /** PUT /a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId} — Update one of a partner's consumer clients */
  updatePartnerClient: { method: "put", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId}" },
  /** DELETE /a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId} — Delete one of a partner's consumer clients */
  deletePartnerClient: { method: "delete", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId}" },
  /** GET /a/mobile/api/v0/institutions/{institutionId}/users/{userId}/details — Get a consumer user's details */
  getUserDetails: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/details" },
} as const;

/** The operation keys of this API: operationIds, and derived keys for operations without one. */
export type OperationId = keyof typeof operationRoutes;

/**
 * Effective security of each operation (after inheriting the root `security`), as OpenAPI means it: a list of
 * alternatives, each requiring all its schemes with all their scopes. `[]` = public; `[{}]` = authentication optional.
 */
export const operationSecurity = {
  getInstitutionAbilities: [{ clientCredentials: [] }],
  getUserAbilities: [{ clientCredentials: [] }],
  getAbilitiesMetadata: [{ clientCredentials: [] }],
  sendGenericAlert: [{ clientCredentials: [] }],
  getAlertConfig: [{ clientCredentials: [] }],
  searchConsumerUsers: [{ clientCredentials: ["https://jackhenry.com/consumer-user-search"] }],
  getUserEvents: [{ clientCredentials: ["https://jackhenry.com/history/user-events.read"] }],
  getPersonEvents: [{ clientCredentials: ["https://jackhenry.com/history/person-events.read"] }],
  getOpenIdConfiguration: [],
  getJwks: [],
  requestToken: [],
  revokeToken: [],
  getPartnerClients: [{ clientCredentials: [] }],
  createPartnerClient: [{ clientCredentials: [] }],
  getPartnerClient: [{ clientCredentials: [] }],
  updatePartnerClient: [{ clientCredentials: [] }],
  deletePartnerClient: [{ clientCredentials: [] }],
  getUserDetails: [{ clientCredentials: [] }],
} as const satisfies Record<OperationId, readonly Readonly<Record<string, readonly string[]>>[]>;

/** Every scope named by any requirement of each operation (informational; `operationSecurity` says which combine). */
export const operationScopes = {
  getInstitutionAbilities: [],
  getUserAbilities: [],
  getAbilitiesMetadata: [],
  sendGenericAlert: [],
  getAlertConfig: [],
  searchConsumerUsers: ["https://jackhenry.com/consumer-user-search"],
  getUserEvents: ["https://jackhenry.com/history/user-events.read"],
  getPersonEvents: ["https://jackhenry.com/history/person-events.read"],
  getOpenIdConfiguration: [],
  getJwks: [],
  requestToken: [],
  revokeToken: [],
  getPartnerClients: [],
  createPartnerClient: [],
  getPartnerClient: [],
  updatePartnerClient: [],
  deletePartnerClient: [],
  getUserDetails: [],
} as const satisfies Record<OperationId, readonly string[]>;

/** The security schemes the requirements name: how each one is presented. */
export const securitySchemes = {
  clientCredentials: { type: "oauth2" },
} as const;
