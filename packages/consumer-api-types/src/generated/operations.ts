/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from specs/consumer-api/abilities.yaml, specs/consumer-api/accounts.yaml, specs/consumer-api/aggregation.yaml, specs/consumer-api/alerts.yaml, specs/consumer-api/bill-pay.yaml, specs/consumer-api/cards.yaml, specs/consumer-api/documents.yaml, specs/consumer-api/institutions.yaml, specs/consumer-api/oidc.yaml, specs/consumer-api/rapid-transfers.yaml, specs/consumer-api/transactions.yaml, specs/consumer-api/users.yaml, specs/consumer-api/zelle.yaml
 * by `pnpm generate` (this API only: `pnpm generate consumer-api`).
 */

/**
 * The root server URLs as written in the description. Apart from `apiDescription` so that a client, which needs only
 * these, does not bundle the rest of it.
 */
export const apiServers = ["https://{host}/a/consumer/api/v0"] as const;

/**
 * The description these maps were generated from: its title, `info.version`, OpenAPI version, root server URLs
 * as written, and the sha256 of the published `openapi.json` (this package's `./openapi.json` export).
 */
export const apiDescription = {
  title: "Consumer API",
  version: "0.0",
  openapi: "3.0.3",
  servers: apiServers,
  sha256: "6eeb81b901f6fd5d2db0fefffc0a424a81c77242f65c44e538a94988332d1324",
} as const;

/**
 * Route of every operation: HTTP method, path template, the request media type when it is not JSON, and the
 * operation's own server when it (or its path item) declares `servers`.
 */
