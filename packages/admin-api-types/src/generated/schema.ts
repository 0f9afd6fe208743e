/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from specs/admin-api/abilities.yaml, specs/admin-api/alerts.yaml, specs/admin-api/consumer-user-search.yaml, specs/admin-api/history.yaml, specs/admin-api/oidc-provider.yaml, specs/admin-api/partner-clients.yaml, specs/admin-api/user-details.yaml, specs/admin-api/zelle.yaml
 * by `pnpm generate` (this API only: `pnpm generate admin-api`).
 */

export interface paths {
    "/a/mobile/api/v0/institutions/{institutionId}/abilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an institution's abilities
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Abilities page ; security requirement modeled
         * @description Look up the abilities of the given institution.
         *     Banno permission (modeled): the "View" permission for People.
         */
        get: operations["getInstitutionAbilities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/abilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a user's abilities
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Abilities page
         * @description Look up the abilities of the given user at the given institution. A user's abilities are
         *     usually close to the institution's, but any of them may be overridden. Overridden abilities
         *     appear with their updated values; an empty object means the user has all default abilities.
         *     Banno permission (modeled): the "View" permission for People.
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
    "/a/mobile/api/v0/abilities/metadata": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get metadata describing institution abilities
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Abilities page ; security requirement and response shape modeled
         * @description Look up metadata for the institution abilities. The set of abilities is large and grows
         *     over time; use this to learn what each ability means.
         *     Banno permission (modeled): the "View" permission for People.
         */
        get: operations["getAbilitiesMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/alert/send/generic": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a generic push alert
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Alerts > Details page ; response body modeled
         * @description Sends a simple push alert of the `user.generic` alert type to one user.
         *     Requires the "Manage institution messages" permission.
         */
        post: operations["sendGenericAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/mobile/api/v0/institutions/{institutionId}/alert/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get alert configurations
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Alerts > Details page ; security requirement modeled
         * @description Requires the "Manage security settings" permission.
         */
        get: operations["getAlertConfig"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/consumer-user-search/api/v0/institutions/{institutionId}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search consumer users
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/consumers/ — User Search page
         * @description Returns users matching the given query. For large result sets, page with the `limit` and
         *     `offset` query parameters and the returned `totalCount`.
         *     Requires the "View" permission for People.
         */
        get: operations["searchConsumerUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/history/api/v0/institutions/{institutionId}/user-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events of Admin users
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — History > History Events Retrieval page
         * @description List events for Admin/Enterprise API users (employees of financial institutions). Results
         *     are returned in descending chronological order: most recent to oldest.
         *     Requires the "Users View activity" permission.
         */
        get: operations["getUserEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/history/api/v0/institutions/{institutionId}/person-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List events of Consumer users
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — History > History Events Retrieval page
         * @description List events for Consumer API persons (customers of financial institutions). Results are
         *     returned in descending chronological order: most recent to oldest.
         *     Requires the "Activity View employee events" permission.
         */
        get: operations["getPersonEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the Jack Henry Identity discovery document
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — the Jack Henry Identity copy of the page puts discovery at the root of login.jackhenry.com, document fields modeled
         * @description OpenID Connect Discovery 1.0 metadata of Jack Henry Identity, at the root of `https://login.jackhenry.com`.
         */
        get: operations["getJackHenryIdentityConfiguration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/oidc-provider/api/v0/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the OpenID Connect discovery document
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — document fields modeled
         * @description OpenID Connect Discovery 1.0 provider metadata of the Admin API issuer (Provider Info).
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
    "/a/oidc-provider/api/v0/jwks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the provider's public signing keys
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — key members modeled
         * @description JSON Web Key Set (RFC 7517) used to verify tokens issued by this provider (`certsResponse`).
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
    "/a/oidc-provider/api/v0/auth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start an administrator's sign-in (authorization endpoint)
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — parameters from the Admin API authorization code quickstart, responses modeled
         * @description The authorization endpoint of the authorization code flow with PKCE: the administrator's browser is sent
         *     here to sign in and consent, then redirected to `redirect_uri` with `code` and `state`. Not called with
         *     a client: build the URL and open it in the browser (the Admin API command-line quickstart does this).
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
    "/a/oidc-provider/api/v0/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request an access token
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/
         * @description Issues access tokens and refresh tokens. External Applications use the client credentials grant with a
         *     `private_key_jwt` client assertion; the authorization code grant (with PKCE) and the refresh token grant
         *     are also accepted. The client authenticates with `client_id` and `client_secret` in the Authorization
         *     header (HTTP Basic), as form fields, or with `client_id`, `client_assertion` and
         *     `client_assertion_type` as form fields. The assertion's `aud` is the exact token URL of the server used.
         */
        post: operations["requestToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/oidc-provider/api/v0/token/revocation": {
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
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — error responses modeled
         * @description OAuth 2.0 token revocation (RFC 7009). The response is 200 whether or not the token was known or still
         *     valid, so a client cannot learn anything about a token by revoking it.
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a partner's consumer clients
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page
         * @description Returns the consumer clients created by a specific partner.
         *     Allows partners with direct legal agreements to manage OAuth clients they create.
         */
        get: operations["getPartnerClients"];
        put?: never;
        /**
         * Create a consumer client for a partner
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page
         * @description Creates a Consumer Client for a specific partner.
         *     Allows partners with direct legal agreements to create OAuth clients dynamically
         */
        post: operations["createPartnerClient"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/oidc-provider/api/v0/institutions/{institutionId}/partner-clients/{partnerName}/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get one of a partner's consumer clients
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page
         * @description Returns the specified consumer client created by a specific partner.
         *     Allows partners with direct legal agreements to manage OAuth clients they create.
         */
        get: operations["getPartnerClient"];
        /**
         * Update one of a partner's consumer clients
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page
         * @description Updates a Consumer Client created by a specific partner.
         *     Allows partners with direct legal agreements to update OAuth clients they dynamically created
         */
        put: operations["updatePartnerClient"];
        post?: never;
        /**
         * Delete one of a partner's consumer clients
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page
         * @description Deletes a Consumer Client created by a specific partner.
         *     Allows partners with direct legal agreements to manage OAuth clients they dynamically created
         */
        delete: operations["deletePartnerClient"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/mobile/api/v0/institutions/{institutionId}/users/{userId}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a consumer user's details
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/consumers/ — User Details page
         * @description Retrieve user details.
         *     Requires the "View" permission for People.
         */
        get: operations["getUserDetails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/consumer/api/institutions/{institutionId}/zelle/allowed-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the kinds of Zelle use the institution allows
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/zelle/details/ — response members modeled
         * @description Returns the institution's allowed Zelle types.
         *     Requires the "View" permission (Banno).
         */
        get: operations["getZelleAllowedTypes"];
        /**
         * Set the kinds of Zelle use the institution allows
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/zelle/details/ — request members and responses modeled
         * @description Replaces the institution's allowed Zelle types.
         *     Requires the "Manage everything" permission (Banno).
         */
        put: operations["setZelleAllowedTypes"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/consumer/api/institutions/{institutionId}/zelle/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get the institution's Zelle disclosure
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/zelle/details/ — response members modeled
         * @description Returns the Zelle disclosure the institution shows its users.
         */
        get: operations["getZelleDisclosure"];
        put?: never;
        /**
         * Set the institution's Zelle disclosure
         *     @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/zelle/details/ — request members and responses modeled
         * @description Saves the Zelle disclosure the institution shows its users.
         */
        post: operations["setZelleDisclosure"];
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
         * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Abilities page
         * @description Ability name -> JSON value. Most values are booleans, some are strings or other JSON. New
         *     abilities are added over time; abilities already returned are never removed or retyped.
         */
        AbilitiesMap: {
            [key: string]: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the metadata response shape is not public
         * @description Ability name -> metadata describing that ability (modeled shape).
         */
        AbilitiesMetadata: {
            [key: string]: {
                /** @description What the ability controls. */
                description?: string;
                /** @description JSON type of the ability's value, e.g. `boolean` or `string`. */
                valueType?: string;
            } & {
                [key: string]: unknown;
            };
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Alerts > Details page
         * @description A simple push alert of the `user.generic` alert type.
         */
        SendGenericAlertRequest: {
            /** @description push title */
            title: string;
            /** @description push message body */
            message: string;
            data?: components["schemas"]["PushData"];
            /**
             * @deprecated
             * @description Deprecated and not implemented; it will be removed.
             * @default false
             */
            skipInbox: boolean;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the published schema allows a few in-app destinations; its members are not public
         * @description Data delivered with the push alert (modeled).
         */
        PushData: {
            /** @description In-app destination opened from the alert, e.g. `/users/{userId}/accounts/{accountId}`. */
            deepLink?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the response contents are not public; alertId as reported by users of the endpoint
         * @description Result of sending an alert (modeled).
         */
        SendAlertResponse: {
            /** @description ID of the alert that was sent. */
            alertId?: string;
        };
        /** @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/ — Alerts > Details page */
        AlertConfigResponse: {
            configured: {
                alertType: components["schemas"]["AlertType"];
                available: boolean;
                overridable: components["schemas"]["Channels"];
                enabled: components["schemas"]["Channels"];
            }[];
        };
        /**
         * Modeled: not in Jack Henry's published reference — an open string; user.generic is published
         * @description Alert type name, e.g. `user.generic` (open set; modeled).
         */
        AlertType: string;
        /**
         * Modeled: not in Jack Henry's published reference — channel names from the Consumer API alerts page
         * @description Delivery channels (modeled; the set is open).
         */
        Channels: (("push" | "email" | "sms") | string)[];
        /**
         * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/consumers/ — User Search page
         * @description A page of users and the total count of users matching the query.
         */
        userSearchResult: {
            users?: components["schemas"]["user"][];
            /** @description total number of users matching query */
            totalCount?: number;
        };
        /** @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/consumers/ — User Search page */
        user: {
            /** Format: uuid */
            userId?: string;
            userActive?: boolean;
            primaryInstitutionUsername?: string;
            /** Format: uuid */
            primaryInstitutionId?: string;
            firstName?: string;
            middleInitial?: string;
            lastName?: string;
            /** Format: date-time */
            userAdded?: string;
            /** Format: date-time */
            userModified?: string;
            /** Format: email */
            email?: string | null;
            userVerified?: boolean;
            businessName?: string | null;
            /** @description Whether the user is a business or a person (the set is open). */
            userType?: ("Business" | "Individual") | string;
            reviewInstitutionId?: string | null;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the page returns a JSON array of events; their properties are not public
         * @description One history event (modeled properties).
         */
        Event: {
            /** @description ID of the event. */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened.
             */
            timestamp: string;
            /** Format: uuid */
            institutionId?: string;
            /** @description The application that recorded the event. */
            application: string;
            /** @description The kind of change the event records. */
            change: string;
            /**
             * Format: uuid
             * @description The Admin user the event belongs to (user events).
             */
            userId?: string;
            /**
             * Format: uuid
             * @description The Consumer user the event belongs to (person events).
             */
            personId?: string;
            /** @description Human-readable account of the event. */
            description?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — members per OpenID Connect Discovery 1.0; the page does not name this schema
         * @description OpenID Connect Discovery 1.0 provider metadata. Unlisted members may also appear.
         */
        OpenIdConfiguration: {
            /** Format: uri */
            issuer: string;
            /** Format: uri */
            authorization_endpoint?: string;
            /** Format: uri */
            token_endpoint: string;
            /** Format: uri */
            jwks_uri: string;
            /** Format: uri */
            revocation_endpoint?: string;
            /** Format: uri */
            userinfo_endpoint?: string;
            scopes_supported?: string[];
            response_types_supported: string[];
            grant_types_supported?: string[];
            subject_types_supported: string[];
            id_token_signing_alg_values_supported: string[];
            token_endpoint_auth_methods_supported?: string[];
            token_endpoint_auth_signing_alg_values_supported?: string[];
            code_challenge_methods_supported?: string[];
            dpop_signing_alg_values_supported?: string[];
        } & {
            [key: string]: unknown;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — members modeled per RFC 7517
         * @description A JSON Web Key Set (RFC 7517 section 5) holding public keys only.
         */
        certsResponse: {
            keys: components["schemas"]["JsonWebKey"][];
        };
        /**
         * Modeled: not in Jack Henry's published reference — RFC 7517 section 4
         * @description A public JSON Web Key (RFC 7517 section 4). Members depend on `kty`.
         */
        JsonWebKey: {
            /** @description Key type, e.g. `EC` or `RSA`. */
            kty: string;
            kid?: string;
            use?: string;
            alg?: string;
            /** @description EC curve name. */
            crv?: string;
            /** @description EC x coordinate (base64url). */
            x?: string;
            /** @description EC y coordinate (base64url). */
            y?: string;
            /** @description RSA modulus (base64url). */
            n?: string;
            /** @description RSA public exponent (base64url). */
            e?: string;
        } & {
            [key: string]: unknown;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — form fields from the Admin API guides and the authorization code quickstart, refresh_token grant modeled
         * @description Token request form. Which fields apply depends on `grant_type` and on how the client
         *     authenticates (client assertion, HTTP Basic, or `client_id` + `client_secret` in the form).
         */
        tokenRequest: {
            /** @enum {string} */
            grant_type: "client_credentials" | "authorization_code" | "refresh_token";
            /**
             * @description Set when the client authenticates with a signed JWT (`private_key_jwt`).
             * @enum {string}
             */
            client_assertion_type?: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            /**
             * @description The signed client assertion JWT: `iss` and `sub` are the client ID, `aud` is the exact
             *     token URL, `jti` is unique, `exp` is at most five minutes ahead.
             */
            client_assertion?: string;
            /** @description Space-separated scopes, e.g. `openid`. */
            scope?: string;
            client_id?: string;
            /** @description Client secret for `client_secret_post` authentication. */
            client_secret?: string;
            /** @description Authorization code (authorization_code grant). */
            code?: string;
            /** @description The redirect URI used in the authorization request (authorization_code grant). */
            redirect_uri?: string;
            /** @description PKCE code verifier (authorization_code grant). */
            code_verifier?: string;
            /** @description Refresh token (refresh_token grant). */
            refresh_token?: string;
        };
        /** @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — members from the authorization code quickstart and RFC 6749 (modeled) */
        tokenResponse: {
            /** @description The access token, a JWT. */
            access_token: string;
            /** @description `Bearer`, or `DPoP` when the token is bound to a DPoP key. */
            token_type: string;
            /** @description Lifetime of the access token in seconds, counted from the response. */
            expires_in?: number;
            /**
             * @description Expiry as an ISO 8601 date. Shown instead of `expires_in` in Jack Henry's Admin API
             *     authorization code quickstart; clients should accept either.
             */
            expires_at?: string;
            /** @description Space-separated scopes granted. */
            scope?: string;
            /** @description ID token (JWT), when `openid` was requested in an authorization code flow. */
            id_token?: string;
            /** @description Refresh token, when offline access was granted. */
            refresh_token?: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — members modeled per RFC 6749 section 5.2
         * @description The token request failed (400). OAuth 2.0 error response (RFC 6749 section 5.2).
         */
        tokenFailure: {
            /** @description The OAuth error code: RFC 6749 section 5.2 codes, `unsupported_token_type` (RFC 7009), `invalid_dpop_proof` and `use_dpop_nonce` (RFC 9449). The set is open: other registered codes may appear. */
            error: ("invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope" | "unsupported_token_type" | "invalid_dpop_proof" | "use_dpop_nonce") | string;
            error_description?: string;
            error_uri?: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — members modeled per RFC 6749 section 5.2
         * @description Client authentication failed (401). OAuth 2.0 error response (RFC 6749 section 5.2).
         */
        tokenUnauthorized: {
            /** @description The OAuth error code: RFC 6749 section 5.2 codes, `unsupported_token_type` (RFC 7009), `invalid_dpop_proof` and `use_dpop_nonce` (RFC 9449). The set is open: other registered codes may appear. */
            error: ("invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope" | "unsupported_token_type" | "invalid_dpop_proof" | "use_dpop_nonce") | string;
            error_description?: string;
            error_uri?: string;
        };
        /**
         * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/details/ — members modeled per RFC 7009 section 2.1
         * @description Token revocation form (RFC 7009 section 2.1) with the client's authentication.
         */
        tokenRevocationRequest: {
            token: string;
            /** @enum {string} */
            token_type_hint?: "access_token" | "refresh_token";
            client_id?: string;
            client_secret?: string;
            /** @enum {string} */
            client_assertion_type?: "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
            client_assertion?: string;
        };
        /** @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page */
        createClientResponse: {
            client?: {
                clientId?: string;
                clientSecret?: string;
            };
        };
        /** @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page */
        partnerClientDetails: {
            /** @example 00000000-0000-0000-0000-000000000000 */
            clientId?: string;
            /** @example Sample External App */
            name?: string;
            /**
             * @example [
             *       "https://domain.com/callback"
             *     ]
             */
            redirectUris?: string[];
            /** @example https://domain.com/logo.png */
            logoUri?: string;
            /** @example https://domain.com/ */
            clientUri?: string;
            /** @example https://domain.com/privacy-policy.htm */
            policyUri?: string;
            /** @example https://domain.com/terms-of-service.htm */
            tosUri?: string;
            /**
             * @example [
             *       "name1@domain.com",
             *       "name2@domain.com"
             *     ]
             */
            contacts?: string[];
            pkceRequired?: boolean;
        };
        /** @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page */
        createPartnerClientDetails: {
            /** @example Sample External App */
            name: string;
            /**
             * @example [
             *       "https://domain.com/callback"
             *     ]
             */
            redirectUris: string[];
            /** @example https://domain.com/logo.png */
            logoUri?: string;
            /** @example https://domain.com/ */
            clientUri?: string;
            /** @example https://domain.com/privacy-policy.htm */
            policyUri?: string;
            /** @example https://domain.com/terms-of-service.htm */
            tosUri?: string;
            /**
             * @example [
             *       "name1@domain.com",
             *       "name2@domain.com"
             *     ]
             */
            contacts?: string[];
            pkceRequired?: boolean;
        };
        /** @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page */
        updatePartnerClientDetails: {
            /** @example Sample External App */
            name?: string;
            /**
             * @example [
             *       "https://domain.com/callback"
             *     ]
             */
            redirectUris?: string[];
            /** @example https://domain.com/logo.png */
            logoUri?: string;
            /** @example https://domain.com/ */
            clientUri?: string;
            /** @example https://domain.com/privacy-policy.htm */
            policyUri?: string;
            /** @example https://domain.com/terms-of-service.htm */
            tosUri?: string;
            /**
             * @example [
             *       "name1@domain.com",
             *       "name2@domain.com"
             *     ]
             */
            contacts?: string[];
            pkceRequired?: boolean;
        };
        /** @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/oauth-and-openid-connect/ — Partner Clients page */
        validPartners: string;
        /**
         * @see https://jackhenry.dev/open-api-docs/admin-api/api-reference/v0/consumers/ — User Details page
         * @description Basic object containing user details.
         */
        userDetails: {
            /**
             * Format: uuid
             * @description ID of the user.
             */
            userId: string;
            firstName: string;
            middleInitial: string;
            lastName: string;
            /** Format: email */
            email?: string;
            /** Format: uuid */
            primaryInstitutionId: string;
            primaryInstitutionUsername: string;
            /** @description Whether the user is a person or a business (the set is open). */
            userType: ("Individual" | "Business") | string;
            /** @description Business name; empty for individuals (modeled). */
            businessName: string;
            address?: {
                addressLineOne: string;
                addressLineTwo: string;
                addressLineThree?: string;
                addressLineFour?: string;
                city: string;
                /** @description Two-letter state abbreviation */
                state: string;
                zip: string;
                zipPlusFour: string;
            };
            /** @description Feature abilities of the user, ability name -> JSON value (content modeled). */
            abilities: {
                [key: string]: unknown;
            };
            /**
             * Format: date-time
             * @description When the user was added.
             */
            userAdded: string;
            /** @description The user's profile image reference; empty when none (format not published). */
            userImage: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the Zelle page names this schema; its members are not public
         * @description The kinds of Zelle use the institution allows (members not published).
         */
        AllowedTypes: {
            [key: string]: unknown;
        };
        /**
         * Modeled: not in Jack Henry's published reference — the Zelle page names this schema; its members are not public
         * @description The Zelle disclosure the institution shows its users (members not published).
         */
        InstitutionDisclosure: {
            [key: string]: unknown;
        };
    };
    responses: never;
    parameters: {
        /**
         * @description ID of the institution.
         * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
         */
        InstitutionId: string;
        /**
         * @description ID of the user.
         * @example 2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6
         */
        UserId: string;
        /**
         * @description Free text matched against users, e.g. a name, username or email (modeled).
         * @example gardner
         */
        query: string;
        /**
         * @description Maximum number of users to return (modeled type).
         * @example 25
         */
        limit: number;
        /**
         * @description Number of matching users to skip, starting at 0 (modeled type).
         * @example 0
         */
        offset: number;
        /**
         * @description Only events at or after this instant (modeled format).
         * @example 2026-01-01T00:00:00Z
         */
        From: string;
        /**
         * @description Only events before this instant (modeled format).
         * @example 2026-02-01T00:00:00Z
         */
        To: string;
        /**
         * @description Only events recorded by this application (modeled).
         * @example Banno People
         */
        Application: string;
        /**
         * @description Only events of this kind of change (modeled).
         * @example Password reset
         */
        Change: string;
        /**
         * @description Only events of this Admin user.
         * @example 5a8e2c7b-1d4f-4b63-9e0a-c6f3d1b8a574
         */
        EventUserId: string;
        /**
         * @description Only events of this Consumer user (person).
         * @example 2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6
         */
        EventPersonId: string;
        /**
         * @description Maximum number of events to return (modeled limits).
         * @example 50
         */
        Count: number;
        /**
         * @description Number of events to skip, starting at 0 (modeled).
         * @example 0
         */
        Offset: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getInstitutionAbilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ability set of the institution. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accountRewards": false,
                     *       "accountToAccount": true,
                     *       "ach": true,
                     *       "achApprovalsRequireInitiate": false,
                     *       "achBatchDownload": true,
                     *       "achEntitlementModel": "Disabled"
                     *     }
                     */
                    "application/json": components["schemas"]["AbilitiesMap"];
                };
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Institution not found (modeled) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error (modeled) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getUserAbilities: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
                /**
                 * @description ID of the user.
                 * @example 2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ability set of the user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accountRewards": false,
                     *       "accountToAccount": true,
                     *       "ach": false,
                     *       "achApprovalsRequireInitiate": false,
                     *       "achBatchDownload": false,
                     *       "achEntitlementModel": "Disabled"
                     *     }
                     */
                    "application/json": components["schemas"]["AbilitiesMap"];
                };
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Institution or user not found (modeled) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error (modeled) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAbilitiesMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Metadata for each ability, keyed by ability name. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "accountToAccount": {
                     *         "description": "Transfers between a user's own accounts are available.",
                     *         "valueType": "boolean"
                     *       },
                     *       "ach": {
                     *         "description": "ACH origination is available.",
                     *         "valueType": "boolean"
                     *       },
                     *       "achEntitlementModel": {
                     *         "description": "How ACH entitlements are assigned.",
                     *         "valueType": "string"
                     *       },
                     *       "achBatchDownload": {
                     *         "description": "ACH batches can be downloaded.",
                     *         "valueType": "boolean"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AbilitiesMetadata"];
                };
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error (modeled) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    sendGenericAlert: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
                /**
                 * @description ID of the user.
                 * @example 2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Payment reminder",
                 *       "message": "Your loan payment is due on January 20.",
                 *       "data": {
                 *         "deepLink": "/users/2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6/accounts/4c8e2a6f-1b7d-4e93-a5c0-f2d8b6e1c937"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SendGenericAlertRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "alertId": "6e1b9d4a-7c3f-4a25-8b60-d2e8f5a1c379"
                     *     }
                     */
                    "application/json": components["schemas"]["SendAlertResponse"];
                };
            };
            /** @description Bad request (modeled) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found (modeled) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error (modeled) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getAlertConfig: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "configured": [
                     *         {
                     *           "alertType": "user.generic",
                     *           "available": true,
                     *           "overridable": [
                     *             "push"
                     *           ],
                     *           "enabled": [
                     *             "push"
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AlertConfigResponse"];
                };
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error (modeled) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    searchConsumerUsers: {
        parameters: {
            query?: {
                /**
                 * @description Free text matched against users, e.g. a name, username or email (modeled).
                 * @example gardner
                 */
                query?: components["parameters"]["query"];
                /**
                 * @description Maximum number of users to return (modeled type).
                 * @example 25
                 */
                limit?: components["parameters"]["limit"];
                /**
                 * @description Number of matching users to skip, starting at 0 (modeled type).
                 * @example 0
                 */
                offset?: components["parameters"]["offset"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "users": [
                     *         {
                     *           "userId": "2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6",
                     *           "userActive": true,
                     *           "primaryInstitutionUsername": "jgardner",
                     *           "primaryInstitutionId": "9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52",
                     *           "firstName": "Jane",
                     *           "middleInitial": "Q",
                     *           "lastName": "Gardner",
                     *           "userAdded": "2021-03-14T15:09:26.535Z",
                     *           "userModified": "2025-11-02T18:41:07.120Z",
                     *           "email": "jane.gardner@example.com",
                     *           "userVerified": true,
                     *           "businessName": null,
                     *           "userType": "Individual",
                     *           "reviewInstitutionId": null
                     *         },
                     *         {
                     *           "userId": "7d3a9e5c-2b8f-4c16-a4d0-e5f1b9c3a827",
                     *           "userActive": true,
                     *           "primaryInstitutionUsername": "gardenlandscaping",
                     *           "primaryInstitutionId": "9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52",
                     *           "firstName": "Tom",
                     *           "middleInitial": "R",
                     *           "lastName": "Gardner",
                     *           "userAdded": "2022-06-01T13:22:45.000Z",
                     *           "userModified": "2024-09-17T09:05:12.310Z",
                     *           "email": "tom@gardenlandscaping.example.com",
                     *           "userVerified": true,
                     *           "businessName": "Garden Landscaping LLC",
                     *           "userType": "Business",
                     *           "reviewInstitutionId": null
                     *         }
                     *       ],
                     *       "totalCount": 2
                     *     }
                     */
                    "application/json": components["schemas"]["userSearchResult"];
                };
            };
            /** @description Bad request (modeled) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal server error (modeled) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getUserEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only events at or after this instant (modeled format).
                 * @example 2026-01-01T00:00:00Z
                 */
                From?: components["parameters"]["From"];
                /**
                 * @description Only events before this instant (modeled format).
                 * @example 2026-02-01T00:00:00Z
                 */
                To?: components["parameters"]["To"];
                /**
                 * @description Only events recorded by this application (modeled).
                 * @example Banno People
                 */
                Application?: components["parameters"]["Application"];
                /**
                 * @description Only events of this kind of change (modeled).
                 * @example Password reset
                 */
                Change?: components["parameters"]["Change"];
                /**
                 * @description Only events of this Admin user.
                 * @example 5a8e2c7b-1d4f-4b63-9e0a-c6f3d1b8a574
                 */
                UserId?: components["parameters"]["EventUserId"];
                /**
                 * @description Maximum number of events to return (modeled limits).
                 * @example 50
                 */
                Count?: components["parameters"]["Count"];
                /**
                 * @description Number of events to skip, starting at 0 (modeled).
                 * @example 0
                 */
                Offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "0b6e4d2a-9f1c-4a83-b7e5-3c8d1f6a2e94",
                     *         "timestamp": "2026-01-15T16:42:10.512Z",
                     *         "institutionId": "9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52",
                     *         "application": "Banno People",
                     *         "change": "User profile updated",
                     *         "userId": "5a8e2c7b-1d4f-4b63-9e0a-c6f3d1b8a574",
                     *         "description": "Updated the email address of a consumer user."
                     *       },
                     *       {
                     *         "id": "8f2a5c7e-3b9d-4e16-a0c4-d7e1b5f8a263",
                     *         "timestamp": "2026-01-15T14:03:55.004Z",
                     *         "institutionId": "9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52",
                     *         "application": "Banno People",
                     *         "change": "Password reset",
                     *         "userId": "5a8e2c7b-1d4f-4b63-9e0a-c6f3d1b8a574",
                     *         "description": "Sent a password reset to a consumer user."
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Event"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getPersonEvents: {
        parameters: {
            query?: {
                /**
                 * @description Only events at or after this instant (modeled format).
                 * @example 2026-01-01T00:00:00Z
                 */
                From?: components["parameters"]["From"];
                /**
                 * @description Only events before this instant (modeled format).
                 * @example 2026-02-01T00:00:00Z
                 */
                To?: components["parameters"]["To"];
                /**
                 * @description Only events recorded by this application (modeled).
                 * @example Banno People
                 */
                Application?: components["parameters"]["Application"];
                /**
                 * @description Only events of this kind of change (modeled).
                 * @example Password reset
                 */
                Change?: components["parameters"]["Change"];
                /**
                 * @description Only events of this Consumer user (person).
                 * @example 2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6
                 */
                PersonId?: components["parameters"]["EventPersonId"];
                /**
                 * @description Maximum number of events to return (modeled limits).
                 * @example 50
                 */
                Count?: components["parameters"]["Count"];
                /**
                 * @description Number of events to skip, starting at 0 (modeled).
                 * @example 0
                 */
                Offset?: components["parameters"]["Offset"];
            };
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "c4e9a1f7-6d2b-4b58-8e03-a9f5c2d7b146",
                     *         "timestamp": "2026-01-15T17:20:31.870Z",
                     *         "institutionId": "9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52",
                     *         "application": "Banno Online",
                     *         "change": "Sign in",
                     *         "personId": "2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6",
                     *         "description": "Signed in with a password and a one-time code."
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["Event"][];
                };
            };
            /** @description Bad Request */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Internal Server Error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getJackHenryIdentityConfiguration: {
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
                     *       "issuer": "https://login.jackhenry.com",
                     *       "authorization_endpoint": "https://login.jackhenry.com/a/oidc-provider/api/v0/auth",
                     *       "token_endpoint": "https://login.jackhenry.com/a/oidc-provider/api/v0/token",
                     *       "jwks_uri": "https://login.jackhenry.com/a/oidc-provider/api/v0/jwks",
                     *       "revocation_endpoint": "https://login.jackhenry.com/a/oidc-provider/api/v0/token/revocation",
                     *       "scopes_supported": [
                     *         "openid",
                     *         "https://jackhenry.com/consumer-user-search",
                     *         "https://jackhenry.com/history/user-events.read",
                     *         "https://jackhenry.com/history/person-events.read"
                     *       ],
                     *       "response_types_supported": [
                     *         "code"
                     *       ],
                     *       "grant_types_supported": [
                     *         "authorization_code",
                     *         "client_credentials",
                     *         "refresh_token"
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
                     *       "token_endpoint_auth_signing_alg_values_supported": [
                     *         "ES256",
                     *         "PS256",
                     *         "RS256"
                     *       ],
                     *       "code_challenge_methods_supported": [
                     *         "S256"
                     *       ],
                     *       "dpop_signing_alg_values_supported": [
                     *         "ES256",
                     *         "PS256",
                     *         "RS256"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OpenIdConfiguration"];
                };
            };
            /** @description Internal server error (modeled). */
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
                     *       "issuer": "https://banno.com/a/oidc-provider/api/v0",
                     *       "authorization_endpoint": "https://banno.com/a/oidc-provider/api/v0/auth",
                     *       "token_endpoint": "https://banno.com/a/oidc-provider/api/v0/token",
                     *       "jwks_uri": "https://banno.com/a/oidc-provider/api/v0/jwks",
                     *       "revocation_endpoint": "https://banno.com/a/oidc-provider/api/v0/token/revocation",
                     *       "scopes_supported": [
                     *         "openid",
                     *         "https://jackhenry.com/consumer-user-search",
                     *         "https://jackhenry.com/history/user-events.read",
                     *         "https://jackhenry.com/history/person-events.read"
                     *       ],
                     *       "response_types_supported": [
                     *         "code"
                     *       ],
                     *       "grant_types_supported": [
                     *         "authorization_code",
                     *         "client_credentials",
                     *         "refresh_token"
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
                     *       "token_endpoint_auth_signing_alg_values_supported": [
                     *         "ES256",
                     *         "PS256",
                     *         "RS256"
                     *       ],
                     *       "code_challenge_methods_supported": [
                     *         "S256"
                     *       ],
                     *       "dpop_signing_alg_values_supported": [
                     *         "ES256",
                     *         "PS256",
                     *         "RS256"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["OpenIdConfiguration"];
                };
            };
            /** @description Internal server error (modeled). */
            500: {
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
                     *           "kid": "admin-es256-2026-01",
                     *           "use": "sig",
                     *           "alg": "ES256",
                     *           "crv": "P-256",
                     *           "x": "Rq9f0Dntjmqu0DO0YxdrKMTeC12-pYCZU-GqXaYGdrs",
                     *           "y": "BQ2l_mrW_5ZQ5eQ4eeQOI7quCUPSGFXsg0nqxRuwiFY"
                     *         },
                     *         {
                     *           "kty": "RSA",
                     *           "kid": "admin-ps256-2025-07",
                     *           "use": "sig",
                     *           "alg": "PS256",
                     *           "e": "AQAB",
                     *           "n": "qllXZ-W6mv1RIN-V0ybhJmWkr4ziSwRAHgU7OfER032fQuvcAdh11Vl0yy1wMqjyxFTRy3B0xk7g-Ci1TqCrHjMad277v-wPcDXGE_8X0K-vITRVzxROgD88y1wBFrzJGldKf7dtp81qbRDO5oVHew_50tQlmNfoT_-RfauUdUXvrPamHjGUSvJA5Kb0vMz3Gn4u7nJbFHiF_SggUVlx71JiUcelcQs5RC6i5FEMay2JUXUe8sqZk4j-f2fcl6TtlpIwfNEAuJuU42pR77DdOK3S2cQHIyoN7_ijXZQaTaB4pU2rbHodPbpUoAMA6IL3GmQPAnimY4gySU6aP5miSw"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["certsResponse"];
                };
            };
            /** @description Internal server error (modeled). */
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
                 * @description Where the browser returns; must exactly match the registered redirect URI. HTTPS, except for `localhost`, hosts ending in `.local`, and private IPv4 ranges during local development.
                 * @example http://localhost:8080/callback
                 */
                redirect_uri: string;
                /**
                 * @description `code`.
                 * @example code
                 */
                response_type: "code";
                /**
                 * @description Space-separated scopes; `openid` is required to start an OpenID Connect request.
                 * @example openid
                 */
                scope: string;
                /**
                 * @description An opaque, unguessable value the redirect echoes back (CSRF protection).
                 * @example 9b1f3c2e7a
                 */
                state: string;
                /**
                 * @description The PKCE code challenge (base64url SHA-256 of the code verifier).
                 * @example E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM
                 */
                code_challenge: string;
                /**
                 * @description `S256`.
                 * @example S256
                 */
                code_challenge_method: "S256";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the sign-in pages, or back to `redirect_uri` with `code` and `state` (or `error`) (modeled). */
            302: {
                headers: {
                    /** @description Where the browser goes next. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid and cannot be redirected (e.g. an unknown redirect URI) (modeled). */
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
            header?: {
                /** @description A DPoP proof JWT (RFC 9449) that binds the issued access token to the client's key; every request with that token must then present a DPoP proof too. */
                DPoP?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["tokenRequest"];
            };
        };
        responses: {
            /** @description Token issued. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "access_token": "example-access-token-jwt",
                     *       "token_type": "Bearer",
                     *       "expires_in": 600,
                     *       "scope": "openid"
                     *     }
                     */
                    "application/json": components["schemas"]["tokenResponse"];
                };
            };
            /** @description The request was invalid (`tokenFailure`). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "error": "invalid_grant",
                     *       "error_description": "The client assertion has expired."
                     *     }
                     */
                    "application/json": components["schemas"]["tokenFailure"];
                };
            };
            /** @description Client authentication failed (`tokenUnauthorized`). */
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
                    "application/json": components["schemas"]["tokenUnauthorized"];
                };
            };
            /** @description Internal server error. */
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
                "application/x-www-form-urlencoded": components["schemas"]["tokenRevocationRequest"];
            };
        };
        responses: {
            /** @description The token was revoked, or was already invalid or unknown (no content). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * Modeled: not in Jack Henry's published reference — RFC 7009 section 2.2.1 errors, in the token endpoint's error body
             * @description The request was invalid (modeled).
             */
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
                    "application/json": components["schemas"]["tokenFailure"];
                };
            };
            /**
             * Modeled: not in Jack Henry's published reference — RFC 7009 section 2.1 client authentication, in the token endpoint's error body
             * @description Client authentication failed (modeled).
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
                    "application/json": components["schemas"]["tokenUnauthorized"];
                };
            };
        };
    };
    getPartnerClients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution ID
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: string;
                /**
                 * @description partner name
                 * @example sample-partner
                 */
                partnerName: components["schemas"]["validPartners"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "clientId": "e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83",
                     *         "name": "Sample External App",
                     *         "redirectUris": [
                     *           "https://domain.com/callback"
                     *         ],
                     *         "logoUri": "https://domain.com/logo.png",
                     *         "clientUri": "https://domain.com/",
                     *         "policyUri": "https://domain.com/privacy-policy.htm",
                     *         "tosUri": "https://domain.com/terms-of-service.htm",
                     *         "contacts": [
                     *           "name1@domain.com",
                     *           "name2@domain.com"
                     *         ],
                     *         "pkceRequired": true
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["partnerClientDetails"][];
                };
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    createPartnerClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution ID
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: string;
                /**
                 * @description partner name
                 * @example sample-partner
                 */
                partnerName: components["schemas"]["validPartners"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "Sample External App",
                 *       "redirectUris": [
                 *         "https://domain.com/callback"
                 *       ],
                 *       "logoUri": "https://domain.com/logo.png",
                 *       "clientUri": "https://domain.com/",
                 *       "policyUri": "https://domain.com/privacy-policy.htm",
                 *       "tosUri": "https://domain.com/terms-of-service.htm",
                 *       "contacts": [
                 *         "name1@domain.com",
                 *         "name2@domain.com"
                 *       ],
                 *       "pkceRequired": true
                 *     }
                 */
                "application/json": components["schemas"]["createPartnerClientDetails"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "client": {
                     *         "clientId": "e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83",
                     *         "clientSecret": "example-client-secret-placeholder"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["createClientResponse"];
                };
            };
            /** @description Bad request (modeled) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getPartnerClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution ID
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: string;
                /**
                 * @description partner name
                 * @example sample-partner
                 */
                partnerName: components["schemas"]["validPartners"];
                /**
                 * @description Client ID
                 * @example e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83
                 */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "clientId": "e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83",
                     *       "name": "Sample External App",
                     *       "redirectUris": [
                     *         "https://domain.com/callback"
                     *       ],
                     *       "logoUri": "https://domain.com/logo.png",
                     *       "clientUri": "https://domain.com/",
                     *       "policyUri": "https://domain.com/privacy-policy.htm",
                     *       "tosUri": "https://domain.com/terms-of-service.htm",
                     *       "contacts": [
                     *         "name1@domain.com",
                     *         "name2@domain.com"
                     *       ],
                     *       "pkceRequired": true
                     *     }
                     */
                    "application/json": components["schemas"]["partnerClientDetails"];
                };
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    updatePartnerClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution ID
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: string;
                /**
                 * @description partner name
                 * @example sample-partner
                 */
                partnerName: components["schemas"]["validPartners"];
                /**
                 * @description Client ID
                 * @example e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83
                 */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "name": "Sample External App",
                 *       "redirectUris": [
                 *         "https://domain.com/callback",
                 *         "https://domain.com/callback-v2"
                 *       ],
                 *       "pkceRequired": true
                 *     }
                 */
                "application/json": components["schemas"]["updatePartnerClientDetails"];
            };
        };
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request (modeled) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    deletePartnerClient: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution ID
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: string;
                /**
                 * @description partner name
                 * @example sample-partner
                 */
                partnerName: components["schemas"]["validPartners"];
                /**
                 * @description Client ID
                 * @example e6c1a9f4-3b7d-4d52-8f0e-9a2b5c7d1e83
                 */
                clientId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Success */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getUserDetails: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
                /**
                 * @description ID of the user.
                 * @example 2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6
                 */
                userId: components["parameters"]["UserId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userId": "2f5b8d1e-6c4a-4f97-b3e0-a8d7c1f5e2b6",
                     *       "firstName": "Jane",
                     *       "middleInitial": "Q",
                     *       "lastName": "Gardner",
                     *       "email": "jane.gardner@example.com",
                     *       "primaryInstitutionId": "9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52",
                     *       "primaryInstitutionUsername": "jgardner",
                     *       "userType": "Individual",
                     *       "businessName": "",
                     *       "address": {
                     *         "addressLineOne": "1200 Orchard Lane",
                     *         "addressLineTwo": "Apt 4B",
                     *         "city": "Springfield",
                     *         "state": "MO",
                     *         "zip": "65802",
                     *         "zipPlusFour": "1234"
                     *       },
                     *       "abilities": {
                     *         "accountToAccount": true,
                     *         "ach": false
                     *       },
                     *       "userAdded": "2021-03-14T15:09:26.535Z",
                     *       "userImage": ""
                     *     }
                     */
                    "application/json": components["schemas"]["userDetails"];
                };
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description User not found (modeled) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getZelleAllowedTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The allowed types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["AllowedTypes"];
                };
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    setZelleAllowedTypes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["AllowedTypes"];
            };
        };
        responses: {
            /** @description The allowed types were saved (modeled). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request (modeled) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getZelleDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's disclosure. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /** @example {} */
                    "application/json": components["schemas"]["InstitutionDisclosure"];
                };
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    setZelleDisclosure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description ID of the institution.
                 * @example 9c3e1a7f-5b2d-4e86-a0f4-7d1c8b6e3a52
                 */
                institutionId: components["parameters"]["InstitutionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["InstitutionDisclosure"];
            };
        };
        responses: {
            /** @description The disclosure was saved (modeled). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Bad request (modeled) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unauthorized (modeled) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Forbidden (modeled) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
