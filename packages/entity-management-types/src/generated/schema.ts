/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from specs/entity-management/addresses.yaml, specs/entity-management/digital-contact-points.yaml, specs/entity-management/entities.yaml, specs/entity-management/identifications.yaml, specs/entity-management/phone-numbers.yaml, specs/entity-management/relationship-types.yaml, specs/entity-management/relationships.yaml
 * by `pnpm generate` (this API only: `pnpm generate entity-management`).
 */

export interface paths {
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's addresses
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Lists all addresses of the entity.
         *     Either scope listed grants this operation.
         */
        get: operations["listEntityAddresses"];
        put?: never;
        /**
         * Add an address to an entity
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Adds an address to the entity.
         */
        post: operations["createEntityAddress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses/{AddressId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the address.
                 * @example 1d6c8e2a-7f4b-4a91-b3e5-0c9d2f8a6e14
                 */
                AddressId: components["parameters"]["AddressId"];
            };
            cookie?: never;
        };
        /**
         * Get one of an entity's addresses
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Returns one address of the entity.
         *     Either scope listed grants this operation.
         */
        get: operations["getEntityAddress"];
        /**
         * Replace one of an entity's addresses
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Replaces the address with the one sent.
         */
        put: operations["updateEntityAddress"];
        post?: never;
        /**
         * Remove one of an entity's addresses
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Removes the address from the entity.
         */
        delete: operations["deleteEntityAddress"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's digital contact points
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Lists all digital contact points of the entity.
         *     Either scope listed grants this operation.
         */
        get: operations["listEntityDigitalContactPoints"];
        put?: never;
        /**
         * Add a digital contact point to an entity
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Adds a digital contact point to the entity.
         */
        post: operations["createEntityDigitalContactPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points/{DigitalContactPointId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the digital contact point.
                 * @example 0a7e3f9c-4b8d-4c25-b6f1-d93e2a5c8b47
                 */
                DigitalContactPointId: components["parameters"]["DigitalContactPointId"];
            };
            cookie?: never;
        };
        /**
         * Get one of an entity's digital contact points
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Returns one digital contact point of the entity.
         *     Either scope listed grants this operation.
         */
        get: operations["getEntityDigitalContactPoint"];
        /**
         * Replace one of an entity's digital contact points
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Replaces the digital contact point with the one sent.
         */
        put: operations["updateEntityDigitalContactPoint"];
        post?: never;
        /**
         * Remove one of an entity's digital contact points
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Removes the digital contact point from the entity.
         */
        delete: operations["deleteEntityDigitalContactPoint"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
            };
            cookie?: never;
        };
        /**
         * List entities
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Lists the institution's entities (persons and organizations) a page at a time, newest first.
         *     Page with `offset` and `limit`; `totalCount` is the number of entities that match.
         *     Either scope listed grants this operation.
         */
        get: operations["listEntities"];
        put?: never;
        /**
         * Create an entity
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Creates a person or an organization. Send `person` or `organization` to match `entityType`;
         *     `status` defaults to `Active`.
         */
        post: operations["createEntity"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/search": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search entities
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Finds entities matching every criterion given. Criteria travel in the body so that personal
         *     data stays out of URLs and access logs. Page with `offset` and `limit`.
         *     Either scope listed grants this operation.
         */
        post: operations["searchEntities"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * Get an entity
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Returns one entity.
         *     Either scope listed grants this operation.
         */
        get: operations["getEntity"];
        /**
         * Update an entity
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Replaces the entity's details and status. `entityType` cannot change; send the `person` or
         *     `organization` object that matches it.
         */
        put: operations["updateEntity"];
        post?: never;
        /**
         * Delete an entity
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Deletes an entity with its addresses, phone numbers, digital contact points and
         *     identifications. An entity that still has active relationships cannot be deleted (409).
         */
        delete: operations["deleteEntity"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's identifications
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Lists all identifications of the entity.
         *     Either scope listed grants this operation.
         */
        get: operations["listEntityIdentifications"];
        put?: never;
        /**
         * Add an identification to an entity
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Adds an identification to the entity.
         */
        post: operations["createEntityIdentification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications/{IdentificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the identification.
                 * @example f61b8d3a-9c2e-4a70-b5d4-1e8f7c3a9b52
                 */
                IdentificationId: components["parameters"]["IdentificationId"];
            };
            cookie?: never;
        };
        /**
         * Get one of an entity's identifications
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Returns one identification of the entity.
         *     Either scope listed grants this operation.
         */
        get: operations["getEntityIdentification"];
        /**
         * Replace one of an entity's identifications
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Replaces the identification with the one sent.
         */
        put: operations["updateEntityIdentification"];
        post?: never;
        /**
         * Remove one of an entity's identifications
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Removes the identification from the entity.
         */
        delete: operations["deleteEntityIdentification"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's phone numbers
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Lists all phone numbers of the entity.
         *     Either scope listed grants this operation.
         */
        get: operations["listEntityPhoneNumbers"];
        put?: never;
        /**
         * Add a phone number to an entity
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Adds a phone number to the entity.
         */
        post: operations["createEntityPhoneNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers/{PhoneNumberId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the phone number.
                 * @example e3b9c1d5-6a2f-4f87-9d40-8c1e5b7a2f36
                 */
                PhoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        /**
         * Get one of an entity's phone numbers
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Returns one phone number of the entity.
         *     Either scope listed grants this operation.
         */
        get: operations["getEntityPhoneNumber"];
        /**
         * Replace one of an entity's phone numbers
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Replaces the phone number with the one sent.
         */
        put: operations["updateEntityPhoneNumber"];
        post?: never;
        /**
         * Remove one of an entity's phone numbers
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Removes the phone number from the entity.
         */
        delete: operations["deleteEntityPhoneNumber"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/relationship-types": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
            };
            cookie?: never;
        };
        /**
         * List relationship types
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Lists the relationship types the institution has defined, for accounts and for entities.
         *     Either scope listed grants this operation.
         */
        get: operations["listRelationshipTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/relationship-types/{RelationshipTypeId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the relationship type.
                 * @example 2c7f4a9e-6b1d-4e08-93a5-d8e2f6b4c170
                 */
                RelationshipTypeId: components["parameters"]["RelationshipTypeId"];
            };
            cookie?: never;
        };
        /**
         * Get a relationship type
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Returns one relationship type.
         *     Either scope listed grants this operation.
         */
        get: operations["getRelationshipType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /**
         * List an entity's relationships
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Lists all relationships of the entity. Filter with `relatedObjectType`.
         *     Either scope listed grants this operation.
         */
        get: operations["listEntityRelationships"];
        put?: never;
        /**
         * Add a relationship to an entity
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Adds a relationship to the entity.
         */
        post: operations["createEntityRelationship"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships/{RelationshipId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the relationship.
                 * @example 3e9a6c1f-8d4b-4f52-a7e0-c2b5d8f1e694
                 */
                RelationshipId: components["parameters"]["RelationshipId"];
            };
            cookie?: never;
        };
        /**
         * Get one of an entity's relationships
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Returns one relationship of the entity.
         *     Either scope listed grants this operation.
         */
        get: operations["getEntityRelationship"];
        /**
         * Replace one of an entity's relationships
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Replaces the relationship with the one sent.
         */
        put: operations["updateEntityRelationship"];
        post?: never;
        /**
         * Remove one of an entity's relationships
         *     Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
         * @description Removes the relationship from the entity.
         */
        delete: operations["deleteEntityRelationship"];
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
         * Modeled: not in Jack Henry's published reference — Entity Services schemas are not public
         * @description Error body (modeled; Entity Services does not publish its error format).
         */
        ErrorResponse: {
            errors: {
                /** @description Machine-readable error code. */
                code: string;
                /** @description Human-readable explanation. */
                message: string;
                /** @description The request field the error refers to, as a dotted path, when there is one. */
                field?: string;
            }[];
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        Address: {
            /** Format: uuid */
            readonly addressId: string;
            /**
             * Format: uuid
             * @description ID of the entity the address belongs to.
             */
            readonly entityId: string;
            addressType: ("Residential" | "Mailing" | "Business" | "Seasonal" | "Previous") | string;
            /** @description Whether this is the entity's primary address. */
            isPrimary: boolean;
            addressLine1: string;
            addressLine2?: string;
            addressLine3?: string;
            city: string;
            /** @description State, province or region code; the two-letter USPS code for US addresses. */
            stateCode?: string;
            postalCode: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            countryCode: string;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        AddressInput: {
            /** @enum {string} */
            addressType: "Residential" | "Mailing" | "Business" | "Seasonal" | "Previous";
            /** @description Whether this is the entity's primary address. */
            isPrimary: boolean;
            addressLine1: string;
            addressLine2?: string;
            addressLine3?: string;
            city: string;
            /** @description State, province or region code; the two-letter USPS code for US addresses. */
            stateCode?: string;
            postalCode: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            countryCode: string;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        AddressList: {
            addresses: components["schemas"]["Address"][];
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        DigitalContactPoint: {
            /** Format: uuid */
            readonly digitalContactPointId: string;
            /**
             * Format: uuid
             * @description ID of the entity the digital contact point belongs to.
             */
            readonly entityId: string;
            contactPointType: ("Email" | "Website" | "SocialMedia" | "Other") | string;
            /** @description The address itself, e.g. an email address or a URL. */
            value: string;
            /** @description Whether this is the entity's primary contact point of its type. */
            isPrimary: boolean;
            /** @description Whether the entity has proven control of the contact point. */
            readonly verified?: boolean;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        DigitalContactPointInput: {
            /** @enum {string} */
            contactPointType: "Email" | "Website" | "SocialMedia" | "Other";
            /** @description The address itself, e.g. an email address or a URL. */
            value: string;
            /** @description Whether this is the entity's primary contact point of its type. */
            isPrimary: boolean;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        DigitalContactPointList: {
            digitalContactPoints: components["schemas"]["DigitalContactPoint"][];
        };
        /**
         * Modeled: not in Jack Henry's published reference — Entity Services schemas are not public
         * @description Whether the entity is a person or an organization; selects which details object is present.
         */
        EntityType: ("Person" | "Organization") | string;
        /**
         * Modeled: not in Jack Henry's published reference — Entity Services schemas are not public
         * @description An entity type this description knows, for what a client sends (filters, new entities). Entities read back carry `EntityType`, which is open to types added later.
         * @enum {string}
         */
        KnownEntityType: "Person" | "Organization";
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        EntityStatus: ("Active" | "Inactive") | string;
        /**
         * Modeled: not in Jack Henry's published reference — Entity Services schemas are not public
         * @description Details of a person (present when `entityType` is `Person`).
         */
        PersonDetails: {
            firstName: string;
            middleName?: string;
            lastName: string;
            /** @description Generational or professional suffix, e.g. `Jr.`. */
            suffix?: string;
            preferredName?: string;
            /** Format: date */
            dateOfBirth?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — Entity Services schemas are not public
         * @description Details of an organization (present when `entityType` is `Organization`).
         */
        OrganizationDetails: {
            legalName: string;
            doingBusinessAs?: string;
            organizationType: ("Corporation" | "LimitedLiabilityCompany" | "Partnership" | "SoleProprietorship" | "NonProfit" | "Trust" | "Government" | "Other") | string;
            /** Format: date */
            formationDate?: string;
            /** @description Two-letter code of the US state of formation. */
            formationStateCode?: string;
        };
        /**
         * Modeled: not in Jack Henry's published reference — Entity Services schemas are not public
         * @description A legal identity known to the institution, either a person or an organization.
         */
        Entity: {
            /** Format: uuid */
            readonly entityId: string;
            entityType: components["schemas"]["EntityType"];
            status: components["schemas"]["EntityStatus"];
            person?: components["schemas"]["PersonDetails"];
            organization?: components["schemas"]["OrganizationDetails"];
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        EntityCreate: {
            entityType: components["schemas"]["KnownEntityType"];
            status?: components["schemas"]["EntityStatus"];
            person?: components["schemas"]["PersonDetails"];
            organization?: components["schemas"]["OrganizationDetails"];
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        EntityUpdate: {
            status: components["schemas"]["EntityStatus"];
            person?: components["schemas"]["PersonDetails"];
            organization?: components["schemas"]["OrganizationDetails"];
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        EntityList: {
            entities: components["schemas"]["Entity"][];
            /** @description The offset this page starts at. */
            offset: number;
            /** @description The page size that was applied. */
            limit: number;
            /** @description Number of entities matching the request, across all pages. */
            totalCount: number;
        };
        /**
         * Modeled: not in Jack Henry's published reference — Entity Services schemas are not public
         * @description Search criteria; an entity matches when it matches every criterion given.
         */
        EntitySearchRequest: {
            entityType?: components["schemas"]["KnownEntityType"];
            /** @description Matches any part of a person's name or an organization's legal or DBA name. */
            name?: string;
            firstName?: string;
            lastName?: string;
            legalName?: string;
            /** Format: date */
            dateOfBirth?: string;
            /** Format: email */
            emailAddress?: string;
            /** @description E.164 phone number. */
            phoneNumber?: string;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        Identification: {
            /** Format: uuid */
            readonly identificationId: string;
            /**
             * Format: uuid
             * @description ID of the entity the identification belongs to.
             */
            readonly entityId: string;
            /** @description The document number with all but its last four characters masked; the full number is never returned. */
            readonly maskedIdentificationNumber: string;
            identificationType: ("DriversLicense" | "StateIdCard" | "Passport" | "MilitaryId" | "PermanentResidentCard" | "Other") | string;
            issuingAuthority?: string;
            /** @description Two-letter code of the issuing US state, for state-issued documents. */
            issuingStateCode?: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            issuingCountryCode: string;
            /** Format: date */
            issueDate?: string;
            /** Format: date */
            expirationDate?: string;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        IdentificationInput: {
            /** @description The full document number. Accepted on input only; responses carry `maskedIdentificationNumber`. */
            identificationNumber: string;
            /** @enum {string} */
            identificationType: "DriversLicense" | "StateIdCard" | "Passport" | "MilitaryId" | "PermanentResidentCard" | "Other";
            issuingAuthority?: string;
            /** @description Two-letter code of the issuing US state, for state-issued documents. */
            issuingStateCode?: string;
            /** @description ISO 3166-1 alpha-2 country code. */
            issuingCountryCode: string;
            /** Format: date */
            issueDate?: string;
            /** Format: date */
            expirationDate?: string;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        IdentificationList: {
            identifications: components["schemas"]["Identification"][];
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        PhoneNumber: {
            /** Format: uuid */
            readonly phoneNumberId: string;
            /**
             * Format: uuid
             * @description ID of the entity the phone number belongs to.
             */
            readonly entityId: string;
            phoneType: ("Mobile" | "Home" | "Work" | "Fax" | "Other") | string;
            /** @description The number in E.164 format. */
            phoneNumber: string;
            extension?: string;
            /** @description Whether this is the entity's primary phone number. */
            isPrimary: boolean;
            /** @description Whether the number can receive text messages. */
            textMessageCapable?: boolean;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        PhoneNumberInput: {
            /** @enum {string} */
            phoneType: "Mobile" | "Home" | "Work" | "Fax" | "Other";
            /** @description The number in E.164 format. */
            phoneNumber: string;
            extension?: string;
            /** @description Whether this is the entity's primary phone number. */
            isPrimary: boolean;
            /** @description Whether the number can receive text messages. */
            textMessageCapable?: boolean;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        PhoneNumberList: {
            phoneNumbers: components["schemas"]["PhoneNumber"][];
        };
        /**
         * Modeled: not in Jack Henry's published reference — Entity Services schemas are not public
         * @description A kind of relationship the institution recognises, e.g. Primary Owner of an account.
         */
        RelationshipType: {
            /** Format: uuid */
            relationshipTypeId: string;
            name: string;
            description?: string;
            /** @description Whether the type relates an entity to an account or to another entity. */
            appliesTo: ("Account" | "Entity") | string;
            /** @description Name of the relationship seen from the related entity (entity-to-entity types only). */
            reciprocalName?: string;
            /** @description Whether new relationships of this type may be created. */
            active: boolean;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        RelationshipTypeList: {
            relationshipTypes: components["schemas"]["RelationshipType"][];
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        Relationship: {
            /** Format: uuid */
            readonly relationshipId: string;
            /**
             * Format: uuid
             * @description ID of the entity the relationship belongs to.
             */
            readonly entityId: string;
            /**
             * Format: uuid
             * @description The kind of relationship; see Relationship Types.
             */
            relationshipTypeId: string;
            /** @description Whether the entity is related to an account or to another entity. */
            relatedObjectType: ("Account" | "Entity") | string;
            /**
             * Format: uuid
             * @description The related account, when `relatedObjectType` is `Account`.
             */
            relatedAccountId?: string;
            /**
             * Format: uuid
             * @description The related entity, when `relatedObjectType` is `Entity`.
             */
            relatedEntityId?: string;
            /**
             * Format: date
             * @description First day the relationship applies.
             */
            effectiveDate: string;
            /**
             * Format: date
             * @description Last day the relationship applies; absent while it is open-ended.
             */
            endDate?: string;
            /** Format: date-time */
            readonly createdAt: string;
            /** Format: date-time */
            readonly updatedAt: string;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        RelationshipInput: {
            /**
             * Format: uuid
             * @description The kind of relationship; see Relationship Types.
             */
            relationshipTypeId: string;
            /**
             * @description Whether the entity is related to an account or to another entity.
             * @enum {string}
             */
            relatedObjectType: "Account" | "Entity";
            /**
             * Format: uuid
             * @description The related account, when `relatedObjectType` is `Account`.
             */
            relatedAccountId?: string;
            /**
             * Format: uuid
             * @description The related entity, when `relatedObjectType` is `Entity`.
             */
            relatedEntityId?: string;
            /**
             * Format: date
             * @description First day the relationship applies.
             */
            effectiveDate: string;
            /**
             * Format: date
             * @description Last day the relationship applies; absent while it is open-ended.
             */
            endDate?: string;
        };
        /** Modeled: not in Jack Henry's published reference — Entity Services schemas are not public */
        RelationshipList: {
            relationships: components["schemas"]["Relationship"][];
        };
    };
    responses: {
        /** @description The request is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "INVALID_REQUEST",
                 *           "message": "The request is malformed or failed validation."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The access token is missing, expired or invalid. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "UNAUTHORIZED",
                 *           "message": "The access token is missing, expired or invalid."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The access token does not grant this operation. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "FORBIDDEN",
                 *           "message": "The access token does not have a scope this operation requires."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The resource was not found. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "NOT_FOUND",
                 *           "message": "The requested resource was not found."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description Unexpected server error. */
        InternalServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "INTERNAL_ERROR",
                 *           "message": "An unexpected error occurred."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The request conflicts with the current state of the resource. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "errors": [
                 *         {
                 *           "code": "CONFLICT",
                 *           "message": "The entity still has active relationships."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
         * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
         */
        InstitutionUniversalId: string;
        /**
         * @description ID of the entity.
         * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
         */
        EntityId: string;
        /**
         * @description ID of the address.
         * @example 1d6c8e2a-7f4b-4a91-b3e5-0c9d2f8a6e14
         */
        AddressId: string;
        /**
         * @description ID of the digital contact point.
         * @example 0a7e3f9c-4b8d-4c25-b6f1-d93e2a5c8b47
         */
        DigitalContactPointId: string;
        /**
         * @description Number of items to skip, starting at 0.
         * @example 0
         */
        Offset: number;
        /**
         * @description Maximum number of items to return.
         * @example 25
         */
        Limit: number;
        /**
         * @description Only entities of this type.
         * @example Person
         */
        EntityTypeFilter: components["schemas"]["KnownEntityType"];
        /**
         * @description ID of the identification.
         * @example f61b8d3a-9c2e-4a70-b5d4-1e8f7c3a9b52
         */
        IdentificationId: string;
        /**
         * @description ID of the phone number.
         * @example e3b9c1d5-6a2f-4f87-9d40-8c1e5b7a2f36
         */
        PhoneNumberId: string;
        /**
         * @description ID of the relationship type.
         * @example 2c7f4a9e-6b1d-4e08-93a5-d8e2f6b4c170
         */
        RelationshipTypeId: string;
        /**
         * @description Only relationship types between entities and accounts, or between entities.
         * @example Account
         */
        AppliesToFilter: "Account" | "Entity";
        /**
         * @description ID of the relationship.
         * @example 3e9a6c1f-8d4b-4f52-a7e0-c2b5d8f1e694
         */
        RelationshipId: string;
        /**
         * @description Only relationships to accounts, or only relationships to other entities.
         * @example Account
         */
        RelatedObjectTypeFilter: "Account" | "Entity";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listEntityAddresses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's addresses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "addresses": [
                     *         {
                     *           "addressId": "1d6c8e2a-7f4b-4a91-b3e5-0c9d2f8a6e14",
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "addressType": "Residential",
                     *           "isPrimary": true,
                     *           "addressLine1": "1200 Orchard Lane",
                     *           "addressLine2": "Apt 4B",
                     *           "city": "Springfield",
                     *           "stateCode": "MO",
                     *           "postalCode": "65802",
                     *           "countryCode": "US",
                     *           "createdAt": "2024-05-06T14:21:09Z",
                     *           "updatedAt": "2024-05-06T14:21:09Z"
                     *         },
                     *         {
                     *           "addressId": "92a4f7c3-5e1b-4d68-8c0a-3b6f9e2d1a75",
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "addressType": "Mailing",
                     *           "isPrimary": false,
                     *           "addressLine1": "PO Box 318",
                     *           "city": "Springfield",
                     *           "stateCode": "MO",
                     *           "postalCode": "65801",
                     *           "countryCode": "US",
                     *           "createdAt": "2025-02-11T16:02:44Z",
                     *           "updatedAt": "2025-02-11T16:02:44Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AddressList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createEntityAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /** @description The address to add. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "addressType": "Mailing",
                 *       "isPrimary": false,
                 *       "addressLine1": "PO Box 318",
                 *       "city": "Springfield",
                 *       "stateCode": "MO",
                 *       "postalCode": "65801",
                 *       "countryCode": "US"
                 *     }
                 */
                "application/json": components["schemas"]["AddressInput"];
            };
        };
        responses: {
            /** @description The address was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "addressId": "92a4f7c3-5e1b-4d68-8c0a-3b6f9e2d1a75",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "addressType": "Mailing",
                     *       "isPrimary": false,
                     *       "addressLine1": "PO Box 318",
                     *       "city": "Springfield",
                     *       "stateCode": "MO",
                     *       "postalCode": "65801",
                     *       "countryCode": "US",
                     *       "createdAt": "2025-02-11T16:02:44Z",
                     *       "updatedAt": "2025-02-11T16:02:44Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Address"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getEntityAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the address.
                 * @example 1d6c8e2a-7f4b-4a91-b3e5-0c9d2f8a6e14
                 */
                AddressId: components["parameters"]["AddressId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "addressId": "1d6c8e2a-7f4b-4a91-b3e5-0c9d2f8a6e14",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "addressType": "Residential",
                     *       "isPrimary": true,
                     *       "addressLine1": "1200 Orchard Lane",
                     *       "addressLine2": "Apt 4B",
                     *       "city": "Springfield",
                     *       "stateCode": "MO",
                     *       "postalCode": "65802",
                     *       "countryCode": "US",
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2024-05-06T14:21:09Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Address"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateEntityAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the address.
                 * @example 1d6c8e2a-7f4b-4a91-b3e5-0c9d2f8a6e14
                 */
                AddressId: components["parameters"]["AddressId"];
            };
            cookie?: never;
        };
        /** @description The address's new content. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "addressType": "Residential",
                 *       "isPrimary": true,
                 *       "addressLine1": "1200 Orchard Lane",
                 *       "addressLine2": "Apt 5C",
                 *       "city": "Springfield",
                 *       "stateCode": "MO",
                 *       "postalCode": "65802",
                 *       "countryCode": "US"
                 *     }
                 */
                "application/json": components["schemas"]["AddressInput"];
            };
        };
        responses: {
            /** @description The updated address. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "addressId": "1d6c8e2a-7f4b-4a91-b3e5-0c9d2f8a6e14",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "addressType": "Residential",
                     *       "isPrimary": true,
                     *       "addressLine1": "1200 Orchard Lane",
                     *       "addressLine2": "Apt 5C",
                     *       "city": "Springfield",
                     *       "stateCode": "MO",
                     *       "postalCode": "65802",
                     *       "countryCode": "US",
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2026-01-20T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Address"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteEntityAddress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the address.
                 * @example 1d6c8e2a-7f4b-4a91-b3e5-0c9d2f8a6e14
                 */
                AddressId: components["parameters"]["AddressId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The address was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listEntityDigitalContactPoints: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's digital contact points. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "digitalContactPoints": [
                     *         {
                     *           "digitalContactPointId": "0a7e3f9c-4b8d-4c25-b6f1-d93e2a5c8b47",
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "contactPointType": "Email",
                     *           "value": "jane.gardner@example.com",
                     *           "isPrimary": true,
                     *           "verified": true,
                     *           "createdAt": "2024-05-06T14:21:09Z",
                     *           "updatedAt": "2024-05-06T14:21:09Z"
                     *         },
                     *         {
                     *           "digitalContactPointId": "7c2d5b8e-1f6a-4e93-8a07-b4c1e9f3d620",
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "contactPointType": "Website",
                     *           "value": "https://janegardner.example.com",
                     *           "isPrimary": false,
                     *           "verified": false,
                     *           "createdAt": "2025-07-19T08:12:05Z",
                     *           "updatedAt": "2025-07-19T08:12:05Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DigitalContactPointList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createEntityDigitalContactPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /** @description The digital contact point to add. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contactPointType": "Website",
                 *       "value": "https://janegardner.example.com",
                 *       "isPrimary": false
                 *     }
                 */
                "application/json": components["schemas"]["DigitalContactPointInput"];
            };
        };
        responses: {
            /** @description The digital contact point was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "digitalContactPointId": "7c2d5b8e-1f6a-4e93-8a07-b4c1e9f3d620",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "contactPointType": "Website",
                     *       "value": "https://janegardner.example.com",
                     *       "isPrimary": false,
                     *       "verified": false,
                     *       "createdAt": "2025-07-19T08:12:05Z",
                     *       "updatedAt": "2025-07-19T08:12:05Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DigitalContactPoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getEntityDigitalContactPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the digital contact point.
                 * @example 0a7e3f9c-4b8d-4c25-b6f1-d93e2a5c8b47
                 */
                DigitalContactPointId: components["parameters"]["DigitalContactPointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The digital contact point. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "digitalContactPointId": "0a7e3f9c-4b8d-4c25-b6f1-d93e2a5c8b47",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "contactPointType": "Email",
                     *       "value": "jane.gardner@example.com",
                     *       "isPrimary": true,
                     *       "verified": true,
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2024-05-06T14:21:09Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DigitalContactPoint"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateEntityDigitalContactPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the digital contact point.
                 * @example 0a7e3f9c-4b8d-4c25-b6f1-d93e2a5c8b47
                 */
                DigitalContactPointId: components["parameters"]["DigitalContactPointId"];
            };
            cookie?: never;
        };
        /** @description The digital contact point's new content. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "contactPointType": "Email",
                 *       "value": "jane.q.gardner@example.com",
                 *       "isPrimary": true
                 *     }
                 */
                "application/json": components["schemas"]["DigitalContactPointInput"];
            };
        };
        responses: {
            /** @description The updated digital contact point. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "digitalContactPointId": "0a7e3f9c-4b8d-4c25-b6f1-d93e2a5c8b47",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "contactPointType": "Email",
                     *       "value": "jane.q.gardner@example.com",
                     *       "isPrimary": true,
                     *       "verified": false,
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2026-01-20T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DigitalContactPoint"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteEntityDigitalContactPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the digital contact point.
                 * @example 0a7e3f9c-4b8d-4c25-b6f1-d93e2a5c8b47
                 */
                DigitalContactPointId: components["parameters"]["DigitalContactPointId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The digital contact point was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listEntities: {
        parameters: {
            query?: {
                /**
                 * @description Number of items to skip, starting at 0.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Maximum number of items to return.
                 * @example 25
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description Only entities of this type.
                 * @example Person
                 */
                entityType?: components["parameters"]["EntityTypeFilter"];
            };
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entities": [
                     *         {
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "entityType": "Person",
                     *           "status": "Active",
                     *           "person": {
                     *             "firstName": "Jane",
                     *             "middleName": "Quinn",
                     *             "lastName": "Gardner",
                     *             "preferredName": "Janie",
                     *             "dateOfBirth": "1986-04-12"
                     *           },
                     *           "createdAt": "2024-05-06T14:21:09Z",
                     *           "updatedAt": "2024-05-06T14:21:09Z"
                     *         },
                     *         {
                     *           "entityId": "b7e1d94c-2a5f-4c83-8e06-f19a3b7c5d28",
                     *           "entityType": "Organization",
                     *           "status": "Active",
                     *           "organization": {
                     *             "legalName": "Garden Landscaping LLC",
                     *             "doingBusinessAs": "Garden Landscaping",
                     *             "organizationType": "LimitedLiabilityCompany",
                     *             "formationDate": "2015-06-01",
                     *             "formationStateCode": "MO"
                     *           },
                     *           "createdAt": "2024-05-06T14:35:51Z",
                     *           "updatedAt": "2024-05-06T14:35:51Z"
                     *         }
                     *       ],
                     *       "offset": 0,
                     *       "limit": 25,
                     *       "totalCount": 2
                     *     }
                     */
                    "application/json": components["schemas"]["EntityList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
            };
            cookie?: never;
        };
        /** @description The entity to create. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entityType": "Person",
                 *       "person": {
                 *         "firstName": "Jane",
                 *         "middleName": "Quinn",
                 *         "lastName": "Gardner",
                 *         "preferredName": "Janie",
                 *         "dateOfBirth": "1986-04-12"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EntityCreate"];
            };
        };
        responses: {
            /** @description The entity was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "entityType": "Person",
                     *       "status": "Active",
                     *       "person": {
                     *         "firstName": "Jane",
                     *         "middleName": "Quinn",
                     *         "lastName": "Gardner",
                     *         "preferredName": "Janie",
                     *         "dateOfBirth": "1986-04-12"
                     *       },
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2024-05-06T14:21:09Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Entity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    searchEntities: {
        parameters: {
            query?: {
                /**
                 * @description Number of items to skip, starting at 0.
                 * @example 0
                 */
                offset?: components["parameters"]["Offset"];
                /**
                 * @description Maximum number of items to return.
                 * @example 25
                 */
                limit?: components["parameters"]["Limit"];
            };
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
            };
            cookie?: never;
        };
        /** @description Search criteria; at least one is required. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "entityType": "Person",
                 *       "lastName": "Gardner",
                 *       "dateOfBirth": "1986-04-12"
                 *     }
                 */
                "application/json": components["schemas"]["EntitySearchRequest"];
            };
        };
        responses: {
            /** @description A page of matching entities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entities": [
                     *         {
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "entityType": "Person",
                     *           "status": "Active",
                     *           "person": {
                     *             "firstName": "Jane",
                     *             "middleName": "Quinn",
                     *             "lastName": "Gardner",
                     *             "preferredName": "Janie",
                     *             "dateOfBirth": "1986-04-12"
                     *           },
                     *           "createdAt": "2024-05-06T14:21:09Z",
                     *           "updatedAt": "2024-05-06T14:21:09Z"
                     *         }
                     *       ],
                     *       "offset": 0,
                     *       "limit": 25,
                     *       "totalCount": 1
                     *     }
                     */
                    "application/json": components["schemas"]["EntityList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "entityType": "Person",
                     *       "status": "Active",
                     *       "person": {
                     *         "firstName": "Jane",
                     *         "middleName": "Quinn",
                     *         "lastName": "Gardner",
                     *         "preferredName": "Janie",
                     *         "dateOfBirth": "1986-04-12"
                     *       },
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2024-05-06T14:21:09Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Entity"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /** @description The entity's new details. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "status": "Active",
                 *       "person": {
                 *         "firstName": "Jane",
                 *         "middleName": "Quinn",
                 *         "lastName": "Gardner",
                 *         "preferredName": "Jane",
                 *         "dateOfBirth": "1986-04-12"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["EntityUpdate"];
            };
        };
        responses: {
            /** @description The updated entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "entityType": "Person",
                     *       "status": "Active",
                     *       "person": {
                     *         "firstName": "Jane",
                     *         "middleName": "Quinn",
                     *         "lastName": "Gardner",
                     *         "preferredName": "Jane",
                     *         "dateOfBirth": "1986-04-12"
                     *       },
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2026-01-20T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Entity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteEntity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listEntityIdentifications: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's identifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "identifications": [
                     *         {
                     *           "identificationId": "f61b8d3a-9c2e-4a70-b5d4-1e8f7c3a9b52",
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "identificationType": "DriversLicense",
                     *           "maskedIdentificationNumber": "*****4821",
                     *           "issuingAuthority": "Missouri Department of Revenue",
                     *           "issuingStateCode": "MO",
                     *           "issuingCountryCode": "US",
                     *           "issueDate": "2022-04-12",
                     *           "expirationDate": "2028-04-12",
                     *           "createdAt": "2024-05-06T14:21:09Z",
                     *           "updatedAt": "2024-05-06T14:21:09Z"
                     *         },
                     *         {
                     *           "identificationId": "a2c7e5f9-3d1b-4e86-9f40-6b8d2a1c7e35",
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "identificationType": "Passport",
                     *           "maskedIdentificationNumber": "*****0937",
                     *           "issuingAuthority": "U.S. Department of State",
                     *           "issuingCountryCode": "US",
                     *           "issueDate": "2019-08-30",
                     *           "expirationDate": "2029-08-29",
                     *           "createdAt": "2025-01-09T13:40:18Z",
                     *           "updatedAt": "2025-01-09T13:40:18Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IdentificationList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createEntityIdentification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /** @description The identification to add. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identificationType": "Passport",
                 *       "identificationNumber": "X58230937",
                 *       "issuingAuthority": "U.S. Department of State",
                 *       "issuingCountryCode": "US",
                 *       "issueDate": "2019-08-30",
                 *       "expirationDate": "2029-08-29"
                 *     }
                 */
                "application/json": components["schemas"]["IdentificationInput"];
            };
        };
        responses: {
            /** @description The identification was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "identificationId": "a2c7e5f9-3d1b-4e86-9f40-6b8d2a1c7e35",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "identificationType": "Passport",
                     *       "maskedIdentificationNumber": "*****0937",
                     *       "issuingAuthority": "U.S. Department of State",
                     *       "issuingCountryCode": "US",
                     *       "issueDate": "2019-08-30",
                     *       "expirationDate": "2029-08-29",
                     *       "createdAt": "2025-01-09T13:40:18Z",
                     *       "updatedAt": "2025-01-09T13:40:18Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getEntityIdentification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the identification.
                 * @example f61b8d3a-9c2e-4a70-b5d4-1e8f7c3a9b52
                 */
                IdentificationId: components["parameters"]["IdentificationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "identificationId": "f61b8d3a-9c2e-4a70-b5d4-1e8f7c3a9b52",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "identificationType": "DriversLicense",
                     *       "maskedIdentificationNumber": "*****4821",
                     *       "issuingAuthority": "Missouri Department of Revenue",
                     *       "issuingStateCode": "MO",
                     *       "issuingCountryCode": "US",
                     *       "issueDate": "2022-04-12",
                     *       "expirationDate": "2028-04-12",
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2024-05-06T14:21:09Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Identification"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateEntityIdentification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the identification.
                 * @example f61b8d3a-9c2e-4a70-b5d4-1e8f7c3a9b52
                 */
                IdentificationId: components["parameters"]["IdentificationId"];
            };
            cookie?: never;
        };
        /** @description The identification's new content. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "identificationType": "DriversLicense",
                 *       "identificationNumber": "M104274821",
                 *       "issuingAuthority": "Missouri Department of Revenue",
                 *       "issuingStateCode": "MO",
                 *       "issuingCountryCode": "US",
                 *       "issueDate": "2026-01-15",
                 *       "expirationDate": "2032-04-12"
                 *     }
                 */
                "application/json": components["schemas"]["IdentificationInput"];
            };
        };
        responses: {
            /** @description The updated identification. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "identificationId": "f61b8d3a-9c2e-4a70-b5d4-1e8f7c3a9b52",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "identificationType": "DriversLicense",
                     *       "maskedIdentificationNumber": "*****4821",
                     *       "issuingAuthority": "Missouri Department of Revenue",
                     *       "issuingStateCode": "MO",
                     *       "issuingCountryCode": "US",
                     *       "issueDate": "2026-01-15",
                     *       "expirationDate": "2032-04-12",
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2026-01-20T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Identification"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteEntityIdentification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the identification.
                 * @example f61b8d3a-9c2e-4a70-b5d4-1e8f7c3a9b52
                 */
                IdentificationId: components["parameters"]["IdentificationId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The identification was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listEntityPhoneNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's phone numbers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phoneNumbers": [
                     *         {
                     *           "phoneNumberId": "e3b9c1d5-6a2f-4f87-9d40-8c1e5b7a2f36",
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "phoneType": "Mobile",
                     *           "phoneNumber": "+14175550142",
                     *           "isPrimary": true,
                     *           "textMessageCapable": true,
                     *           "createdAt": "2024-05-06T14:21:09Z",
                     *           "updatedAt": "2024-05-06T14:21:09Z"
                     *         },
                     *         {
                     *           "phoneNumberId": "58f0a6d2-c3e7-4b19-a5d8-2e6c9f1b4a03",
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "phoneType": "Work",
                     *           "phoneNumber": "+14175550198",
                     *           "extension": "214",
                     *           "isPrimary": false,
                     *           "textMessageCapable": false,
                     *           "createdAt": "2025-03-03T11:47:20Z",
                     *           "updatedAt": "2025-03-03T11:47:20Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneNumberList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createEntityPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /** @description The phone number to add. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phoneType": "Work",
                 *       "phoneNumber": "+14175550198",
                 *       "extension": "214",
                 *       "isPrimary": false,
                 *       "textMessageCapable": false
                 *     }
                 */
                "application/json": components["schemas"]["PhoneNumberInput"];
            };
        };
        responses: {
            /** @description The phone number was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phoneNumberId": "58f0a6d2-c3e7-4b19-a5d8-2e6c9f1b4a03",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "phoneType": "Work",
                     *       "phoneNumber": "+14175550198",
                     *       "extension": "214",
                     *       "isPrimary": false,
                     *       "textMessageCapable": false,
                     *       "createdAt": "2025-03-03T11:47:20Z",
                     *       "updatedAt": "2025-03-03T11:47:20Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getEntityPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the phone number.
                 * @example e3b9c1d5-6a2f-4f87-9d40-8c1e5b7a2f36
                 */
                PhoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The phone number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phoneNumberId": "e3b9c1d5-6a2f-4f87-9d40-8c1e5b7a2f36",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "phoneType": "Mobile",
                     *       "phoneNumber": "+14175550142",
                     *       "isPrimary": true,
                     *       "textMessageCapable": true,
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2024-05-06T14:21:09Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateEntityPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the phone number.
                 * @example e3b9c1d5-6a2f-4f87-9d40-8c1e5b7a2f36
                 */
                PhoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        /** @description The phone number's new content. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "phoneType": "Mobile",
                 *       "phoneNumber": "+14175550142",
                 *       "isPrimary": true,
                 *       "textMessageCapable": false
                 *     }
                 */
                "application/json": components["schemas"]["PhoneNumberInput"];
            };
        };
        responses: {
            /** @description The updated phone number. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "phoneNumberId": "e3b9c1d5-6a2f-4f87-9d40-8c1e5b7a2f36",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "phoneType": "Mobile",
                     *       "phoneNumber": "+14175550142",
                     *       "isPrimary": true,
                     *       "textMessageCapable": false,
                     *       "createdAt": "2024-05-06T14:21:09Z",
                     *       "updatedAt": "2026-01-20T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneNumber"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteEntityPhoneNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the phone number.
                 * @example e3b9c1d5-6a2f-4f87-9d40-8c1e5b7a2f36
                 */
                PhoneNumberId: components["parameters"]["PhoneNumberId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The phone number was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listRelationshipTypes: {
        parameters: {
            query?: {
                /**
                 * @description Only relationship types between entities and accounts, or between entities.
                 * @example Account
                 */
                appliesTo?: components["parameters"]["AppliesToFilter"];
            };
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's relationship types. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "relationshipTypes": [
                     *         {
                     *           "relationshipTypeId": "2c7f4a9e-6b1d-4e08-93a5-d8e2f6b4c170",
                     *           "name": "Primary Owner",
                     *           "description": "The first-named owner of the account.",
                     *           "appliesTo": "Account",
                     *           "active": true
                     *         },
                     *         {
                     *           "relationshipTypeId": "9e1c6b3f-4d8a-4a72-b5f9-07c3e2d8a416",
                     *           "name": "Joint Owner",
                     *           "description": "An additional owner of the account.",
                     *           "appliesTo": "Account",
                     *           "active": true
                     *         },
                     *         {
                     *           "relationshipTypeId": "ab4e9c2d-7f3a-4c61-8e95-3d0b6f1a7c82",
                     *           "name": "Authorized Signer",
                     *           "description": "May transact on the account without owning it.",
                     *           "appliesTo": "Account",
                     *           "active": true
                     *         },
                     *         {
                     *           "relationshipTypeId": "65a3d8f1-2e7c-4b94-8d06-c9f1a4e7b253",
                     *           "name": "Beneficial Owner",
                     *           "description": "A person who directly or indirectly owns or controls the organization.",
                     *           "appliesTo": "Entity",
                     *           "reciprocalName": "Beneficially Owned Organization",
                     *           "active": true
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RelationshipTypeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getRelationshipType: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the relationship type.
                 * @example 2c7f4a9e-6b1d-4e08-93a5-d8e2f6b4c170
                 */
                RelationshipTypeId: components["parameters"]["RelationshipTypeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relationship type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "relationshipTypeId": "2c7f4a9e-6b1d-4e08-93a5-d8e2f6b4c170",
                     *       "name": "Primary Owner",
                     *       "description": "The first-named owner of the account.",
                     *       "appliesTo": "Account",
                     *       "active": true
                     *     }
                     */
                    "application/json": components["schemas"]["RelationshipType"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    listEntityRelationships: {
        parameters: {
            query?: {
                /**
                 * @description Only relationships to accounts, or only relationships to other entities.
                 * @example Account
                 */
                relatedObjectType?: components["parameters"]["RelatedObjectTypeFilter"];
            };
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entity's relationships. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "relationships": [
                     *         {
                     *           "relationshipId": "3e9a6c1f-8d4b-4f52-a7e0-c2b5d8f1e694",
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "relationshipTypeId": "2c7f4a9e-6b1d-4e08-93a5-d8e2f6b4c170",
                     *           "relatedObjectType": "Account",
                     *           "relatedAccountId": "8b5d1e7c-3a9f-4d26-b0e4-6f2a8c5d1b39",
                     *           "effectiveDate": "2024-05-06",
                     *           "createdAt": "2024-05-06T14:40:02Z",
                     *           "updatedAt": "2024-05-06T14:40:02Z"
                     *         },
                     *         {
                     *           "relationshipId": "d84f2b7e-0c6a-4e31-9b58-a1f7c3e6d925",
                     *           "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *           "relationshipTypeId": "65a3d8f1-2e7c-4b94-8d06-c9f1a4e7b253",
                     *           "relatedObjectType": "Entity",
                     *           "relatedEntityId": "b7e1d94c-2a5f-4c83-8e06-f19a3b7c5d28",
                     *           "effectiveDate": "2024-05-06",
                     *           "createdAt": "2024-05-06T14:41:37Z",
                     *           "updatedAt": "2024-05-06T14:41:37Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RelationshipList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    createEntityRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
            };
            cookie?: never;
        };
        /** @description The relationship to add. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "relationshipTypeId": "ab4e9c2d-7f3a-4c61-8e95-3d0b6f1a7c82",
                 *       "relatedObjectType": "Account",
                 *       "relatedAccountId": "c1f4a7d2-8e5b-4a36-9d0c-7b2e6f9a3d58",
                 *       "effectiveDate": "2026-01-20"
                 *     }
                 */
                "application/json": components["schemas"]["RelationshipInput"];
            };
        };
        responses: {
            /** @description The relationship was added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "relationshipId": "5b0e8a3d-2f7c-4d19-86e4-b3a9c1f5d702",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "relationshipTypeId": "ab4e9c2d-7f3a-4c61-8e95-3d0b6f1a7c82",
                     *       "relatedObjectType": "Account",
                     *       "relatedAccountId": "c1f4a7d2-8e5b-4a36-9d0c-7b2e6f9a3d58",
                     *       "effectiveDate": "2026-01-20",
                     *       "createdAt": "2026-01-20T09:30:00Z",
                     *       "updatedAt": "2026-01-20T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    getEntityRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the relationship.
                 * @example 3e9a6c1f-8d4b-4f52-a7e0-c2b5d8f1e694
                 */
                RelationshipId: components["parameters"]["RelationshipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relationship. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "relationshipId": "3e9a6c1f-8d4b-4f52-a7e0-c2b5d8f1e694",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "relationshipTypeId": "2c7f4a9e-6b1d-4e08-93a5-d8e2f6b4c170",
                     *       "relatedObjectType": "Account",
                     *       "relatedAccountId": "8b5d1e7c-3a9f-4d26-b0e4-6f2a8c5d1b39",
                     *       "effectiveDate": "2024-05-06",
                     *       "createdAt": "2024-05-06T14:40:02Z",
                     *       "updatedAt": "2024-05-06T14:40:02Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    updateEntityRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the relationship.
                 * @example 3e9a6c1f-8d4b-4f52-a7e0-c2b5d8f1e694
                 */
                RelationshipId: components["parameters"]["RelationshipId"];
            };
            cookie?: never;
        };
        /** @description The relationship's new content. */
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "relationshipTypeId": "9e1c6b3f-4d8a-4a72-b5f9-07c3e2d8a416",
                 *       "relatedObjectType": "Account",
                 *       "relatedAccountId": "8b5d1e7c-3a9f-4d26-b0e4-6f2a8c5d1b39",
                 *       "effectiveDate": "2024-05-06"
                 *     }
                 */
                "application/json": components["schemas"]["RelationshipInput"];
            };
        };
        responses: {
            /** @description The updated relationship. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "relationshipId": "3e9a6c1f-8d4b-4f52-a7e0-c2b5d8f1e694",
                     *       "entityId": "4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97",
                     *       "relationshipTypeId": "9e1c6b3f-4d8a-4a72-b5f9-07c3e2d8a416",
                     *       "relatedObjectType": "Account",
                     *       "relatedAccountId": "8b5d1e7c-3a9f-4d26-b0e4-6f2a8c5d1b39",
                     *       "effectiveDate": "2024-05-06",
                     *       "createdAt": "2024-05-06T14:40:02Z",
                     *       "updatedAt": "2026-01-20T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
    deleteEntityRelationship: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description A unique identifier to establish the identity of an Institution/Environment/Brand combination.
                 * @example 7a1f3c9e-52d4-4b86-9e0f-3c6a8d2b5e17
                 */
                InstitutionUniversalId: components["parameters"]["InstitutionUniversalId"];
                /**
                 * @description ID of the entity.
                 * @example 4f8a2c61-9b3d-4e7f-a1c5-6d2e8f0b3a97
                 */
                EntityId: components["parameters"]["EntityId"];
                /**
                 * @description ID of the relationship.
                 * @example 3e9a6c1f-8d4b-4f52-a7e0-c2b5d8f1e694
                 */
                RelationshipId: components["parameters"]["RelationshipId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The relationship was removed. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            500: components["responses"]["InternalServerError"];
        };
    };
}