export const operationRoutes = {
  /**
   * GET /institutions/{institutionId}/users/{userId}/abilities — Get a user's abilities
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/abilities/details/
   */
  getUserAbilities: { method: "get", path: "/institutions/{institutionId}/users/{userId}/abilities" },
  /**
   * GET /users/{userId}/accounts — List the user's accounts
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/accounts/details/
   */
  listAccounts: { method: "get", path: "/users/{userId}/accounts" },
  /**
   * GET /users/{userId}/accounts/{accountId} — Get one of the user's accounts
   * Modeled: not in Jack Henry's published reference — path from a tool generated from the Accounts page; scopes, response and Admin API note inferred
   */
  getAccount: { method: "get", path: "/users/{userId}/accounts/{accountId}" },
  /**
   * GET /users/{userId}/accounts/{accountId}/number — Get the account's unmasked number
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/accounts/details/ — scope and response modeled
   */
  getAccountNumber: { method: "get", path: "/users/{userId}/accounts/{accountId}/number" },
  /**
   * PUT /users/{userId}/accounts/{accountId}/name — Rename an account
   * Modeled: not in Jack Henry's published reference — path and Admin API note from a tool generated from the Accounts page; scope, body and responses inferred
   */
  renameAccount: { method: "put", path: "/users/{userId}/accounts/{accountId}/name" },
  /**
   * GET /users/{userId}/accounts/entitlements — Get the user's entitlements for all accounts
   * Modeled: not in Jack Henry's published reference — path and Admin API note from a tool generated from the Accounts page; scopes and response inferred
   */
  getAccountEntitlements: { method: "get", path: "/users/{userId}/accounts/entitlements" },
  /**
   * PUT /users/{userId}/fetch — Start fetching fresh data for a user
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/account-aggregation/details/
   */
  startAggregation: { method: "put", path: "/users/{userId}/fetch" },
  /**
   * GET /users/{userId}/tasks/{taskId} — Get a task's events (long poll with sinceVersion)
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/task-events/details/
   */
  getTaskEvents: { method: "get", path: "/users/{userId}/tasks/{taskId}" },
  /**
   * GET /users/{userId}/alert/definitions — Get the alert definitions supported by the institution
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/alerts/details/ — definition fields modeled
   */
  listAlertDefinitions: { method: "get", path: "/users/{userId}/alert/definitions" },
  /**
   * GET /users/{userId}/alert/inbox — Get the user's alert inbox
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/alerts/details/ — inbox body modeled
   */
  getAlertInbox: { method: "get", path: "/users/{userId}/alert/inbox" },
  /**
   * GET /users/{userId}/configuration/billpay — Get the user's bill pay configuration
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/enrollment/ — response body modeled
   */
  getBillPayConfiguration: { method: "get", path: "/users/{userId}/configuration/billpay" },
  /**
   * POST /users/{userId}/billpay/enrollment/eligible — Check whether the user may enroll in bill pay
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/enrollment/ — request and response bodies modeled
   */
  checkBillPayEnrollmentEligibility: { method: "post", path: "/users/{userId}/billpay/enrollment/eligible" },
  /**
   * POST /users/{userId}/billpay/fetch — Sync the user's bill pay data
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/retrieval/ — response fields modeled
   */
  syncBillPay: { method: "post", path: "/users/{userId}/billpay/fetch" },
  /**
   * GET /users/{userId}/availableDeliveryOptions — Get the available delivery options
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/payments/ — response fields modeled
   */
  getAvailableDeliveryOptions: { method: "get", path: "/users/{userId}/availableDeliveryOptions" },
  /**
   * POST /users/{userId}/payments — Schedule a bill payment
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/payments/ — request, response, scope and errors modeled (the published excerpt is cut short)
   */
  createBillPayment: { method: "post", path: "/users/{userId}/payments" },
  /**
   * GET /users/{userId}/cards — List the user's cards
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/cards/details/ — response fields modeled
   */
  listCards: { method: "get", path: "/users/{userId}/cards" },
  /**
   * PUT /users/{userId}/cards/{cardId}/{cardType}/status — Change a card's status
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/cards/details/ — responses modeled
   */
  updateCardStatus: { method: "put", path: "/users/{userId}/cards/{cardId}/{cardType}/status" },
  /**
   * GET /users/{userId}/documents/all — List documents for the user's accounts
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/documents/details/ — response modeled
   */
  listDocuments: { method: "get", path: "/users/{userId}/documents/all" },
  /**
   * GET /users/{userId}/institutions/{institutionId} — Get the institution's settings for the user
   * @see https://github.com/Banno/jh-consumer-app-tools — path from Banno's public code, scope modeled
   */
  getUserInstitution: { method: "get", path: "/users/{userId}/institutions/{institutionId}" },
  /**
   * GET /oidc/.well-known/openid-configuration — Get the OpenID Connect discovery document
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/accounts/details/ — the openIdConnectUrl of every Consumer API page, document fields modeled
   */
  getOpenIdConfiguration: { method: "get", path: "/oidc/.well-known/openid-configuration" },
  /**
   * GET /oidc/auth — Start a user's sign-in (authorization endpoint)
   * @see https://jackhenry.dev/open-api-docs/consumer-api/guides/claimsintheidentitytoken/ — responses modeled
   */
  authorize: { method: "get", path: "/oidc/auth" },
  /**
   * POST /oidc/token — Exchange a code or a refresh token for tokens
   * @see https://jackhenry.dev/open-api-docs/consumer-api/guides/claimsintheidentitytoken/ — token response published, request from Banno's sample code, errors modeled
   */
  requestToken: { method: "post", path: "/oidc/token", requestContentType: "application/x-www-form-urlencoded" },
  /**
   * GET /oidc/me — Get the signed-in user's claims (user info)
   * @see https://github.com/Banno/consumer-api-openid-connect-example — the user info endpoint of Banno's sample code, body modeled
   */
  getUserInfo: { method: "get", path: "/oidc/me" },
  /**
   * GET /oidc/jwks — Get the provider's public signing keys
   * Modeled: not in Jack Henry's published reference — the jwks_uri of a live Banno tenant's discovery document; body per RFC 7517
   */
  getJwks: { method: "get", path: "/oidc/jwks" },
  /**
   * POST /oidc/token/revocation — Revoke an access or refresh token
   * Modeled: not in Jack Henry's published reference — the revocation_endpoint of a live Banno tenant's discovery document; body per RFC 7009
   */
  revokeToken: { method: "post", path: "/oidc/token/revocation", requestContentType: "application/x-www-form-urlencoded" },
  /**
   * POST /oidc/token/introspection — Introspect a token
   * Modeled: not in Jack Henry's published reference — the introspection_endpoint of a live Banno tenant's discovery document; bodies per RFC 7662
   */
  introspectToken: { method: "post", path: "/oidc/token/introspection", requestContentType: "application/x-www-form-urlencoded" },
  /**
   * POST /oidc/request — Push an authorization request (PAR)
   * Modeled: not in Jack Henry's published reference — the pushed_authorization_request_endpoint of a live Banno tenant's discovery document; bodies per RFC 9126
   */
  pushAuthorizationRequest: { method: "post", path: "/oidc/request", requestContentType: "application/x-www-form-urlencoded" },
  /**
   * GET /oidc/logout — Sign the user out (end session)
   * Modeled: not in Jack Henry's published reference — the end_session_endpoint of a live Banno tenant's discovery document; parameters per OpenID Connect RP-Initiated Logout 1.0
   */
  endSession: { method: "get", path: "/oidc/logout" },
  /**
   * GET /v1/users/{userId}/rapid-transfers/methods — List the user's rapid-transfer payment methods
   * @see https://jackhenry.dev/digital-core-api-docs/rapid-transfers/consumer-endpoints/ — HTTP method and response body modeled
   */
  listRapidTransferPaymentMethods: { method: "get", path: "/v1/users/{userId}/rapid-transfers/methods", server: "https://{host}/a/consumer/api" },
  /**
   * POST /v1/users/{userId}/rapid-transfers/methods/cards — Link a card as a rapid-transfer payment method
   * @see https://jackhenry.dev/digital-core-api-docs/rapid-transfers/consumer-endpoints/ — HTTP method and bodies modeled
   */
  linkRapidTransferCard: { method: "post", path: "/v1/users/{userId}/rapid-transfers/methods/cards", server: "https://{host}/a/consumer/api" },
  /**
   * GET /users/{userId}/accounts/{accountId}/transactions — List an account's transactions
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/transactions/details/
   */
  listTransactions: { method: "get", path: "/users/{userId}/accounts/{accountId}/transactions" },
  /**
   * GET /users/{userId} — Get the user's profile
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/user/details/
   */
  getUser: { method: "get", path: "/users/{userId}" },
  /**
   * PUT /users/{userId} — Update the user's email address
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/user/details/ — request body limited to email (modeled)
   */
  updateUser: { method: "put", path: "/users/{userId}" },
  /**
   * PATCH /users/{userId} — Set or clear the user's preferred name
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/user/details/
   */
  patchUser: { method: "patch", path: "/users/{userId}" },
  /**
   * GET /users/{userId}/zelle/accounts — List the accounts the user can use with Zelle
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/zelle/details/
   */
  listZelleAccounts: { method: "get", path: "/users/{userId}/zelle/accounts" },
  /**
   * GET /users/{userId}/zelle/regd — Get the Zelle Reg D notice of the user's institution
   * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/zelle/details/
   */
  getZelleRegDNotice: { method: "get", path: "/users/{userId}/zelle/regd" },
} as const;

