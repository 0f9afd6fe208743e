/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from specs/consumer-api/abilities.yaml, specs/consumer-api/accounts.yaml, specs/consumer-api/aggregation.yaml, specs/consumer-api/alerts.yaml, specs/consumer-api/bill-pay.yaml, specs/consumer-api/cards.yaml, specs/consumer-api/documents.yaml, specs/consumer-api/institutions.yaml, specs/consumer-api/oidc.yaml, specs/consumer-api/rapid-transfers.yaml, specs/consumer-api/transactions.yaml, specs/consumer-api/users.yaml, specs/consumer-api/zelle.yaml
 * by `pnpm generate` (this API only: `pnpm generate consumer-api`).
 */

export interface paths {
    "/institutions/{institutionId}/users/{userId}/abilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's abilities
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/abilities/details/
         * @description Returns the user's abilities at the institution, including every per-user override. An empty map means the user has all of the default (institution) abilities. Requires a client-credentials token (see the Admin API) carrying the `https://jackhenry.com/abilities/user.abilities.read` scope.
         */
        get: operations["getUserAbilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's accounts
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/accounts/details/
         * @description Returns the user's accounts, and separately any inactive accounts. Each account's `id` is the
         *     `accountId` of the account's other endpoints and of its transactions; `fetchedDate` says when the data
         *     was last refreshed (see Account Aggregation).
         *
         *     This endpoint supports being used with an Access Token from the Admin API with the "View everything –
         *     users, messages, settings, and organizations and organization members" permission for the Associated
         *     User.
         */
        get: operations["listAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of the user's accounts
         *     Modeled: not in Jack Henry's published reference — path from a tool generated from the Accounts page; scopes, response and Admin API note inferred
         * @description Returns a single account of the user.
         *
         *     Modeled, as for the list: this endpoint supports being used with an Access Token from the Admin API with
         *     the "View everything – users, messages, settings, and organizations and organization members" permission
         *     for the Associated User.
         *
         *     Scopes: a guess — the same as listing accounts.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/accounts/{accountId}/number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the account's unmasked number
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/accounts/details/ — scope and response modeled
         * @description Returns the unmasked account number for an account of the user. Treat it as a secret: do not log or
         *     cache it.
         *
         *     Modeled, as for the list: this endpoint supports being used with an Access Token from the Admin API with
         *     the "View everything – users, messages, settings, and organizations and organization members" permission
         *     for the Associated User.
         *
         *     Scope: a guess (`accounts.unmaskednumber.readonly`). Response shape: modeled.
         */
        get: operations["getAccountNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/accounts/{accountId}/name": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Rename an account
         *     Modeled: not in Jack Henry's published reference — path and Admin API note from a tool generated from the Accounts page; scope, body and responses inferred
         * @description Sets the name the user sees for the account.
         *
         *     This endpoint does not support being used with an Access Token from the Admin API.
         *
         *     Scope: a guess (`accounts.readwrite`). Request body and responses: modeled.
         */
        put: operations["renameAccount"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/accounts/entitlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's entitlements for all accounts
         *     Modeled: not in Jack Henry's published reference — path and Admin API note from a tool generated from the Accounts page; scopes and response inferred
         * @description Returns what the user may do with each of their accounts.
         *
         *     This endpoint does not support being used with an Access Token from the Admin API.
         *
         *     Scopes: a guess — the same as listing accounts. Response shape: modeled (`canView` and
         *     `hideAccountDetails` follow Banno's published data-set columns; the transfer flags are inferred).
         */
        get: operations["getAccountEntitlements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Start fetching fresh data for a user
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/account-aggregation/details/
         * @description Starts an asynchronous refresh of the user's accounts, balances and transactions and returns the id of
         *     the task that tracks it. Follow the task with `getTaskEvents`.
         *
         *     This endpoint does not support being used with an Access Token from the Admin API.
         */
        put: operations["startAggregation"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a task's events (long poll with sinceVersion)
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/task-events/details/
         * @description Returns the task's events. With `sinceVersion`, the server holds the request for up to 7 seconds, or
         *     until a new event is added, so this is a long poll: call it again right away with `sinceVersion` set to
         *     the `version` of the previous response until an event of type `TaskEnded` has arrived. Without
         *     `sinceVersion` it answers at once with all of the task's events.
         *
         *     `TaskEnded` arrives whether the task succeeded, failed or timed out. Event types other than the known
         *     ones will appear: pass them over.
         *
         *     When the hold ends with nothing new, the response carries the unchanged `version` and an empty `events`
         *     list (modeled).
         *
         *     This endpoint does not support being used with an Access Token from the Admin API.
         */
        get: operations["getTaskEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/alert/definitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the alert definitions supported by the institution
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/alerts/details/ — definition fields modeled
         * @description This endpoint supports being used with an Access Token from the Admin API with the "Manage security settings" permission for the Associated User.
         */
        get: operations["listAlertDefinitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/alert/inbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's alert inbox
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/alerts/details/ — inbox body modeled
         * @description Returns the alerts sent to the user within the last 15 days.
         */
        get: operations["getAlertInbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/configuration/billpay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's bill pay configuration
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/enrollment/ — response body modeled
         * @description Returns the user's bill pay configuration, e.g. to decide whether to offer enrollment. Jack Henry publishes the path and the scope; the response body is not public and is described here only as a JSON object.
         */
        get: operations["getBillPayConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/billpay/enrollment/eligible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check whether the user may enroll in bill pay
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/enrollment/ — request and response bodies modeled
         * @description Checks the user's eligibility for bill pay enrollment. Jack Henry publishes the path and the scope; the response body is not public and is described here only as a JSON object.
         */
        post: operations["checkBillPayEnrollmentEligibility"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/billpay/fetch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sync the user's bill pay data
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/retrieval/ — response fields modeled
         * @description Performs a bill pay sync and returns the user's bill pay accounts, payees and payments. If the user has
         *     no bill pay subscriber id yet, it is looked up for core institutions.
         *
         *     This endpoint does not support being used with an Access Token from the Admin API.
         */
        post: operations["syncBillPay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/availableDeliveryOptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the available delivery options
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/payments/ — response fields modeled
         * @description Retrieves the delivery options available to the user for each payee: how a payment can be delivered, what it costs, and when it would be processed and arrive.
         */
        get: operations["getAvailableDeliveryOptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a bill payment
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/payments/ — request, response, scope and errors modeled (the published excerpt is cut short)
         * @description Schedules a payment from one of the user's bill pay accounts to a payee. Pick `deliveryMethod` and
         *     `processDate` from `getAvailableDeliveryOptions`.
         *
         *     Scope: `billpay.payments.readwrite` (chosen; modeled).
         */
        post: operations["createBillPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's cards
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/cards/details/ — response fields modeled
         * @description Returns the user's (OnDot and Passport) debit and (OnDot only) credit cards with their current state.
         */
        get: operations["listCards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/cards/{cardId}/{cardType}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change a card's status
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/cards/details/ — responses modeled
         * @description Activates a new card, turns a card on or off, marks it reordered, or reports it lost or stolen. `Lost` and `Stolen` cannot be undone by the user (modeled).
         */
        put: operations["updateCardStatus"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/documents/all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List documents for the user's accounts
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/documents/details/ — response modeled
         * @description Lists metadata about the documents of all of the user's accounts, or of the accounts named in `accountId`. The route handles at most 20 accounts per request; more than 20 is a 400.
         */
        get: operations["listDocuments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/institutions/{institutionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the institution's settings for the user
         *     @see https://github.com/Banno/jh-consumer-app-tools — path from Banno's public code, scope modeled
         * @description Returns the institution's configuration — abilities, account types, transfer settings, display
         *     settings and more — as it applies to this user (a user's abilities may override the institution's).
         *
         *     Scope: a guess (`openid`).
         */
        get: operations["getUserInstitution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the OpenID Connect discovery document
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/accounts/details/ — the openIdConnectUrl of every Consumer API page, document fields modeled
         * @description OpenID Connect Discovery 1.0 metadata of the institution's issuer: its endpoints, supported scopes, claims, grant types and algorithms.
         */
        get: operations["getOpenIdConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start a user's sign-in (authorization endpoint)
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/guides/claimsintheidentitytoken/ — responses modeled
         * @description The authorization endpoint: the user's browser is sent here to sign in and consent; the provider then
         *     redirects it to `redirect_uri` with `code`, `state` and `iss` (or `error`). Only the authorization code
         *     flow with PKCE (`S256`) is supported. Not called with a client: build the URL (or use a pushed
         *     authorization request, `request_uri`) and redirect the browser to it.
         */
        get: operations["authorize"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a code or a refresh token for tokens
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/guides/claimsintheidentitytoken/ — token response published, request from Banno's sample code, errors modeled
         * @description The token endpoint: exchanges an authorization code (with the PKCE code verifier) or a refresh token for
         *     an access token (valid 10 minutes), an ID token and, with offline access, a refresh token. Clients
         *     authenticate with HTTP Basic (`client_secret_basic`), the form fields `client_id` and `client_secret`
         *     (`client_secret_post`), or a signed client assertion (`private_key_jwt`).
         */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the signed-in user's claims (user info)
         *     @see https://github.com/Banno/consumer-api-openid-connect-example — the user info endpoint of Banno's sample code, body modeled
         * @description OpenID Connect UserInfo: the claims about the user that the access token's scopes and the `claims` request parameter allow (`sub` always; `name`, `email`, `address`, Banno claims such as `https://api.banno.com/consumer/claim/institution_id`, ...).
         */
        get: operations["getUserInfo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/jwks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the provider's public signing keys
         *     Modeled: not in Jack Henry's published reference — the jwks_uri of a live Banno tenant's discovery document; body per RFC 7517
         * @description The JSON Web Key Set used to verify ID tokens (and other JWTs) the provider signs.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/token/revocation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke an access or refresh token
         *     Modeled: not in Jack Henry's published reference — the revocation_endpoint of a live Banno tenant's discovery document; body per RFC 7009
         * @description OAuth 2.0 token revocation (RFC 7009), e.g. at sign-out. The answer is 200 whether or not the token was known, so revoking reveals nothing about a token.
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/token/introspection": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Introspect a token
         *     Modeled: not in Jack Henry's published reference — the introspection_endpoint of a live Banno tenant's discovery document; bodies per RFC 7662
         * @description OAuth 2.0 token introspection (RFC 7662): whether a token is active, and its scope, client, subject and expiry. The client authenticates as at the token endpoint.
         */
        post: operations["introspectToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push an authorization request (PAR)
         *     Modeled: not in Jack Henry's published reference — the pushed_authorization_request_endpoint of a live Banno tenant's discovery document; bodies per RFC 9126
         * @description Pushed authorization request (RFC 9126): the client posts the authorization request's parameters (authenticating as at the token endpoint) and then sends the browser to the authorization endpoint with only `client_id` and the returned `request_uri`.
         */
        post: operations["pushAuthorizationRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/oidc/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign the user out (end session)
         *     Modeled: not in Jack Henry's published reference — the end_session_endpoint of a live Banno tenant's discovery document; parameters per OpenID Connect RP-Initiated Logout 1.0
         * @description OpenID Connect RP-Initiated Logout: the browser is sent here to end the user's session at the provider, then redirected to `post_logout_redirect_uri`. Not called with a client: redirect the browser to it.
         */
        get: operations["endSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}/rapid-transfers/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the user's rapid-transfer payment methods
         *     @see https://jackhenry.dev/digital-core-api-docs/rapid-transfers/consumer-endpoints/ — HTTP method and response body modeled
         * @description Returns the payment methods the user can use for rapid transfers. The response body is not public and is described here only as a JSON object.
         */
        get: operations["listRapidTransferPaymentMethods"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{userId}/rapid-transfers/methods/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Link a card as a rapid-transfer payment method
         *     @see https://jackhenry.dev/digital-core-api-docs/rapid-transfers/consumer-endpoints/ — HTTP method and bodies modeled
         * @description Links a card to the user's rapid-transfer payment methods. Requires high-risk authorization: the user's session must have passed the institution's high-risk (step-up) check. The request and response bodies are not public and are described here only as JSON objects.
         */
        post: operations["linkRapidTransferCard"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/accounts/{accountId}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an account's transactions
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/transactions/details/
         * @description Returns one page of the account's transactions. To read them all, start at `offset=0` and add the
         *     number of transactions received to `offset` until a page comes back shorter than `limit`. With just
         *     `offset` and `limit`, transactions are sorted by posted date and then by sequence number.
         *
         *     Run Account Aggregation first when fresh data matters; the account's `fetchedDate` says when its data
         *     was last refreshed.
         */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the user's profile
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/user/details/
         * @description Returns the user's information.
         *
         *     This endpoint supports being used with an Access Token from the Admin API with the "View everything –
         *     users, messages, settings, and organizations and organization members" permission for the Associated
         *     User.
         */
        get: operations["getUser"];
        /**
         * Update the user's email address
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/user/details/ — request body limited to email (modeled)
         * @description Updates the user's information. The only permissible updates are the email address and notification
         *     registration information; this description models the email address only.
         *
         *     This endpoint supports being used with an Access Token from the Admin API with the "Manage everything –
         *     users, messages, settings, and organizations and organization members" permission for "People".
         */
        put: operations["updateUser"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set or clear the user's preferred name
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/user/details/
         * @description Updates the user with JSON Merge Patch semantics (RFC 7396), sent as `application/json`. Only `preferredName` is supported: a string sets it, `null` clears it (modeled, per JSON Merge Patch), and `{}` changes nothing.
         */
        patch: operations["patchUser"];
        trace?: never;
    };
    "/users/{userId}/zelle/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the accounts the user can use with Zelle
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/zelle/details/
         * @description Returns the ids of the accounts the user can use with Zelle.
         *
         *     Jack Henry's reference does not say whether this endpoint accepts an Access Token from the Admin API.
         */
        get: operations["listZelleAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{userId}/zelle/regd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Zelle Reg D notice of the user's institution
         *     @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/zelle/details/
         * @description Returns the Zelle Reg D notice for the user's institution.
         *
         *     This endpoint supports being used with an Access Token from the Admin API with the "Manage security
         *     settings" permission for the Associated User (newer copy of the reference).
         */
        get: operations["getZelleRegDNotice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/abilities/details/ — published as AbilitiesMap
         * @description Ability name to its value (any JSON: usually a boolean, sometimes an object of settings). Empty means all default abilities.
         */
        UserAbilities: {
            [key: string]: unknown;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/account-aggregation/details/
         * @description The Consumer API's generic error body.
         */
        Error: {
            /** @description A numeric error code. */
            errorCode: number;
            /** @description A human-readable description of the error. */
            messages?: string;
        };
        /** @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/accounts/details/ */
        AccountList: {
            /** @description The user's accounts. */
            accounts: components["schemas"]["Account"][];
            /** @description The user's inactive accounts. */
            inactiveAccounts?: components["schemas"]["Account"][];
        };
        /**
         * @see https://github.com/Banno/consumer-api-openid-connect-example — field names from Banno's sample code, which fields are required is modeled
         * @description A financial account of the user.
         */
        Account: {
            /**
             * Format: uuid
             * @description The account's id; the `accountId` of its other endpoints and of its transactions.
             */
            id: string;
            /** @description The account's display name (see `renameAccount`). */
            name: string;
            /**
             * @description The account's current balance, as a decimal string such as `"-1543.00"`.
             * @example -1543.00
             */
            balance?: string;
            /**
             * @description The balance available for use, as a decimal string such as `"3457.00"`.
             * @example 3457.00
             */
            availableBalance?: string;
            /**
             * @description The kind of account, e.g. `Deposit` or `Line of Credit`.
             * @example Deposit
             */
            accountType: string;
            /**
             * @description A finer classification within `accountType`, e.g. `Checking` or `Savings`.
             * @example Checking
             */
            accountSubType?: string;
            /**
             * @description The ABA routing number of the institution holding the account.
             * @example 011000015
             */
            routingNumber?: string;
            /** @description The institution holding the account. */
            institution?: {
                /**
                 * Format: uuid
                 * @description The institution's id.
                 */
                id?: string;
            };
            /** @description Whether the user has hidden the account. */
            hidden?: boolean;
            /** @description Whether the account counts towards the user's aggregate totals. */
            contributesToAggregateTotals?: boolean;
            /** @description The account's position in the user's preferred order; `null` when the user has not ordered it. */
            sortIndex?: number | null;
            /**
             * Format: date-time
             * @description When the account's data was last fetched.
             */
            fetchedDate?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the unmasked-number response body is not public
         * @description An unmasked account number (modeled).
         */
        AccountNumber: {
            /** @description The full, unmasked account number. */
            number: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the rename request body is not public
         * @description The account's new name (modeled).
         */
        AccountRename: {
            /** @description The name the user wants to see for the account. */
            name: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the entitlements response body is not public
         * @description The user's entitlements for each account (modeled).
         */
        AccountEntitlements: {
            entitlements: components["schemas"]["AccountEntitlement"][];
        };
        /**
         * Modeled: not in Jack Henry's published reference — canView and hideAccountDetails follow Banno data-set columns; the transfer flags are inferred
         * @description What the user may do with one account (modeled).
         */
        AccountEntitlement: {
            /**
             * Format: uuid
             * @description The account's id.
             */
            accountId: string;
            /** @description Whether the user can view the account. */
            canView?: boolean;
            /** @description Whether the account's details are hidden from the user. */
            hideAccountDetails?: boolean;
            /** @description Whether the user can move money out of the account (modeled). */
            canTransferFrom?: boolean;
            /** @description Whether the user can move money into the account (modeled). */
            canTransferTo?: boolean;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/account-aggregation/details/
         * @description The task that tracks the fetch just started.
         */
        FetchTask: {
            /** @description The task's id; poll its events with `getTaskEvents`. */
            taskId: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/task-events/details/
         * @description A task's events and its current version (`GetTaskEvents` in the reference).
         */
        TaskEvents: {
            /** @description The task's current version. Pass it as `sinceVersion` on the next poll. */
            version: number;
            /** @description The task's events in the order they happened. */
            events: components["schemas"]["TaskEvent"][];
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/task-events/details/
         * @description One thing that happened within a task: a `type` and the properties of that type of event (balance events carry balances, for example). Event types are an open set: clients must pass over types they do not know.
         */
        TaskEvent: {
            type: components["schemas"]["TaskEventType"];
            /**
             * Format: date-time
             * @description When the event happened (`date` in the published examples).
             */
            date?: string;
            /**
             * Modeled: not in Jack Henry's published reference — the published events show no per-event version; the task as a whole has one
             * @description The task version at which this event was added (modeled).
             */
            version?: number;
        } & {
            [key: string]: unknown;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/task-events/details/ — EnrichmentAllAccountBalancesUpdated from Banno's public sample code
         * @description What happened. Known types (the set is open: others appear and must be passed over):
         *     - `TaskStarted` — every task begins with it (published);
         *     - `TaskEnded` — the task is over, whether it succeeded, failed or timed out (published);
         *     - `EnrichmentAllAccountBalancesUpdated` — the accounts' balances are refreshed (Banno's public sample
         *       code waits for it: https://github.com/Banno/consumer-api-openid-connect-example).
         */
        TaskEventType: ("TaskStarted" | "TaskEnded" | "EnrichmentAllAccountBalancesUpdated") | string;
        /** @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/alerts/details/ */
        AlertDefinitions: {
            definitions: components["schemas"]["AlertDefinition"][];
        };
        /**
         * Modeled: not in Jack Henry's published reference — alert definition fields are not public; the channels are published
         * @description A kind of alert the institution supports (fields modeled).
         */
        AlertDefinition: {
            /** @description The alert's type; matches `alertType` of inbox alerts. */
            alertType: string;
            /** @description Whether the alert is about the user or about an account (the set is open). */
            category?: ("User" | "Account") | string;
            /** @description A display name. */
            name?: string;
            /** @description What triggers the alert. */
            description?: string;
            /** @description The channels the alert can be delivered through (the set is open). */
            channels?: (("push" | "email" | "sms") | string)[];
        };
        /**
         * Modeled: not in Jack Henry's published reference — the inbox response body is not public
         * @description The user's alerts of the last 15 days (envelope modeled).
         */
        AlertInbox: {
            alerts: components["schemas"]["InboxAlert"][];
        };
        /**
         * Modeled: not in Jack Henry's published reference — the inbox response body is not public
         * @description An alert sent to the user (fields modeled).
         */
        InboxAlert: {
            /** @description The alert's id. */
            id: string;
            /** @description The alert's type, as in the alert definitions. */
            alertType: string;
            title?: string;
            message?: string;
            /**
             * Format: uuid
             * @description The account the alert is about, for account alerts.
             */
            accountId?: string;
            /**
             * Format: date-time
             * @description When the alert was sent.
             */
            createdAt: string;
            /** @description Whether the user has read the alert. */
            read?: boolean;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/retrieval/
         * @description A bill pay sync failure. `userFriendlyMessage` is meant to be displayed to the end user.
         */
        ServerError: {
            type: components["schemas"]["BillPaySyncErrorType"];
            /** @description A message meant to be displayed to the end user. */
            userFriendlyMessage?: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/retrieval/
         * @description What failed. The published types (Jack Henry may add more; pass over unknown ones):
         *     - 403 `SubscriberAccountLocked`, `BillPayAbilitiesMissing`, `BillPayProductNotEligible`;
         *     - 404 `BannoUserNotFound`, `BannoLoginIdNotFound`, `SubscriberIdNotFound`,
         *       `SubscriberIdNotFoundScrapeLogin`, `BannoCommonIdNotFound`, `BillPayConfigurationNotFound`.
         */
        BillPaySyncErrorType: ("SubscriberAccountLocked" | "BillPayAbilitiesMissing" | "BillPayProductNotEligible" | "BannoUserNotFound" | "BannoLoginIdNotFound" | "SubscriberIdNotFound" | "SubscriberIdNotFoundScrapeLogin" | "BannoCommonIdNotFound" | "BillPayConfigurationNotFound") | string;
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/payments/ — type values not published
         * @description Bill pay forbade the call. `userFriendlyMessage` is meant to be displayed to the end user.
         */
        errorResponse403: {
            /** @description What failed (values not published; the sync's 403 types are likely candidates). */
            type: string;
            /** @description A message meant to be displayed to the end user. */
            userFriendlyMessage?: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/payments/ — type values not published
         * @description Something bill pay needs was not found. `userFriendlyMessage` is meant to be displayed to the end user.
         */
        errorResponse404: {
            /** @description What was not found (values not published; the sync's 404 types are likely candidates). */
            type: string;
            /** @description A message meant to be displayed to the end user. */
            userFriendlyMessage?: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/bill-pay/payments/ — type values not published
         * @description Delivery options could not be retrieved from iPay. `userFriendlyMessage` is meant to be displayed to the end user.
         */
        errorResponse500: {
            /** @description What failed (values not published). */
            type: string;
            /** @description A message meant to be displayed to the end user. */
            userFriendlyMessage?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the Enrollment page names the endpoint; its response body is not public
         * @description The user's bill pay configuration (fields not published).
         */
        BillPayConfiguration: {
            [key: string]: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the Enrollment page names the endpoint; its response body is not public
         * @description The user's bill pay enrollment eligibility (fields not published).
         */
        BillPayEnrollmentEligibility: {
            [key: string]: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the Retrieval page names this body fetchResponse; its fields are not public
         * @description The user's bill pay data (fields modeled).
         */
        BillPaySync: {
            accounts: components["schemas"]["BillPayAccount"][];
            payees: components["schemas"]["BillPayPayee"][];
            payments: components["schemas"]["BillPayPayment"][];
        };
        /**
         * Modeled: not in Jack Henry's published reference — bill pay object fields are not public
         * @description An account the user can pay bills from (modeled).
         */
        BillPayAccount: {
            /**
             * Format: uuid
             * @description The account's id, as in the Accounts endpoints.
             */
            accountId: string;
            name?: string;
            /** @description Whether payments come from this account unless another is chosen. */
            isDefault?: boolean;
        };
        /**
         * Modeled: not in Jack Henry's published reference — bill pay object fields are not public
         * @description Someone the user pays bills to (modeled).
         */
        BillPayPayee: {
            /**
             * Format: uuid
             * @description The payee's id.
             */
            id: string;
            name: string;
            nickname?: string;
            /** @description The last four digits of the user's account number at the payee. */
            accountNumberLastFour?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — bill pay object fields are not public
         * @description A bill payment (modeled).
         */
        BillPayPayment: {
            /**
             * Format: uuid
             * @description The payment's id.
             */
            id: string;
            /** Format: uuid */
            payeeId: string;
            /**
             * Format: uuid
             * @description The account the payment is drawn from.
             */
            accountId: string;
            /**
             * @description The amount paid, as a decimal string such as `"125.40"`.
             * @example 125.40
             */
            amount: string;
            /**
             * Format: date
             * @description The day the payment is sent.
             */
            processDate: string;
            /**
             * Format: date
             * @description The day the payee should receive it.
             */
            deliveryDate?: string;
            deliveryMethod?: components["schemas"]["DeliveryMethod"];
            /** @description The payment's state (modeled values; the set is open). */
            status: ("Scheduled" | "Processing" | "Paid" | "Canceled" | "Failed") | string;
            memo?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the create-payment request is cut short in the published excerpt
         * @description A payment to schedule (modeled).
         */
        CreateBillPayment: {
            /** Format: uuid */
            payeeId: string;
            /**
             * Format: uuid
             * @description The bill pay account to pay from.
             */
            accountId: string;
            /**
             * @description The amount to pay, as a decimal string.
             * @example 64.18
             */
            amount: string;
            /**
             * Format: date
             * @description The day to send the payment.
             */
            processDate: string;
            deliveryMethod?: components["schemas"]["DeliveryMethod"];
            memo?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — delivery methods are not public
         * @description How a payment reaches the payee (modeled values; the set is open).
         */
        DeliveryMethod: ("Electronic" | "Check" | "Overnight") | string;
        /**
         * Modeled: not in Jack Henry's published reference — the Payments page names this body deliveriesOptionsResponseV2; its fields are not public
         * @description The delivery options available to the user (modeled).
         */
        DeliveryOptions: {
            deliveryOptions: components["schemas"]["DeliveryOption"][];
        };
        /**
         * Modeled: not in Jack Henry's published reference — bill pay object fields are not public
         * @description One way to deliver a payment to a payee (modeled).
         */
        DeliveryOption: {
            /** Format: uuid */
            payeeId: string;
            deliveryMethod: components["schemas"]["DeliveryMethod"];
            /**
             * @description What this delivery costs the user, as a decimal string such as `"14.95"`.
             * @example 14.95
             */
            fee?: string;
            /**
             * Format: date
             * @description The earliest day a payment with this option can be sent.
             */
            processDate?: string;
            /**
             * Format: date
             * @description The day it would then arrive.
             */
            deliveryDate?: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/cards/details/ — the values are a guess (modeled)
         * @description The kind of card. The values `Debit` and `Credit` are a guess (Jack Henry publishes the schema's name, not its values); pass back the `cardType` a card was listed with. The set is open.
         */
        CardType: ("Debit" | "Credit") | string;
        /**
         * Modeled: not in Jack Henry's published reference — the published name of the list body is GetCardsResponse; its fields are not public
         * @description The user's cards (envelope modeled).
         */
        CardList: {
            cards: components["schemas"]["Card"][];
        };
        /**
         * Modeled: not in Jack Henry's published reference — card fields are not public
         * @description A debit or credit card (fields modeled).
         */
        Card: {
            /** @description The card's id. */
            id: string;
            cardType: components["schemas"]["CardType"];
            /** @description A display name for the card. */
            name?: string;
            /** @description The last four digits of the card number. */
            lastFour?: string;
            /**
             * Format: uuid
             * @description The account the card draws on, when it is a debit card.
             */
            accountId?: string;
            /** @description Expiry, e.g. `2028-09` (`YYYY-MM`). */
            expirationDate?: string;
            /** @description The card's current state (modeled; `NotActivated` until the user sends `Activate`). The set is open. */
            status: ("NotActivated" | "On" | "Off" | "Reordered" | "Lost" | "Stolen") | string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/cards/details/ — the type of creditCardLostState is modeled
         * @description The status to set.
         */
        CardStatusUpdate: {
            /** @enum {string} */
            status: "Activate" | "On" | "Off" | "Reordered" | "Lost" | "Stolen";
            /**
             * Modeled: not in Jack Henry's published reference — the field is published, its type and values are not
             * @description For a credit card reported `Lost`: the state of the loss, as the card processor expects it (type and values not published).
             */
            creditCardLostState?: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the documents response body is not public
         * @description Document metadata (modeled).
         */
        DocumentList: {
            documents: components["schemas"]["Document"][];
        };
        /**
         * Modeled: not in Jack Henry's published reference — the documents response body is not public
         * @description Metadata about one document (modeled).
         */
        Document: {
            /** @description The document's id. */
            id: string;
            /**
             * Format: uuid
             * @description The id of the account the document belongs to.
             */
            accountId: string;
            /**
             * @description The kind of document, e.g. `Statement`, `Notice` or `TaxDocument`.
             * @example Statement
             */
            type: string;
            /** @description A display name for the document. */
            name?: string;
            /**
             * Format: date
             * @description The date the document is for (e.g. a statement's closing date).
             */
            documentDate: string;
            /**
             * Format: date-time
             * @description When the document became available.
             */
            createdAt?: string;
        };
        /**
         * @see https://github.com/Banno/jh-consumer-app-tools — field names from its UserInstitutionResponse type, their types modeled
         * @description An institution's configuration as it applies to one user. Unknown fields should be ignored.
         */
        UserInstitution: {
            /** @description What the user can do at this institution: ability name to its setting (usually a boolean). Unknown names should be ignored. */
            abilities?: {
                [key: string]: unknown;
            };
            accountTypes?: unknown[];
            availableTransferFrequencies?: unknown[];
            balanceDisplaySettings?: ({
                type?: string;
                label?: string;
                visible?: boolean;
                primary?: boolean;
            } & {
                [key: string]: unknown;
            })[];
            cardManagementAbilities?: unknown[];
            contactHtml?: string;
            displayStrings?: unknown;
            eula?: {
                text?: string;
            } & {
                [key: string]: unknown;
            };
            externalTransferSettings?: unknown;
            links?: unknown[];
            minimumVersions?: unknown;
            regDSettings?: unknown;
            smallBusinessSettings?: unknown;
            staticLinks?: unknown[];
            stopPaymentsSettings?: unknown;
            transferFee?: unknown;
            transferMemos?: unknown;
            theme?: unknown;
        } & {
            [key: string]: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — members per OpenID Connect Discovery 1.0 and RFC 8414; values seen in a live Banno tenant's discovery document
         * @description OpenID Connect Discovery 1.0 provider metadata. Unlisted members may also appear.
         */
        OpenIdConfiguration: {
            /** @description `https://{host}/a/consumer/api/v0/oidc`. */
            issuer: string;
            authorization_endpoint: string;
            token_endpoint: string;
            userinfo_endpoint?: string;
            jwks_uri: string;
            revocation_endpoint?: string;
            introspection_endpoint?: string;
            pushed_authorization_request_endpoint?: string;
            end_session_endpoint?: string;
            scopes_supported?: string[];
            claims_supported?: string[];
            response_types_supported?: string[];
            grant_types_supported?: string[];
            subject_types_supported?: string[];
            id_token_signing_alg_values_supported?: string[];
            token_endpoint_auth_methods_supported?: string[];
            code_challenge_methods_supported?: string[];
            acr_values_supported?: string[];
            claims_parameter_supported?: boolean;
            authorization_response_iss_parameter_supported?: boolean;
        } & {
            [key: string]: unknown;
        };
        /**
         * @see https://github.com/Banno/simple-plugin-example — the authorization code fields of Banno's sample code, the other grants per RFC 6749 (modeled)
         * @description Token request form. Which fields apply depends on `grant_type` and on how the client authenticates (HTTP Basic, `client_id` + `client_secret` in the form, or a client assertion).
         */
        TokenRequest: {
            /** @enum {string} */
            grant_type: "authorization_code" | "refresh_token" | "urn:ietf:params:oauth:grant-type:token-exchange";
            /** @description The authorization code (authorization_code grant). */
            code?: string;
            /** @description The redirect URI of the authorization request (authorization_code grant). */
            redirect_uri?: string;
            /** @description The PKCE code verifier (authorization_code grant). */
            code_verifier?: string;
            /** @description The refresh token (refresh_token grant). */
            refresh_token?: string;
            /** @description Space-separated scopes, to narrow a refresh (refresh_token grant). */
            scope?: string;
            client_id?: string;
            /** @description The client secret, for `client_secret_post`. */
            client_secret?: string;
            /** @enum {string} */
            client_assertion_type?: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            /** @description A signed client assertion JWT, for `private_key_jwt`. */
            client_assertion?: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/guides/claimsintheidentitytoken/ — refresh_token from the refresh-token scope's description
         * @description Tokens issued by the token endpoint.
         */
        TokenResponse: {
            /** @description The access token, a JWT (valid 10 minutes). */
            access_token: string;
            /** @description Lifetime of the access token in seconds, counted from the response. */
            expires_in?: number;
            /** @description The ID token, a JWT. */
            id_token?: string;
            /** @description A refresh token, when offline access was granted. */
            refresh_token?: string;
            /** @description Space-separated scopes granted. */
            scope?: string;
            /** @description `Bearer` (or `DPoP` for a DPoP-bound token). */
            token_type: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — OAuth 2.0 error response (RFC 6749 section 5.2); Jack Henry publishes no error body for these endpoints
         * @description OAuth 2.0 error response. `unsupported_token_type` comes from revocation (RFC 7009); other registered codes may appear.
         */
        OAuthError: {
            error: ("invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope" | "unsupported_token_type") | string;
            error_description?: string;
            error_uri?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — OpenID Connect Core 1.0 UserInfo; claim names from the claims guide and a live discovery document
         * @description The user's claims: `sub`, standard claims (`name`, `given_name`, `family_name`, `email`, `address`, `phone_number`, ...) and Banno claims named `https://api.banno.com/consumer/claim/<name>`.
         */
        UserInfo: {
            /** @description The user's id; the `userId` of the Consumer API paths. */
            sub: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — RFC 7517 section 5
         * @description A JSON Web Key Set holding public keys only.
         */
        JsonWebKeySet: {
            keys: ({
                kty: string;
                kid?: string;
                use?: string;
                alg?: string;
            } & {
                [key: string]: unknown;
            })[];
        };
        /**
         * Modeled: not in Jack Henry's published reference — RFC 7009 section 2.1
         * @description Token revocation form, with the client's authentication.
         */
        RevocationRequest: {
            token: string;
            /** @enum {string} */
            token_type_hint?: "access_token" | "refresh_token";
            client_id?: string;
            client_secret?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — RFC 7662 section 2.1
         * @description Token introspection form, with the client's authentication.
         */
        IntrospectionRequest: {
            token: string;
            /** @enum {string} */
            token_type_hint?: "access_token" | "refresh_token";
            client_id?: string;
            client_secret?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — RFC 7662 section 2.2
         * @description Whether the token is active and, when it is, what it grants. Unlisted members may appear.
         */
        IntrospectionResponse: {
            active: boolean;
            scope?: string;
            client_id?: string;
            sub?: string;
            /** @description Expiry, in seconds since the epoch. */
            exp?: number;
            token_type?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — RFC 9126 section 2.1 with the authorization request parameters of the claims guide
         * @description The authorization request's parameters, with the client's authentication.
         */
        PushedAuthorizationRequest: {
            client_id: string;
            client_secret?: string;
            /** @enum {string} */
            response_type: "code";
            redirect_uri: string;
            scope?: string;
            state?: string;
            code_challenge?: string;
            /** @enum {string} */
            code_challenge_method?: "S256";
            claims?: string;
            nonce?: string;
        } & {
            [key: string]: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — RFC 9126 section 2.2
         * @description Where the pushed request is stored, and for how long.
         */
        PushedAuthorizationResponse: {
            request_uri: string;
            /** @description Seconds until `request_uri` expires. */
            expires_in: number;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the Rapid Transfers response bodies are not public
         * @description The user's rapid-transfer payment methods (fields not published).
         */
        RapidTransferPaymentMethods: {
            [key: string]: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the Rapid Transfers response bodies are not public
         * @description A linked payment method (fields not published).
         */
        RapidTransferPaymentMethod: {
            [key: string]: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the Rapid Transfers request bodies are not public
         * @description The card to link (fields not published).
         */
        RapidTransferCardLink: {
            [key: string]: unknown;
        };
        /** @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/transactions/details/ */
        TransactionList: {
            /** @description One page of transactions; with just `offset` and `limit`, sorted by posted date and then by sequence number. */
            transactions: components["schemas"]["Transaction"][];
        };
        /**
         * @see https://github.com/Banno/consumer-api-openid-connect-example — id, accountId, amount, memo from Banno's sample code, postedDate from the Transactions page
         * @description Funds that moved in or out of the account.
         */
        Transaction: {
            /** @description The transaction's id. */
            id: string;
            /**
             * Format: uuid
             * @description The id of the account the transaction belongs to.
             */
            accountId: string;
            /**
             * @description The signed amount, as a decimal string such as `"-42.17"`; negative for money leaving the account.
             * @example -42.17
             */
            amount: string;
            /** @description The transaction's description as the institution reports it. */
            memo?: string;
            /**
             * Format: date-time
             * @description When the transaction posted to the account.
             */
            postedDate?: string;
            /**
             * Modeled: not in Jack Henry's published reference — not in the published fields
             * @description Whether the transaction has posted or is still pending (modeled; the set is open).
             */
            status?: ("Posted" | "Pending") | string;
            /**
             * Modeled: not in Jack Henry's published reference — not in the published fields
             * @description The check number, for check transactions (modeled).
             */
            checkNumber?: string;
            /**
             * Modeled: not in Jack Henry's published reference — not in the published fields
             * @description The account's balance right after this transaction posted, as a decimal string (modeled).
             * @example 2841.17
             */
            runningBalance?: string;
            /**
             * Modeled: not in Jack Henry's published reference — not in the published fields
             * Format: date-time
             * @description When the transaction was first seen (modeled).
             */
            createdDate?: string;
            /**
             * Modeled: not in Jack Henry's published reference — not in the published fields
             * Format: date-time
             * @description When the transaction last changed; what `updatedSince` compares against (modeled).
             */
            updatedDate?: string;
        };
        /**
         * @see https://github.com/Banno/jh-consumer-app-tools — field names from its UserInfo type; which fields are required is modeled
         * @description A Banno user.
         */
        User: {
            /**
             * Format: uuid
             * @description The user's id (the ID token's `sub`).
             */
            userId: string;
            /**
             * Modeled: not in Jack Henry's published reference — Banno's code names the field; that it equals `userId` is inferred
             * Format: uuid
             * @description The user's id; the same value as `userId` (modeled).
             */
            id?: string;
            /**
             * Format: email
             * @description The user's email address.
             */
            email?: string;
            /** @description Whether the user is a person or a company (an open set; known values from Banno's code). */
            userType: ("Individual" | "Company") | string;
            firstName: string;
            middleName?: string;
            lastName: string;
            /** @description The name the user prefers to be called, if set. */
            preferredName?: string;
            /** @description The company's name, for users of type `Company`. */
            businessName?: string;
            /**
             * Format: uuid
             * @description The id of the user's institution.
             */
            institutionId: string;
            /** @description The user's login name. */
            username?: string;
            /** @description The user's phone number. */
            phoneNumber?: string;
            address?: components["schemas"]["UserAddress"];
            /** @description Whether the user's identity has been verified. */
            userVerified?: boolean;
            /**
             * Format: date-time
             * @description When the user was added.
             */
            userAddedDateTime?: string;
        };
        /**
         * @see https://github.com/Banno/jh-consumer-app-tools — field names from its UserInfo type
         * @description The user's postal address.
         */
        UserAddress: {
            streetAddress?: string;
            streetAddress2?: string;
            city?: string;
            state?: string;
            zip?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the reference allows email and notification-registration updates; only email is described here
         * @description The user's new email address.
         */
        UserEmailUpdate: {
            /**
             * Format: email
             * @description The new email address.
             */
            email: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/user/details/ — null to clear is modeled from JSON Merge Patch
         * @description A JSON Merge Patch of the user, sent as `application/json`: `{ preferredName }` to set (a string) or clear (`null`) the preferred name, or `{}` for no changes. Only `preferredName` is supported.
         */
        UserPreferredNamePatch: {
            /** @description The new preferred name, or `null` to clear it. */
            preferredName: string | null;
        } | Record<string, never>;
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/zelle/details/ — the schema name is modeled
         * @description Forbidden: disclosure acceptance is required, or the user lacks the Zelle ability. `userFriendlyMessage` is meant to be displayed to the end user.
         */
        ZelleError: {
            type: components["schemas"]["ZelleErrorType"];
            /** @description A message meant to be displayed to the end user. */
            userFriendlyMessage?: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/zelle/details/ — fields modeled after the Zelle 403 body
         * @description The Zelle service is not available. `userFriendlyMessage` is meant to be displayed to the end user.
         */
        serviceUnavailableErrorResponseType: {
            type: components["schemas"]["ZelleErrorType"];
            /** @description A message meant to be displayed to the end user. */
            userFriendlyMessage?: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/zelle/details/
         * @description What failed. Known type: `attemptCallWithoutAbility` (403: disclosure acceptance required, or no Zelle ability). The set is open; the type values of the 503 body are not published.
         */
        ZelleErrorType: "attemptCallWithoutAbility" | string;
        /** @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/zelle/details/ */
        ZelleAccounts: {
            /** @description The ids of the accounts the user can use with Zelle, as in the Accounts endpoints. */
            accountIds: string[];
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/zelle/details/
         * @description The Zelle Reg D notice for the user's institution.
         */
        RegDNotice: {
            /** @description The notice's text. */
            notice?: string;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description The user's id — the `sub` claim of the user's ID token.
         * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
         */
        UserId: string;
        /**
         * @description The institution's id (the `institutionId` of the user, or the ID token's institution claim).
         * @example a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17
         */
        InstitutionId: string;
        /**
         * @description The account's id (`id` in the account list).
         * @example 7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21
         */
        AccountId: string;
        /**
         * @description The task's id, as returned by `startAggregation`.
         * @example 0f7c3b2e-91d4-4a6b-8e25-c1d9a7f04b63
         */
        TaskId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getUserAbilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The institution's id (the `institutionId` of the user, or the ID token's institution claim).
                 * @example a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17
                 */
                institutionId: components["parameters"]["InstitutionId"];
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's abilities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "billPay": true,
                     *       "zelle": true,
                     *       "cardControls": true,
                     *       "mobileDeposit": {
                     *         "enabled": true,
                     *         "requiresEnrollment": false
                     *       },
                     *       "wireTransfers": false
                     *     }
                     */
                    "application/json": components["schemas"]["UserAbilities"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token lacks the abilities scope or is not for this institution (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Institution or user not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listAccounts: {
        parameters: {
            query?: {
                /**
                 * @deprecated
                 * @description Deprecated filter on the accounts' active state. Do not send it.
                 * @example true
                 */
                active?: boolean;
            };
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accounts": [
                     *         {
                     *           "id": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "name": "Everyday Checking",
                     *           "balance": "2841.17",
                     *           "availableBalance": "2791.17",
                     *           "accountType": "Deposit",
                     *           "accountSubType": "Checking",
                     *           "routingNumber": "011000015",
                     *           "institution": {
                     *             "id": "a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17"
                     *           },
                     *           "hidden": false,
                     *           "contributesToAggregateTotals": true,
                     *           "sortIndex": 0,
                     *           "fetchedDate": "2026-03-02T15:04:06.910Z"
                     *         },
                     *         {
                     *           "id": "c2e8f4a6-1d3b-4f5c-9a7e-8b0d2c4e6f13",
                     *           "name": "High Yield Savings",
                     *           "balance": "15210.55",
                     *           "availableBalance": "15210.55",
                     *           "accountType": "Deposit",
                     *           "accountSubType": "Savings",
                     *           "routingNumber": "011000015",
                     *           "institution": {
                     *             "id": "a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17"
                     *           },
                     *           "hidden": false,
                     *           "contributesToAggregateTotals": true,
                     *           "sortIndex": 1,
                     *           "fetchedDate": "2026-03-02T15:04:06.910Z"
                     *         },
                     *         {
                     *           "id": "e9b1d3f5-6a8c-4e2b-8d0f-1a3c5e7b9d24",
                     *           "name": "Home Equity Line",
                     *           "balance": "-1543.00",
                     *           "availableBalance": "3457.00",
                     *           "accountType": "Line of Credit",
                     *           "accountSubType": "Home Equity",
                     *           "routingNumber": "011000015",
                     *           "institution": {
                     *             "id": "a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17"
                     *           },
                     *           "hidden": false,
                     *           "contributesToAggregateTotals": false,
                     *           "sortIndex": 2,
                     *           "fetchedDate": "2026-03-02T15:04:06.910Z"
                     *         }
                     *       ],
                     *       "inactiveAccounts": []
                     *     }
                     */
                    "application/json": components["schemas"]["AccountList"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not grant access to this user's accounts (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description The account's id (`id` in the account list).
                 * @example 7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account (modeled as the same object as in the list). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *       "name": "Everyday Checking",
                     *       "balance": "2841.17",
                     *       "availableBalance": "2791.17",
                     *       "accountType": "Deposit",
                     *       "accountSubType": "Checking",
                     *       "routingNumber": "011000015",
                     *       "institution": {
                     *         "id": "a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17"
                     *       },
                     *       "hidden": false,
                     *       "contributesToAggregateTotals": true,
                     *       "sortIndex": 0,
                     *       "fetchedDate": "2026-03-02T15:04:06.910Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description The access token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not grant access to this account. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User or account not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAccountNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description The account's id (`id` in the account list).
                 * @example 7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The unmasked account number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "number": "4820016637"
                     *     }
                     */
                    "application/json": components["schemas"]["AccountNumber"];
                };
            };
            /** @description The access token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not grant access to the unmasked number. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User or account not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    renameAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description The account's id (`id` in the account list).
                 * @example 7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Bills Checking"
                 *     }
                 */
                "application/json": components["schemas"]["AccountRename"];
            };
        };
        responses: {
            /** @description The account was renamed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * Modeled: not in Jack Henry's published reference — the generic Consumer API error body is assumed
             * @description The name is missing, empty or malformed.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errorCode": 400,
                     *       "messages": "The account name must not be empty."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The access token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not allow renaming this account. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User or account not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAccountEntitlements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entitlement entry per account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entitlements": [
                     *         {
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "canView": true,
                     *           "hideAccountDetails": false,
                     *           "canTransferFrom": true,
                     *           "canTransferTo": true
                     *         },
                     *         {
                     *           "accountId": "c2e8f4a6-1d3b-4f5c-9a7e-8b0d2c4e6f13",
                     *           "canView": true,
                     *           "hideAccountDetails": false,
                     *           "canTransferFrom": true,
                     *           "canTransferTo": true
                     *         },
                     *         {
                     *           "accountId": "e9b1d3f5-6a8c-4e2b-8d0f-1a3c5e7b9d24",
                     *           "canView": true,
                     *           "hideAccountDetails": false,
                     *           "canTransferFrom": false,
                     *           "canTransferTo": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AccountEntitlements"];
                };
            };
            /** @description The access token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    startAggregation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fetch task was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "taskId": "0f7c3b2e-91d4-4a6b-8e25-c1d9a7f04b63"
                     *     }
                     */
                    "application/json": components["schemas"]["FetchTask"];
                };
            };
            /** @description Bad request — the user is not fully authenticated. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errorCode": 400,
                     *       "messages": "The user is not fully authenticated."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden — the user does not have the required permissions. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errorCode": 403,
                     *       "messages": "The user does not have the required permissions."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Internal server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errorCode": 500,
                     *       "messages": "Internal server error."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTaskEvents: {
        parameters: {
            query?: {
                /**
                 * Modeled: not in Jack Henry's published reference — the reference types sinceVersion as a string; it carries the numeric `version` of a previous response
                 * @description Only return events that happened after this version: pass the `version` of the previous response. With it the request waits up to 7 seconds for a new event; omit it to get all of the task's events at once. Greater than the task's current version is a 400. (Modeled as an integer; Jack Henry's published reference types it as a string.)
                 * @example 2
                 */
                sinceVersion?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description The task's id, as returned by `startAggregation`.
                 * @example 0f7c3b2e-91d4-4a6b-8e25-c1d9a7f04b63
                 */
                taskId: components["parameters"]["TaskId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task's events since `sinceVersion` (all of them when it is omitted). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 3,
                     *       "events": [
                     *         {
                     *           "type": "TaskStarted",
                     *           "version": 1,
                     *           "date": "2026-03-02T15:04:05.120Z"
                     *         },
                     *         {
                     *           "type": "EnrichmentAllAccountBalancesUpdated",
                     *           "version": 2,
                     *           "date": "2026-03-02T15:04:06.910Z"
                     *         },
                     *         {
                     *           "type": "TaskEnded",
                     *           "version": 3,
                     *           "date": "2026-03-02T15:04:08.420Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TaskEvents"];
                };
            };
            /** @description `sinceVersion` is greater than the current version of the task. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No such task for this user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listAlertDefinitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The alert definitions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "definitions": [
                     *         {
                     *           "alertType": "LowBalance",
                     *           "category": "Account",
                     *           "name": "Low balance",
                     *           "description": "Sent when an account's available balance drops below the amount you choose.",
                     *           "channels": [
                     *             "push",
                     *             "email",
                     *             "sms"
                     *           ]
                     *         },
                     *         {
                     *           "alertType": "LargeWithdrawal",
                     *           "category": "Account",
                     *           "name": "Large withdrawal",
                     *           "description": "Sent when a withdrawal above the amount you choose posts.",
                     *           "channels": [
                     *             "push",
                     *             "email"
                     *           ]
                     *         },
                     *         {
                     *           "alertType": "PasswordChanged",
                     *           "category": "User",
                     *           "name": "Password changed",
                     *           "description": "Sent when your password is changed.",
                     *           "channels": [
                     *             "email",
                     *             "sms"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AlertDefinitions"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAlertInbox: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's recent alerts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "alerts": [
                     *         {
                     *           "id": "1a3c5e7a-9b0d-4f2a-8c4e-6a8c0e2a4cc8",
                     *           "alertType": "LowBalance",
                     *           "title": "Low balance",
                     *           "message": "The available balance of Everyday Checking is below your alert amount.",
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "createdAt": "2026-03-02T14:13:02.000Z",
                     *           "read": false
                     *         },
                     *         {
                     *           "id": "4b6d8f0b-2c4e-4a6b-9d8f-0b2d4f6b8dd9",
                     *           "alertType": "PasswordChanged",
                     *           "title": "Password changed",
                     *           "message": "Your password was changed. If this wasn't you, contact us right away.",
                     *           "createdAt": "2026-02-24T19:45:10.000Z",
                     *           "read": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AlertInbox"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getBillPayConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's bill pay configuration. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["BillPayConfiguration"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not allow bill pay enrollment (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    checkBillPayEnrollmentEligibility: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's eligibility. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["BillPayEnrollmentEligibility"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not allow bill pay enrollment (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    syncBillPay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's bill pay accounts, payees and payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accounts": [
                     *         {
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "name": "Everyday Checking",
                     *           "isDefault": true
                     *         }
                     *       ],
                     *       "payees": [
                     *         {
                     *           "id": "d1e3f5a7-9c2b-4d4e-8f6a-0b2c4d6e8fe1",
                     *           "name": "Garden Electric Co.",
                     *           "nickname": "Electric",
                     *           "accountNumberLastFour": "7781"
                     *         },
                     *         {
                     *           "id": "f3a5c7e9-1d4b-4f6a-9b8c-2d4e6f8a0cf2",
                     *           "name": "Springfield Water",
                     *           "accountNumberLastFour": "0356"
                     *         }
                     *       ],
                     *       "payments": [
                     *         {
                     *           "id": "5e7a9c1e-3f6d-4b8a-8d0c-4f6a8c0e2a03",
                     *           "payeeId": "d1e3f5a7-9c2b-4d4e-8f6a-0b2c4d6e8fe1",
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "amount": "125.40",
                     *           "processDate": "2026-03-05",
                     *           "deliveryDate": "2026-03-06",
                     *           "deliveryMethod": "Electronic",
                     *           "status": "Scheduled"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["BillPaySync"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The user is forbidden from performing bill pay actions; see `type` (`SubscriberAccountLocked`, `BillPayAbilitiesMissing`, `BillPayProductNotEligible`). `userFriendlyMessage` is meant for the end user. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "SubscriberAccountLocked",
                     *       "userFriendlyMessage": "Your bill pay account is locked. Please contact us for help."
                     *     }
                     */
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description Something the sync needs was not found; see `type` (`BannoUserNotFound`, `BannoLoginIdNotFound`, `SubscriberIdNotFound`, `SubscriberIdNotFoundScrapeLogin`, `BannoCommonIdNotFound`, `BillPayConfigurationNotFound`). `userFriendlyMessage` is meant for the end user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "SubscriberIdNotFound",
                     *       "userFriendlyMessage": "We couldn't find your bill pay enrollment."
                     *     }
                     */
                    "application/json": components["schemas"]["ServerError"];
                };
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAvailableDeliveryOptions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery options. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deliveryOptions": [
                     *         {
                     *           "payeeId": "d1e3f5a7-9c2b-4d4e-8f6a-0b2c4d6e8fe1",
                     *           "deliveryMethod": "Electronic",
                     *           "fee": "0.00",
                     *           "processDate": "2026-03-03",
                     *           "deliveryDate": "2026-03-04"
                     *         },
                     *         {
                     *           "payeeId": "d1e3f5a7-9c2b-4d4e-8f6a-0b2c4d6e8fe1",
                     *           "deliveryMethod": "Overnight",
                     *           "fee": "14.95",
                     *           "processDate": "2026-03-02",
                     *           "deliveryDate": "2026-03-03"
                     *         },
                     *         {
                     *           "payeeId": "f3a5c7e9-1d4b-4f6a-9b8c-2d4e6f8a0cf2",
                     *           "deliveryMethod": "Check",
                     *           "fee": "0.00",
                     *           "processDate": "2026-03-03",
                     *           "deliveryDate": "2026-03-09"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DeliveryOptions"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden; see `type`. `userFriendlyMessage` is meant for the end user. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "BillPayAbilitiesMissing",
                     *       "userFriendlyMessage": "Bill pay isn't available for your account."
                     *     }
                     */
                    "application/json": components["schemas"]["errorResponse403"];
                };
            };
            /** @description Not found; see `type`. `userFriendlyMessage` is meant for the end user. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "SubscriberIdNotFound",
                     *       "userFriendlyMessage": "We couldn't find your bill pay enrollment."
                     *     }
                     */
                    "application/json": components["schemas"]["errorResponse404"];
                };
            };
            /** @description Unable to retrieve delivery options from iPay; see `type`. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "DeliveryOptionsUnavailable",
                     *       "userFriendlyMessage": "We couldn't load delivery options. Please try again later."
                     *     }
                     */
                    "application/json": components["schemas"]["errorResponse500"];
                };
            };
        };
    };
    createBillPayment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "payeeId": "f3a5c7e9-1d4b-4f6a-9b8c-2d4e6f8a0cf2",
                 *       "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                 *       "amount": "64.18",
                 *       "processDate": "2026-03-03",
                 *       "deliveryMethod": "Check",
                 *       "memo": "Account 0356"
                 *     }
                 */
                "application/json": components["schemas"]["CreateBillPayment"];
            };
        };
        responses: {
            /** @description The scheduled payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "7a9c1e3a-5b8f-4d0c-9f2e-6b8c0e2a4c14",
                     *       "payeeId": "f3a5c7e9-1d4b-4f6a-9b8c-2d4e6f8a0cf2",
                     *       "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *       "amount": "64.18",
                     *       "processDate": "2026-03-03",
                     *       "deliveryDate": "2026-03-09",
                     *       "deliveryMethod": "Check",
                     *       "status": "Scheduled",
                     *       "memo": "Account 0356"
                     *     }
                     */
                    "application/json": components["schemas"]["BillPayPayment"];
                };
            };
            /** @description The payment is invalid (amount, date or delivery method) (modeled). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * Modeled: not in Jack Henry's published reference — the Payments page publishes this body for the delivery options; assumed here
             * @description Forbidden; see `type`. `userFriendlyMessage` is meant for the end user.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "SubscriberAccountLocked",
                     *       "userFriendlyMessage": "Your bill pay account is locked. Please contact us for help."
                     *     }
                     */
                    "application/json": components["schemas"]["errorResponse403"];
                };
            };
            /**
             * Modeled: not in Jack Henry's published reference — the Payments page publishes this body for the delivery options; assumed here
             * @description Payee or account not found; see `type`.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "PayeeNotFound",
                     *       "userFriendlyMessage": "We couldn't find that payee."
                     *     }
                     */
                    "application/json": components["schemas"]["errorResponse404"];
                };
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listCards: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's cards. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "cards": [
                     *         {
                     *           "id": "4e6a8c0d-2f1b-4d3e-9a5c-7b9d1f3e5a48",
                     *           "cardType": "Debit",
                     *           "name": "Everyday Checking Debit",
                     *           "lastFour": "4417",
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "expirationDate": "2028-09",
                     *           "status": "On"
                     *         },
                     *         {
                     *           "id": "8b0d2f4a-6c3e-4a5b-8e7d-9f1b3d5f7b59",
                     *           "cardType": "Credit",
                     *           "name": "Garden Rewards Visa",
                     *           "lastFour": "9023",
                     *           "expirationDate": "2027-04",
                     *           "status": "Off"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CardList"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateCardStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description The card's id (`id` in the card list).
                 * @example 4e6a8c0d-2f1b-4d3e-9a5c-7b9d1f3e5a48
                 */
                cardId: string;
                /**
                 * @description The card's type (`cardType` in the card list).
                 * @example Debit
                 */
                cardType: components["schemas"]["CardType"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "Off"
                 *     }
                 */
                "application/json": components["schemas"]["CardStatusUpdate"];
            };
        };
        responses: {
            /** @description The card's status was changed (modeled). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown status, or a change the card's current state does not allow (modeled). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not allow controlling this card (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User or card not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listDocuments: {
        parameters: {
            query: {
                /**
                 * @description The first day to list documents from (inclusive).
                 * @example 2026-01-01
                 */
                startDate: string;
                /**
                 * @description The last day to list documents up to (inclusive; modeled). Defaults to now (today).
                 * @example 2026-03-02
                 */
                endDate?: string;
                /**
                 * @description Only these accounts (repeat the parameter for each; at most 20). Omit to list every account's documents.
                 * @example [
                 *       "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                 *       "c2e8f4a6-1d3b-4f5c-9a7e-8b0d2c4e6f13"
                 *     ]
                 */
                accountId?: string[];
            };
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metadata about the matching documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "documents": [
                     *         {
                     *           "id": "6c8e0a2c-4e7f-4b9d-8f1a-3b5d7f9b1d95",
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "type": "Statement",
                     *           "name": "Everyday Checking statement, February 2026",
                     *           "documentDate": "2026-02-28",
                     *           "createdAt": "2026-03-01T06:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "9e1b3d5f-7a0c-4d2e-9b4f-6c8e0a2c4ea6",
                     *           "accountId": "c2e8f4a6-1d3b-4f5c-9a7e-8b0d2c4e6f13",
                     *           "type": "Statement",
                     *           "name": "High Yield Savings statement, February 2026",
                     *           "documentDate": "2026-02-28",
                     *           "createdAt": "2026-03-01T06:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "2f4a6c8e-0b3d-4f5a-8c7e-9d1f3b5d7fb7",
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "type": "TaxDocument",
                     *           "name": "2025 Form 1099-INT",
                     *           "documentDate": "2026-01-31",
                     *           "createdAt": "2026-01-31T06:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentList"];
                };
            };
            /**
             * Modeled: not in Jack Henry's published reference — the generic Consumer API error body is assumed
             * @description Bad request: `startDate` missing or malformed, `endDate` before `startDate`, or more than 20 accounts.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errorCode": 400,
                     *       "messages": "At most 20 accounts may be requested at once."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The user or institution is not eligible for documents (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getUserInstitution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description The institution's id (the `institutionId` of the user, or the ID token's institution claim).
                 * @example a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's settings for this user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "abilities": {
                     *         "billPay": true,
                     *         "cardControls": true,
                     *         "documents": true,
                     *         "mobileDeposit": true,
                     *         "zelle": true,
                     *         "transfers": true
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UserInstitution"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User or institution not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getOpenIdConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Provider metadata. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "issuer": "https://digital.garden-fi.com/a/consumer/api/v0/oidc",
                     *       "authorization_endpoint": "https://digital.garden-fi.com/a/consumer/api/v0/oidc/auth",
                     *       "token_endpoint": "https://digital.garden-fi.com/a/consumer/api/v0/oidc/token",
                     *       "userinfo_endpoint": "https://digital.garden-fi.com/a/consumer/api/v0/oidc/me",
                     *       "jwks_uri": "https://digital.garden-fi.com/a/consumer/api/v0/oidc/jwks",
                     *       "revocation_endpoint": "https://digital.garden-fi.com/a/consumer/api/v0/oidc/token/revocation",
                     *       "introspection_endpoint": "https://digital.garden-fi.com/a/consumer/api/v0/oidc/token/introspection",
                     *       "pushed_authorization_request_endpoint": "https://digital.garden-fi.com/a/consumer/api/v0/oidc/request",
                     *       "end_session_endpoint": "https://digital.garden-fi.com/a/consumer/api/v0/oidc/logout",
                     *       "scopes_supported": [
                     *         "openid",
                     *         "profile",
                     *         "offline_access",
                     *         "https://api.banno.com/consumer/auth/offline_access",
                     *         "https://api.banno.com/consumer/auth/accounts.readonly"
                     *       ],
                     *       "response_types_supported": [
                     *         "code",
                     *         "none"
                     *       ],
                     *       "grant_types_supported": [
                     *         "authorization_code",
                     *         "refresh_token",
                     *         "urn:ietf:params:oauth:grant-type:token-exchange"
                     *       ],
                     *       "subject_types_supported": [
                     *         "public"
                     *       ],
                     *       "id_token_signing_alg_values_supported": [
                     *         "ES256",
                     *         "PS256",
                     *         "RS256"
                     *       ],
                     *       "token_endpoint_auth_methods_supported": [
                     *         "client_secret_basic",
                     *         "client_secret_post",
                     *         "private_key_jwt"
                     *       ],
                     *       "code_challenge_methods_supported": [
                     *         "S256"
                     *       ],
                     *       "claims_parameter_supported": true,
                     *       "authorization_response_iss_parameter_supported": true
                     *     }
                     */
                    "application/json": components["schemas"]["OpenIdConfiguration"];
                };
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    authorize: {
        parameters: {
            query: {
                /**
                 * @description The External Application's client id.
                 * @example e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83
                 */
                client_id: string;
                /**
                 * @description Where the browser returns; must exactly match a registered redirect URI (required unless `request_uri` carries it).
                 * @example http://localhost:8080/auth/cb
                 */
                redirect_uri?: string;
                /**
                 * @description `code` (required unless `request_uri` carries it).
                 * @example code
                 */
                response_type?: "code";
                /**
                 * @description Space-separated scopes; `openid` starts an OpenID Connect request. Consumer API scopes start with `https://api.banno.com/consumer/auth/`.
                 * @example openid https://api.banno.com/consumer/auth/accounts.readonly
                 */
                scope?: string;
                /**
                 * @description An opaque, unguessable value the redirect echoes back (CSRF protection).
                 * @example 9b1f3c2e7a
                 */
                state?: string;
                /**
                 * @description The PKCE code challenge (base64url SHA-256 of the code verifier).
                 * @example E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM
                 */
                code_challenge?: string;
                /**
                 * @description `S256`, the only method the provider supports.
                 * @example S256
                 */
                code_challenge_method?: "S256";
                /**
                 * @description The OpenID Connect `claims` parameter: JSON naming the claims wanted in the ID token and from user info (e.g. `https://api.banno.com/consumer/claim/institution_id`).
                 * @example {"id_token":{"https://api.banno.com/consumer/claim/institution_id":null}}
                 */
                claims?: string;
                /**
                 * Modeled: not in Jack Henry's published reference — OpenID Connect Core 1.0 parameter
                 * @description A value the ID token must carry back (replay protection).
                 * @example n-0S6_WzA2Mj
                 */
                nonce?: string;
                /**
                 * Modeled: not in Jack Henry's published reference — OpenID Connect Core 1.0 parameter; `consent` is needed with the standard offline_access scope
                 * @description E.g. `consent`, required with the standard `offline_access` scope.
                 * @example consent
                 */
                prompt?: string;
                /**
                 * Modeled: not in Jack Henry's published reference — OpenID Connect Core 1.0 parameter; the values come from a live discovery document
                 * @description Requested security level for step-up, e.g. `https://api.banno.com/consumer/security-level/enhanced`.
                 * @example https://api.banno.com/consumer/security-level/enhanced
                 */
                acr_values?: string;
                /**
                 * Modeled: not in Jack Henry's published reference — RFC 9126 parameter
                 * @description The `request_uri` returned by a pushed authorization request, instead of the parameters above.
                 * @example urn:ietf:params:oauth:request_uri:6esc_11ACC5bwc014ltc14eY22c
                 */
                request_uri?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the sign-in pages, or back to `redirect_uri` with `code`, `state` and `iss` (or `error`) (modeled). */
            302: {
                headers: {
                    /** @description Where the browser goes next. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid and cannot be redirected (e.g. an unknown client or redirect URI) (modeled). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    requestToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description Tokens issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "example-access-token-jwt",
                     *       "expires_in": 600,
                     *       "id_token": "example-id-token-jwt",
                     *       "refresh_token": "example-refresh-token",
                     *       "scope": "openid https://api.banno.com/consumer/auth/offline_access https://api.banno.com/consumer/auth/accounts.readonly",
                     *       "token_type": "Bearer"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            /**
             * Modeled: not in Jack Henry's published reference — RFC 6749 section 5.2
             * @description The request was invalid (RFC 6749 section 5.2).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_grant",
                     *       "error_description": "The authorization code has expired."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /**
             * Modeled: not in Jack Henry's published reference — RFC 6749 section 5.2
             * @description Client authentication failed (RFC 6749 section 5.2).
             */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_client",
                     *       "error_description": "Client authentication failed."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    getUserInfo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's claims. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "sub": "5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93",
                     *       "name": "Jordan Rivera",
                     *       "given_name": "Jordan",
                     *       "family_name": "Rivera",
                     *       "email": "jordan.rivera@example.com",
                     *       "https://api.banno.com/consumer/claim/institution_id": "a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17"
                     *     }
                     */
                    "application/json": components["schemas"]["UserInfo"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public keys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keys": [
                     *         {
                     *           "kty": "EC",
                     *           "kid": "consumer-es256-2026-01",
                     *           "use": "sig",
                     *           "alg": "ES256",
                     *           "crv": "P-256",
                     *           "x": "Rq9f0Dntjmqu0DO0YxdrKMTeC12-pYCZU-GqXaYGdrs",
                     *           "y": "BQ2l_mrW_5ZQ5eQ4eeQOI7quCUPSGFXsg0nqxRuwiFY"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["JsonWebKeySet"];
                };
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "example-refresh-token",
                 *       "token_type_hint": "refresh_token",
                 *       "client_id": "e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83",
                 *       "client_secret": "example-client-secret-placeholder"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["RevocationRequest"];
            };
        };
        responses: {
            /** @description The token was revoked, or was already invalid or unknown. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request was invalid (RFC 7009 section 2.2.1). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "unsupported_token_type",
                     *       "error_description": "Revocation of this token type is not supported."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description Client authentication failed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_client",
                     *       "error_description": "Client authentication failed."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    introspectToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "token": "example-access-token-jwt",
                 *       "token_type_hint": "access_token",
                 *       "client_id": "e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83",
                 *       "client_secret": "example-client-secret-placeholder"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["IntrospectionRequest"];
            };
        };
        responses: {
            /** @description The token's state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "active": true,
                     *       "scope": "openid https://api.banno.com/consumer/auth/accounts.readonly",
                     *       "client_id": "e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83",
                     *       "sub": "5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93",
                     *       "exp": 1772463845,
                     *       "token_type": "Bearer"
                     *     }
                     */
                    "application/json": components["schemas"]["IntrospectionResponse"];
                };
            };
            /** @description Client authentication failed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_client",
                     *       "error_description": "Client authentication failed."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    pushAuthorizationRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "client_id": "e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83",
                 *       "client_secret": "example-client-secret-placeholder",
                 *       "response_type": "code",
                 *       "redirect_uri": "http://localhost:8080/auth/cb",
                 *       "scope": "openid https://api.banno.com/consumer/auth/accounts.readonly",
                 *       "state": "9b1f3c2e7a",
                 *       "code_challenge": "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
                 *       "code_challenge_method": "S256"
                 *     }
                 */
                "application/x-www-form-urlencoded": components["schemas"]["PushedAuthorizationRequest"];
            };
        };
        responses: {
            /** @description The request was stored; use `request_uri` at the authorization endpoint before it expires. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "request_uri": "urn:ietf:params:oauth:request_uri:6esc_11ACC5bwc014ltc14eY22c",
                     *       "expires_in": 60
                     *     }
                     */
                    "application/json": components["schemas"]["PushedAuthorizationResponse"];
                };
            };
            /** @description The request was invalid (RFC 9126 section 2.3). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_request",
                     *       "error_description": "redirect_uri is not registered for this client."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
            /** @description Client authentication failed. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_client",
                     *       "error_description": "Client authentication failed."
                     *     }
                     */
                    "application/json": components["schemas"]["OAuthError"];
                };
            };
        };
    };
    endSession: {
        parameters: {
            query?: {
                /**
                 * @description The ID token the user signed in with.
                 * @example example-id-token-jwt
                 */
                id_token_hint?: string;
                /**
                 * @description The External Application's client id.
                 * @example e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83
                 */
                client_id?: string;
                /**
                 * @description Where the browser goes after signing out; must be registered.
                 * @example http://localhost:8080/
                 */
                post_logout_redirect_uri?: string;
                /**
                 * @description An opaque value passed back to `post_logout_redirect_uri`.
                 * @example 4f2a9c
                 */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to `post_logout_redirect_uri` (or the provider's signed-out page). */
            302: {
                headers: {
                    /** @description Where the browser goes next. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid (modeled). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listRapidTransferPaymentMethods: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's payment methods. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["RapidTransferPaymentMethods"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not grant access to the user's payment methods (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    linkRapidTransferCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["RapidTransferCardLink"];
            };
        };
        responses: {
            /** @description The card was linked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["RapidTransferPaymentMethod"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not allow linking cards, or high-risk authorization is missing (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /**
                 * @description 0-based index of the first transaction to return.
                 * @example 0
                 */
                offset?: number;
                /**
                 * @description The most transactions to return in this page (at most 500).
                 * @example 100
                 */
                limit?: number;
                /**
                 * @description Only transactions at or after this instant (inclusive). Do not combine with `updatedSince`.
                 * @example 2026-02-01T00:00:00.000Z
                 */
                since?: string;
                /**
                 * @description Only transactions at or before this instant (inclusive).
                 * @example 2026-03-02T23:59:59.999Z
                 */
                until?: string;
                /**
                 * @description Only transactions created or changed after this instant, for incremental sync. Not to be combined with `since`.
                 * @example 2026-03-01T00:00:00.000Z
                 */
                updatedSince?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
                /**
                 * @description The account's id (`id` in the account list).
                 * @example 7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21
                 */
                accountId: components["parameters"]["AccountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the account's transactions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transactions": [
                     *         {
                     *           "id": "3d5f7a9c-1b2e-4c6d-8e0f-2a4b6c8d0e51",
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "amount": "-50.00",
                     *           "memo": "CARD PURCHASE HOLD - GARDEN GROCERY",
                     *           "postedDate": "2026-03-02T14:12:44.000Z",
                     *           "status": "Pending",
                     *           "createdDate": "2026-03-02T14:12:44.000Z",
                     *           "updatedDate": "2026-03-02T14:12:44.000Z"
                     *         },
                     *         {
                     *           "id": "8a0c2e4f-6b1d-4f3a-9c5e-7d9f1b3d5f62",
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "amount": "-42.17",
                     *           "memo": "GARDEN UTILITIES ONLINE PMT",
                     *           "postedDate": "2026-03-01T08:00:00.000Z",
                     *           "status": "Posted",
                     *           "runningBalance": "2841.17",
                     *           "createdDate": "2026-02-28T22:15:09.000Z",
                     *           "updatedDate": "2026-03-01T08:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "b4d6f8a0-2c3e-4a5b-8d7f-9e1a3c5e7a73",
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "amount": "-120.00",
                     *           "memo": "CHECK 1042",
                     *           "postedDate": "2026-02-27T08:00:00.000Z",
                     *           "status": "Posted",
                     *           "checkNumber": "1042",
                     *           "runningBalance": "2883.34",
                     *           "createdDate": "2026-02-27T08:00:00.000Z",
                     *           "updatedDate": "2026-02-27T08:00:00.000Z"
                     *         },
                     *         {
                     *           "id": "e1f3a5c7-9d2b-4e4f-a6b8-0c2e4a6c8e84",
                     *           "accountId": "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *           "amount": "1850.00",
                     *           "memo": "PAYROLL DIRECT DEPOSIT ACME CORP",
                     *           "postedDate": "2026-02-27T08:00:00.000Z",
                     *           "status": "Posted",
                     *           "runningBalance": "3003.34",
                     *           "createdDate": "2026-02-27T08:00:00.000Z",
                     *           "updatedDate": "2026-02-27T08:00:00.000Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TransactionList"];
                };
            };
            /**
             * Modeled: not in Jack Henry's published reference — the generic Consumer API error body is assumed
             * @description Invalid query: e.g. `limit` above 500, a negative `offset`, a malformed instant, or `updatedSince` combined with `since` (modeled).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "errorCode": 400,
                     *       "messages": "updatedSince cannot be combined with since."
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The access token is missing, invalid or expired. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not grant access to this account's transactions. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User or account not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user's profile. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userId": "5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93",
                     *       "id": "5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93",
                     *       "email": "jordan.rivera@example.com",
                     *       "userType": "Individual",
                     *       "firstName": "Jordan",
                     *       "middleName": "Avery",
                     *       "lastName": "Rivera",
                     *       "preferredName": "Jo",
                     *       "institutionId": "a5c1e4f2-7b3d-4c8e-9f1a-2d6b8e0c4f17",
                     *       "username": "jrivera",
                     *       "phoneNumber": "+15555550142",
                     *       "address": {
                     *         "streetAddress": "123 Orchard Lane",
                     *         "streetAddress2": "Apt 4B",
                     *         "city": "Springfield",
                     *         "state": "MO",
                     *         "zip": "65804"
                     *       },
                     *       "userVerified": true,
                     *       "userAddedDateTime": "2021-06-14T16:20:31.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not grant access to this user's profile (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        /** @description User update information. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "jo.rivera@example.com"
                 *     }
                 */
                "application/json": components["schemas"]["UserEmailUpdate"];
            };
        };
        responses: {
            /** @description The user was updated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or malformed JSON was sent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not allow changing this user's email address (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    patchUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserPreferredNamePatch"];
            };
        };
        responses: {
            /** @description The user was updated. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or malformed JSON was sent. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The access token is missing, invalid or expired (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The token does not allow changing this user's preferred name (modeled). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listZelleAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ids of the Zelle-eligible accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accountIds": [
                     *         "7f3c9a12-4b6e-4d2a-8c1f-5e9b0d3a6c21",
                     *         "c2e8f4a6-1d3b-4f5c-9a7e-8b0d2c4e6f13"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ZelleAccounts"];
                };
            };
            /** @description Failure in the authorization, invalid or expired JWT. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Disclosure acceptance required, or the user lacks the Zelle ability; see `type`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "attemptCallWithoutAbility",
                     *       "userFriendlyMessage": "Zelle isn't available for your account."
                     *     }
                     */
                    "application/json": components["schemas"]["ZelleError"];
                };
            };
            /** @description User not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Zelle service is not available. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "serviceUnavailable",
                     *       "userFriendlyMessage": "Zelle is temporarily unavailable. Please try again later."
                     *     }
                     */
                    "application/json": components["schemas"]["serviceUnavailableErrorResponseType"];
                };
            };
        };
    };
    getZelleRegDNotice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The user's id — the `sub` claim of the user's ID token.
                 * @example 5b8a7d2e-3c4f-4e1a-9b6d-0f2e8c1a7d93
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's Reg D notice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "notice": "Federal Regulation D limits transfers and withdrawals from savings and money market accounts to six per statement cycle."
                     *     }
                     */
                    "application/json": components["schemas"]["RegDNotice"];
                };
            };
            /** @description Failure in the authorization, invalid or expired JWT (modeled). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * Modeled: not in Jack Henry's published reference — the Zelle page publishes this error for the accounts endpoint; assumed here
             * @description The user lacks the Zelle ability; see `type`.
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "attemptCallWithoutAbility",
                     *       "userFriendlyMessage": "Zelle isn't available for your account."
                     *     }
                     */
                    "application/json": components["schemas"]["ZelleError"];
                };
            };
            /** @description User not found (modeled). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error (modeled). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * Modeled: not in Jack Henry's published reference — the Zelle page publishes this error for the accounts endpoint; assumed here
             * @description The Zelle service is not available.
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "serviceUnavailable",
                     *       "userFriendlyMessage": "Zelle is temporarily unavailable. Please try again later."
                     *     }
                     */
                    "application/json": components["schemas"]["serviceUnavailableErrorResponseType"];
                };
            };
        };
    };
}
