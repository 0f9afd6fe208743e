/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from specs/consumer-api/abilities.yaml, specs/consumer-api/accounts.yaml, specs/consumer-api/aggregation.yaml, specs/consumer-api/alerts.yaml, specs/consumer-api/bill-pay.yaml, specs/consumer-api/cards.yaml, specs/consumer-api/documents.yaml, specs/consumer-api/institutions.yaml, specs/consumer-api/transactions.yaml, specs/consumer-api/users.yaml, specs/consumer-api/zelle.yaml
 * by `pnpm generate` (this API only: `pnpm generate consumer-api`).
 */

/**
 * The description these maps were generated from: its title, `info.version`, OpenAPI version, root server URLs
 * as written, and the sha256 of the published `openapi.json` (this package's `./openapi.json` export).
 */
export const apiDescription = {
  title: "Consumer API",
  version: "0.0",
  openapi: "3.0.3",
  servers: ["https://{host}/a/consumer/api/v0"],
  sha256: "98814f0e6d6b0923f1d8b0f8e4a6ce54923cdac0f94a3b2592d1f89f9442518c",
} as const;

/**
 * Route of every operation: HTTP method, path template, the request media type when it is not JSON, and the
 * operation's own server when it (or its path item) declares `servers`.
 */
export const operationRoutes = {
  /** GET /institutions/{institutionId}/users/{userId}/abilities — Get a user's abilities */
  getUserAbilities: { method: "get", path: "/institutions/{institutionId}/users/{userId}/abilities" },
  /** GET /users/{userId}/accounts — List the user's accounts */
  listAccounts: { method: "get", path: "/users/{userId}/accounts" },
  /** GET /users/{userId}/accounts/{accountId} — Get one of the user's accounts */
  getAccount: { method: "get", path: "/users/{userId}/accounts/{accountId}" },
  /** GET /users/{userId}/accounts/{accountId}/number — Get the account's unmasked number */
  getAccountNumber: { method: "get", path: "/users/{userId}/accounts/{accountId}/number" },
  /** PUT /users/{userId}/accounts/{accountId}/name — Rename an account */
  renameAccount: { method: "put", path: "/users/{userId}/accounts/{accountId}/name" },
  /** GET /users/{userId}/accounts/entitlements — Get the user's entitlements for all accounts */
  getAccountEntitlements: { method: "get", path: "/users/{userId}/accounts/entitlements" },
  /** PUT /users/{userId}/fetch — Start fetching fresh data for a user */
  startAggregation: { method: "put", path: "/users/{userId}/fetch" },
  /** GET /users/{userId}/tasks/{taskId} — Get a task's events (long poll) */
  getTaskEvents: { method: "get", path: "/users/{userId}/tasks/{taskId}" },
  /** GET /users/{userId}/alert/definitions — Get the alert definitions supported by the institution */
  listAlertDefinitions: { method: "get", path: "/users/{userId}/alert/definitions" },
  /** GET /users/{userId}/alert/inbox — Get the user's alert inbox */
  getAlertInbox: { method: "get", path: "/users/{userId}/alert/inbox" },
  /** POST /users/{userId}/billpay/fetch — Sync the user's bill pay data */
  syncBillPay: { method: "post", path: "/users/{userId}/billpay/fetch" },
  /** GET /users/{userId}/availableDeliveryOptions — Get the available delivery options */
  getAvailableDeliveryOptions: { method: "get", path: "/users/{userId}/availableDeliveryOptions" },
  /** POST /users/{userId}/payments — Schedule a bill payment */
  createBillPayment: { method: "post", path: "/users/{userId}/payments" },
  /** GET /users/{userId}/cards — List the user's cards */
  listCards: { method: "get", path: "/users/{userId}/cards" },
  /** PUT /users/{userId}/cards/{cardId}/{cardType}/status — Change a card's status */
  updateCardStatus: { method: "put", path: "/users/{userId}/cards/{cardId}/{cardType}/status" },
  /** GET /users/{userId}/documents/all — List documents for the user's accounts */
  listDocuments: { method: "get", path: "/users/{userId}/documents/all" },
  /** GET /users/{userId}/institutions/{institutionId} — Get the institution's settings for the user */
  getUserInstitution: { method: "get", path: "/users/{userId}/institutions/{institutionId}" },
  /** GET /users/{userId}/accounts/{accountId}/transactions — List an account's transactions */
  listTransactions: { method: "get", path: "/users/{userId}/accounts/{accountId}/transactions" },
  /** GET /users/{userId} — Get the user's profile */
  getUser: { method: "get", path: "/users/{userId}" },
  /** PUT /users/{userId} — Update the user's email address */
  updateUser: { method: "put", path: "/users/{userId}" },
  /** PATCH /users/{userId} — Set or clear the user's preferred name */
  patchUser: { method: "patch", path: "/users/{userId}", requestContentType: "application/merge-patch+json" },
  /** GET /users/{userId}/zelle/accounts — List the accounts the user can use with Zelle */
  listZelleAccounts: { method: "get", path: "/users/{userId}/zelle/accounts" },
  /** GET /users/{userId}/zelle/regd — Get the Zelle registration disclosure */
  getZelleRegistrationDisclosure: { method: "get", path: "/users/{userId}/zelle/regd" },
} as const;