/** The operation keys of this API: operationIds, and derived keys for operations without one. */
export type OperationId = keyof typeof operationRoutes;

/**
 * Effective security of each operation (after inheriting the root `security`), as OpenAPI means it: a list of
 * alternatives, each requiring all its schemes with all their scopes. `[]` = public; `[{}]` = authentication optional.
 */
export const operationSecurity = {
  getUserAbilities: [{ clientCredentials: ["https://jackhenry.com/abilities/user.abilities.read"] }],
  listAccounts: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readwrite"] }],
  getAccount: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readwrite"] }],
  getAccountNumber: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.unmaskednumber.readonly"] }],
  renameAccount: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readwrite"] }],
  getAccountEntitlements: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readwrite"] }],
  startAggregation: [{ OpenID_Connect: ["openid"] }],
  getTaskEvents: [{ OpenID_Connect: ["openid"] }],
  listAlertDefinitions: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/user.alerts.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/user.alerts.readwrite"] }],
  getAlertInbox: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/user.alerts.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/user.alerts.readwrite"] }],
  getBillPayConfiguration: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.enrollment.readwrite"] }],
  checkBillPayEnrollmentEligibility: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.enrollment.readwrite"] }],
  syncBillPay: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payees.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payees.readwrite"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payments.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payments.readwrite"] }],
  getAvailableDeliveryOptions: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payees.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payees.readwrite"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payments.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payments.readwrite"] }],
  createBillPayment: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payments.readwrite"] }],
  listCards: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/cardcontrols.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/cardcontrols.readwrite"] }],
  updateCardStatus: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/cardcontrols.readwrite"] }],
  listDocuments: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/documents.readonly"] }, { OpenID_Connect: ["https://api.banno.com/consumer/auth/documents.readwrite"] }],
  getUserInstitution: [{ OpenID_Connect: ["openid"] }],
  getOpenIdConfiguration: [],
  authorize: [],
  requestToken: [],
  getUserInfo: [{ OpenID_Connect: ["openid"] }],
  getJwks: [],
  revokeToken: [],
  introspectToken: [],
  pushAuthorizationRequest: [],
  endSession: [],
  listRapidTransferPaymentMethods: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/rapidtransfers.paymentmethods.readonly"] }],
  linkRapidTransferCard: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/rapidtransfers.cards.write"] }],
  listTransactions: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/transactions.detail.readonly"] }],
  getUser: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/user.profile.readonly"] }],
  updateUser: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/user.email.readwrite"] }],
  patchUser: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/user.preferredname.readwrite"] }],
  listZelleAccounts: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/zelle.accounts.readonly"] }],
  getZelleRegDNotice: [{ OpenID_Connect: ["openid"] }],
} as const satisfies Record<OperationId, readonly Readonly<Record<string, readonly string[]>>[]>;

