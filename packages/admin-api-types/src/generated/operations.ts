/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from specs/admin-api/abilities.yaml, specs/admin-api/alerts.yaml, specs/admin-api/consumer-user-search.yaml, specs/admin-api/history.yaml, specs/admin-api/oidc-provider.yaml, specs/admin-api/partner-clients.yaml, specs/admin-api/user-details.yaml, specs/admin-api/zelle.yaml
 * by `pnpm generate` (this API only: `pnpm generate admin-api`).
 */

/**
 * The root server URLs as written in the description. Apart from `apiDescription` so that a client, which needs only
 * these, does not bundle the rest of it.
 */
export const apiServers = ["https://banno.com"] as const;

/**
 * The description these maps were generated from: its title, `info.version`, OpenAPI version, root server URLs
 * as written, and the sha256 of the published `openapi.json` (this package's `./openapi.json` export).
 */
export const apiDescription = {
  title: "Admin API",
  version: "0.0",
  openapi: "3.0.3",
  servers: apiServers,
  sha256: "4d5aa4dd2b67351530103b541382753c6797c3099957992b7771a682acf5eb1f",
} as const;

/**
 * Route of every operation: HTTP method, path template, the request media type when it is not JSON, and the
 * operation's own server when it (or its path item) declares `servers`.
 */
export const operationRoutes = {
  /**
   * GET /a/mobile/api/v0/institutions/{institutionId}/abilities — Get an institution's abilities
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Abilities page ; security requirement modeled
   */
  getInstitutionAbilities: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/abilities" },
  /**
   * GET /a/mobile/api/v0/institutions/{institutionId}/users/{userId}/abilities — Get a user's abilities
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Abilities page
   */
  getUserAbilities: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/abilities" },
  /**
   * GET /a/mobile/api/v0/abilities/metadata — Get metadata describing institution abilities
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Abilities page ; security requirement and response shape modeled
   */
  getAbilitiesMetadata: { method: "get", path: "/a/mobile/api/v0/abilities/metadata" },
  /**
   * POST /a/mobile/api/v0/institutions/{institutionId}/users/{userId}/alert/send/generic — Send a generic push alert
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Alerts > Details page ; response body modeled
   */
  sendGenericAlert: { method: "post", path: "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/alert/send/generic" },
  /**
   * GET /a/mobile/api/v0/institutions/{institutionId}/alert/config — Get alert configurations
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Alerts > Details page ; security requirement modeled
   */
  getAlertConfig: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/alert/config" },
  /**
   * GET /a/consumer-user-search/api/v0/institutions/{institutionId}/users — Search consumer users
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/consumers/ — User Search page
   */
  searchConsumerUsers: { method: "get", path: "/a/consumer-user-search/api/v0/institutions/{institutionId}/users" },
  /**
   * GET /a/history/api/v0/institutions/{institutionId}/user-events — List events of Admin users
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — History > History Events Retrieval page
   */
  getUserEvents: { method: "get", path: "/a/history/api/v0/institutions/{institutionId}/user-events" },
  /**
   * GET /a/history/api/v0/institutions/{institutionId}/person-events — List events of Consumer users
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — History > History Events Retrieval page
   */
  getPersonEvents: { method: "get", path: "/a/history/api/v0/institutions/{institutionId}/person-events" },
  /**
   * GET /.well-known/openid-configuration — Get the Jack Henry Identity discovery document
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — the Jack Henry Identity copy of the page puts discovery at the root of login.jackhenry.com, document fields modeled
   */
  getJackHenryIdentityConfiguration: { method: "get", path: "/.well-known/openid-configuration", server: "https://login.jackhenry.com" },
  /**
   * GET /a/oidc-provider/api/v0/.well-known/openid-configuration — Get the OpenID Connect discovery document
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — document fields modeled
   */
  getOpenIdConfiguration: { method: "get", path: "/a/oidc-provider/api/v0/.well-known/openid-configuration", server: "https://login.jackhenry.com" },
  /**
   * GET /a/oidc-provider/api/v0/jwks — Get the provider's public signing keys
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — key members modeled
   */
  getJwks: { method: "get", path: "/a/oidc-provider/api/v0/jwks", server: "https://login.jackhenry.com" },
  /**
   * GET /a/oidc-provider/api/v0/auth — Start an administrator's sign-in (authorization endpoint)
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — parameters from the Admin API authorization code quickstart, responses modeled
   */
  authorize: { method: "get", path: "/a/oidc-provider/api/v0/auth", server: "https://login.jackhenry.com" },
  /**
   * POST /a/oidc-provider/api/v0/token — Request an access token
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/
   */
  requestToken: { method: "post", path: "/a/oidc-provider/api/v0/token", requestContentType: "application/x-www-form-urlencoded", server: "https://login.jackhenry.com" },
  /**
   * POST /a/oidc-provider/api/v0/token/revocation — Revoke an access or refresh token
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — error responses modeled
   */
  revokeToken: { method: "post", path: "/a/oidc-provider/api/v0/token/revocation", requestContentType: "application/x-www-form-urlencoded", server: "https://login.jackhenry.com" },
  /**
   * GET /a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName} — List a partner's consumer clients
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page
   */
  getPartnerClients: { method: "get", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}" },
  /**
   * POST /a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName} — Create a consumer client for a partner
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page
   */
  createPartnerClient: { method: "post", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}" },
  /**
   * GET /a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId} — Get one of a partner's consumer clients
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page
   */
  getPartnerClient: { method: "get", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId}" },
  /**
   * PUT /a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId} — Update one of a partner's consumer clients
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page
   */
  updatePartnerClient: { method: "put", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId}" },
  /**
   * DELETE /a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId} — Delete one of a partner's consumer clients
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page
   */
  deletePartnerClient: { method: "delete", path: "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId}" },
  /**
   * GET /a/mobile/api/v0/institutions/{institutionId}/users/{userId}/details — Get a consumer user's details
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/consumers/ — User Details page
   */
  getUserDetails: { method: "get", path: "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/details" },
  /**
   * GET /a/consumer/api/institutions/{institutionId}/zelle/allowed-types — Get the kinds of Zelle use the institution allows
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/zelle/details/ — response members modeled
   */
  getZelleAllowedTypes: { method: "get", path: "/a/consumer/api/institutions/{institutionId}/zelle/allowed-types" },
  /**
   * PUT /a/consumer/api/institutions/{institutionId}/zelle/allowed-types — Set the kinds of Zelle use the institution allows
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/zelle/details/ — request members and responses modeled
   */
  setZelleAllowedTypes: { method: "put", path: "/a/consumer/api/institutions/{institutionId}/zelle/allowed-types" },
  /**
   * GET /a/consumer/api/institutions/{institutionId}/zelle/disclosures — Get the institution's Zelle disclosure
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/zelle/details/ — response members modeled
   */
  getZelleDisclosure: { method: "get", path: "/a/consumer/api/institutions/{institutionId}/zelle/disclosures" },
  /**
   * POST /a/consumer/api/institutions/{institutionId}/zelle/disclosures — Set the institution's Zelle disclosure
   * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/zelle/details/ — request members and responses modeled
   */
  setZelleDisclosure: { method: "post", path: "/a/consumer/api/institutions/{institutionId}/zelle/disclosures" },
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

/** The security schemes the requirements name: how each one is presented. */
export const securitySchemes = {
  clientCredentials: { type: "oauth2" },
} as const;
