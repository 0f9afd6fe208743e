/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from specs/consumer-api/abilities.yaml, specs/consumer-api/accounts.yaml, specs/consumer-api/aggregation.yaml, specs/consumer-api/alerts.yaml, specs/consumer-api/bill-pay.yaml, specs/consumer-api/cards.yaml, specs/consumer-api/documents.yaml, specs/consumer-api/institutions.yaml, specs/consumer-api/transactions.yaml, specs/consumer-api/users.yaml, specs/consumer-api/zelle.yaml
 * by `pnpm generate` (this API only: `pnpm generate consumer-api`).
 */

/** Route of every operation: operationId → HTTP method, path template and, when not JSON, the request media type. */
export const operationRoutes = {
  getUserAbilities: { method: "get", path: "/institutions/{institutionId}/users/{userId}/abilities" },
  listAccounts: { method: "get", path: "/users/{userId}/accounts" },
  getAccount: { method: "get", path: "/users/{userId}/accounts/{accountId}" },
  getAccountNumber: { method: "get", path: "/users/{userId}/accounts/{accountId}/number" },
  renameAccount: { method: "put", path: "/users/{userId}/accounts/{accountId}/name" },
  getAccountEntitlements: { method: "get", path: "/users/{userId}/accounts/entitlements" },
  startAggregation: { method: "put", path: "/users/{userId}/fetch" },
  getTaskEvents: { method: "get", path: "/users/{userId}/tasks/{taskId}" },
  listAlertDefinitions: { method: "get", path: "/users/{userId}/alert/definitions" },
  getAlertInbox: { method: "get", path: "/users/{userId}/alert/inbox" },
  syncBillPay: { method: "post", path: "/users/{userId}/billpay/fetch" },
  getAvailableDeliveryOptions: { method: "get", path: "/users/{userId}/availableDeliveryOptions" },
  createBillPayment: { method: "post", path: "/users/{userId}/payments" },
  listCards: { method: "get", path: "/users/{userId}/cards" },
  updateCardStatus: { method: "put", path: "/users/{userId}/cards/{cardId}/{cardType}/status" },
  listDocuments: { method: "get", path: "/users/{userId}/documents/all" },
  getUserInstitution: { method: "get", path: "/users/{userId}/institutions/{institutionId}" },
  listTransactions: { method: "get", path: "/users/{userId}/accounts/{accountId}/transactions" },
  getUser: { method: "get", path: "/users/{userId}" },
  updateUser: { method: "put", path: "/users/{userId}" },
  patchUser: { method: "patch", path: "/users/{userId}", requestContentType: "application/merge-patch+json" },
  listZelleAccounts: { method: "get", path: "/users/{userId}/zelle/accounts" },
  getZelleRegistrationDisclosure: { method: "get", path: "/users/{userId}/zelle/regd" },
} as const;

/** The operationIds of this API. */
export type OperationId = keyof typeof operationRoutes;

/** Scopes that can authorize each operation (any one requirement's scopes suffice); `[]` for public operations. */
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

/** Security requirements of each operation as the spec states them: alternatives of scheme name → scopes. */
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