/** Every scope named by any requirement of each operation (informational; `operationSecurity` says which combine). */
export const operationScopes = {
  getUserAbilities: ["https://jackhenry.com/abilities/user.abilities.read"],
  listAccounts: ["https://api.banno.com/consumer/auth/accounts.readonly", "https://api.banno.com/consumer/auth/accounts.readwrite"],
  getAccount: ["https://api.banno.com/consumer/auth/accounts.readonly", "https://api.banno.com/consumer/auth/accounts.readwrite"],
  getAccountNumber: ["https://api.banno.com/consumer/auth/accounts.unmaskednumber.readonly"],
  renameAccount: ["https://api.banno.com/consumer/auth/accounts.readwrite"],
  getAccountEntitlements: ["https://api.banno.com/consumer/auth/accounts.readonly", "https://api.banno.com/consumer/auth/accounts.readwrite"],
  startAggregation: ["openid"],
  getTaskEvents: ["openid"],
  listAlertDefinitions: ["https://api.banno.com/consumer/auth/user.alerts.readonly", "https://api.banno.com/consumer/auth/user.alerts.readwrite"],
  getAlertInbox: ["https://api.banno.com/consumer/auth/user.alerts.readonly", "https://api.banno.com/consumer/auth/user.alerts.readwrite"],
  getBillPayConfiguration: ["https://api.banno.com/consumer/auth/billpay.enrollment.readwrite"],
  checkBillPayEnrollmentEligibility: ["https://api.banno.com/consumer/auth/billpay.enrollment.readwrite"],
  syncBillPay: ["https://api.banno.com/consumer/auth/billpay.payees.readonly", "https://api.banno.com/consumer/auth/billpay.payees.readwrite", "https://api.banno.com/consumer/auth/billpay.payments.readonly", "https://api.banno.com/consumer/auth/billpay.payments.readwrite"],
  getAvailableDeliveryOptions: ["https://api.banno.com/consumer/auth/billpay.payees.readonly", "https://api.banno.com/consumer/auth/billpay.payees.readwrite", "https://api.banno.com/consumer/auth/billpay.payments.readonly", "https://api.banno.com/consumer/auth/billpay.payments.readwrite"],
  createBillPayment: ["https://api.banno.com/consumer/auth/billpay.payments.readwrite"],
  listCards: ["https://api.banno.com/consumer/auth/cardcontrols.readonly", "https://api.banno.com/consumer/auth/cardcontrols.readwrite"],
  updateCardStatus: ["https://api.banno.com/consumer/auth/cardcontrols.readwrite"],
  listDocuments: ["https://api.banno.com/consumer/auth/documents.readonly", "https://api.banno.com/consumer/auth/documents.readwrite"],
  getUserInstitution: ["openid"],
  getOpenIdConfiguration: [],
  authorize: [],
  requestToken: [],
  getUserInfo: ["openid"],
  getJwks: [],
  revokeToken: [],
  introspectToken: [],
  pushAuthorizationRequest: [],
  endSession: [],
  listRapidTransferPaymentMethods: ["https://api.banno.com/consumer/auth/rapidtransfers.paymentmethods.readonly"],
  linkRapidTransferCard: ["https://api.banno.com/consumer/auth/rapidtransfers.cards.write"],
  listTransactions: ["https://api.banno.com/consumer/auth/transactions.detail.readonly"],
  getUser: ["https://api.banno.com/consumer/auth/user.profile.readonly"],
  updateUser: ["https://api.banno.com/consumer/auth/user.email.readwrite"],
  patchUser: ["https://api.banno.com/consumer/auth/user.preferredname.readwrite"],
  listZelleAccounts: ["https://api.banno.com/consumer/auth/zelle.accounts.readonly"],
  getZelleRegDNotice: ["openid"],
} as const satisfies Record<OperationId, readonly string[]>;

/** The security schemes the requirements name: how each one is presented. */
export const securitySchemes = {
  clientCredentials: { type: "oauth2" },
  OpenID_Connect: { type: "openIdConnect", openIdConnectUrl: "https://digital.garden-fi.com/a/consumer/api/v0/oidc/.well-known/openid-configuration" },
} as const;