/** The operation keys of this API: operationIds, and derived keys for operations without one. */
export type OperationId = keyof typeof operationRoutes;

/**
 * Effective security of each operation (after inheriting the root `security`), as OpenAPI means it: a list of
 * alternatives, each requiring all its schemes with all their scopes. `[]` = public; `[{}]` = authentication optional.
 */
export const operationSecurity = {
  getUserAbilities: [{ clientCredentials: ["https://jackhenry.com/abilities/user.abilities.read"] }],
  listAccounts: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readonly", "https://api.banno.com/consumer/auth/accounts.readwrite"] }],
  getAccount: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readonly", "https://api.banno.com/consumer/auth/accounts.readwrite"] }],
  getAccountNumber: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.unmaskednumber.readonly"] }],
  renameAccount: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readwrite"] }],
  getAccountEntitlements: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/accounts.readonly", "https://api.banno.com/consumer/auth/accounts.readwrite"] }],
  startAggregation: [{ OpenID_Connect: ["openid"] }],
  getTaskEvents: [{ OpenID_Connect: ["openid"] }],
  listAlertDefinitions: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/user.alerts.readonly", "https://api.banno.com/consumer/auth/user.alerts.readwrite"] }],
  getAlertInbox: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/user.alerts.readonly", "https://api.banno.com/consumer/auth/user.alerts.readwrite"] }],
  syncBillPay: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payees.readonly", "https://api.banno.com/consumer/auth/billpay.payees.readwrite", "https://api.banno.com/consumer/auth/billpay.payments.readonly", "https://api.banno.com/consumer/auth/billpay.payments.readwrite"] }],
  getAvailableDeliveryOptions: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payees.readonly", "https://api.banno.com/consumer/auth/billpay.payees.readwrite", "https://api.banno.com/consumer/auth/billpay.payments.readonly", "https://api.banno.com/consumer/auth/billpay.payments.readwrite"] }],
  createBillPayment: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/billpay.payments.readwrite"] }],
  listCards: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/cardcontrols.readonly", "https://api.banno.com/consumer/auth/cardcontrols.readwrite"] }],
  updateCardStatus: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/cardcontrols.readwrite"] }],
  listDocuments: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/documents.readonly", "https://api.banno.com/consumer/auth/documents.readwrite"] }],
  getUserInstitution: [{ OpenID_Connect: ["openid"] }],
  listTransactions: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/transactions.detail.readonly"] }],
  getUser: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/user.profile.readonly"] }],
  updateUser: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/user.email.readwrite"] }],
  patchUser: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/user.preferredname.readwrite"] }],
  listZelleAccounts: [{ OpenID_Connect: ["https://api.banno.com/consumer/auth/zelle.accounts.readonly"] }],
  getZelleRegistrationDisclosure: [{ OpenID_Connect: ["openid"] }],
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
  syncBillPay: ["https://api.banno.com/consumer/auth/billpay.payees.readonly", "https://api.banno.com/consumer/auth/billpay.payees.readwrite", "https://api.banno.com/consumer/auth/billpay.payments.readonly", "https://api.banno.com/consumer/auth/billpay.payments.readwrite"],
  getAvailableDeliveryOptions: ["https://api.banno.com/consumer/auth/billpay.payees.readonly", "https://api.banno.com/consumer/auth/billpay.payees.readwrite", "https://api.banno.com/consumer/auth/billpay.payments.readonly", "https://api.banno.com/consumer/auth/billpay.payments.readwrite"],
  createBillPayment: ["https://api.banno.com/consumer/auth/billpay.payments.readwrite"],
  listCards: ["https://api.banno.com/consumer/auth/cardcontrols.readonly", "https://api.banno.com/consumer/auth/cardcontrols.readwrite"],
  updateCardStatus: ["https://api.banno.com/consumer/auth/cardcontrols.readwrite"],
  listDocuments: ["https://api.banno.com/consumer/auth/documents.readonly", "https://api.banno.com/consumer/auth/documents.readwrite"],
  getUserInstitution: ["openid"],
  listTransactions: ["https://api.banno.com/consumer/auth/transactions.detail.readonly"],
  getUser: ["https://api.banno.com/consumer/auth/user.profile.readonly"],
  updateUser: ["https://api.banno.com/consumer/auth/user.email.readwrite"],
  patchUser: ["https://api.banno.com/consumer/auth/user.preferredname.readwrite"],
  listZelleAccounts: ["https://api.banno.com/consumer/auth/zelle.accounts.readonly"],
  getZelleRegistrationDisclosure: ["openid"],
} as const satisfies Record<OperationId, readonly string[]>;

/** The security schemes the requirements name: how each one is presented. */
export const securitySchemes = {
  clientCredentials: { type: "oauth2" },
  OpenID_Connect: { type: "openIdConnect", openIdConnectUrl: "https://digital.garden-fi.com/a/consumer/api/v0/oidc/.well-known/openid-configuration" },
} as const;
