/**
 * GENERATED FILE - DO NOT EDIT.
 * Generated from specs/entity-management/addresses.yaml, specs/entity-management/digital-contact-points.yaml, specs/entity-management/entities.yaml, specs/entity-management/identifications.yaml, specs/entity-management/phone-numbers.yaml, specs/entity-management/relationship-types.yaml, specs/entity-management/relationships.yaml
 * by `pnpm generate` (this API only: `pnpm generate entity-management`).
 */

/**
 * The root server URLs as written in the description. Apart from `apiDescription` so that a client, which needs only
 * these, does not bundle the rest of it.
 */
export const apiServers = ["https://{API_ENDPOINT}"] as const;

/**
 * The description these maps were generated from: its title, `info.version`, OpenAPI version, root server URLs
 * as written, and the sha256 of the published `openapi.json` (this package's `./openapi.json` export).
 */
export const apiDescription = {
  title: "Entity Management API",
  version: "v1",
  openapi: "3.0.3",
  servers: apiServers,
  sha256: "ede7b0bc60a6cd106716142ad16f96b48401e01ff2d93123449d298f38fa367d",
} as const;

/**
 * Route of every operation: HTTP method, path template, the request media type when it is not JSON, and the
 * operation's own server when it (or its path item) declares `servers`.
 */
export const operationRoutes = {
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses — List an entity's addresses
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  listEntityAddresses: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses" },
  /**
   * POST /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses — Add an address to an entity
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  createEntityAddress: { method: "post", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses/{AddressId} — Get one of an entity's addresses
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  getEntityAddress: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses/{AddressId}" },
  /**
   * PUT /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses/{AddressId} — Replace one of an entity's addresses
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  updateEntityAddress: { method: "put", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses/{AddressId}" },
  /**
   * DELETE /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses/{AddressId} — Remove one of an entity's addresses
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  deleteEntityAddress: { method: "delete", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/addresses/{AddressId}" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points — List an entity's digital contact points
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  listEntityDigitalContactPoints: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points" },
  /**
   * POST /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points — Add a digital contact point to an entity
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  createEntityDigitalContactPoint: { method: "post", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points/{DigitalContactPointId} — Get one of an entity's digital contact points
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  getEntityDigitalContactPoint: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points/{DigitalContactPointId}" },
  /**
   * PUT /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points/{DigitalContactPointId} — Replace one of an entity's digital contact points
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  updateEntityDigitalContactPoint: { method: "put", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points/{DigitalContactPointId}" },
  /**
   * DELETE /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points/{DigitalContactPointId} — Remove one of an entity's digital contact points
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  deleteEntityDigitalContactPoint: { method: "delete", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/digital-contact-points/{DigitalContactPointId}" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities — List entities
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  listEntities: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities" },
  /**
   * POST /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities — Create an entity
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  createEntity: { method: "post", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities" },
  /**
   * POST /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/search — Search entities
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  searchEntities: { method: "post", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/search" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId} — Get an entity
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  getEntity: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}" },
  /**
   * PUT /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId} — Update an entity
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  updateEntity: { method: "put", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}" },
  /**
   * DELETE /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId} — Delete an entity
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  deleteEntity: { method: "delete", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications — List an entity's identifications
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  listEntityIdentifications: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications" },
  /**
   * POST /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications — Add an identification to an entity
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  createEntityIdentification: { method: "post", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications/{IdentificationId} — Get one of an entity's identifications
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  getEntityIdentification: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications/{IdentificationId}" },
  /**
   * PUT /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications/{IdentificationId} — Replace one of an entity's identifications
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  updateEntityIdentification: { method: "put", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications/{IdentificationId}" },
  /**
   * DELETE /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications/{IdentificationId} — Remove one of an entity's identifications
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  deleteEntityIdentification: { method: "delete", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/identifications/{IdentificationId}" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers — List an entity's phone numbers
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  listEntityPhoneNumbers: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers" },
  /**
   * POST /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers — Add a phone number to an entity
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  createEntityPhoneNumber: { method: "post", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers/{PhoneNumberId} — Get one of an entity's phone numbers
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  getEntityPhoneNumber: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers/{PhoneNumberId}" },
  /**
   * PUT /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers/{PhoneNumberId} — Replace one of an entity's phone numbers
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  updateEntityPhoneNumber: { method: "put", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers/{PhoneNumberId}" },
  /**
   * DELETE /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers/{PhoneNumberId} — Remove one of an entity's phone numbers
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  deleteEntityPhoneNumber: { method: "delete", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/phone-numbers/{PhoneNumberId}" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/relationship-types — List relationship types
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  listRelationshipTypes: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/relationship-types" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/relationship-types/{RelationshipTypeId} — Get a relationship type
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  getRelationshipType: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/relationship-types/{RelationshipTypeId}" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships — List an entity's relationships
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  listEntityRelationships: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships" },
  /**
   * POST /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships — Add a relationship to an entity
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  createEntityRelationship: { method: "post", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships" },
  /**
   * GET /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships/{RelationshipId} — Get one of an entity's relationships
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  getEntityRelationship: { method: "get", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships/{RelationshipId}" },
  /**
   * PUT /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships/{RelationshipId} — Replace one of an entity's relationships
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  updateEntityRelationship: { method: "put", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships/{RelationshipId}" },
  /**
   * DELETE /a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships/{RelationshipId} — Remove one of an entity's relationships
   * Modeled: not in Jack Henry's published reference — Entity Services paths are not public; shaped after the published tags and the Account Services path pattern
   */
  deleteEntityRelationship: { method: "delete", path: "/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}/relationships/{RelationshipId}" },
} as const;

/** The operation keys of this API: operationIds, and derived keys for operations without one. */
export type OperationId = keyof typeof operationRoutes;

/**
 * Effective security of each operation (after inheriting the root `security`), as OpenAPI means it: a list of
 * alternatives, each requiring all its schemes with all their scopes. `[]` = public; `[{}]` = authentication optional.
 */
export const operationSecurity = {
  listEntityAddresses: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  createEntityAddress: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  getEntityAddress: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  updateEntityAddress: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  deleteEntityAddress: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  listEntityDigitalContactPoints: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  createEntityDigitalContactPoint: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  getEntityDigitalContactPoint: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  updateEntityDigitalContactPoint: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  deleteEntityDigitalContactPoint: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  listEntities: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  createEntity: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  searchEntities: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  getEntity: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  updateEntity: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  deleteEntity: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  listEntityIdentifications: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  createEntityIdentification: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  getEntityIdentification: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  updateEntityIdentification: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  deleteEntityIdentification: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  listEntityPhoneNumbers: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  createEntityPhoneNumber: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  getEntityPhoneNumber: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  updateEntityPhoneNumber: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  deleteEntityPhoneNumber: [{ clientCredentials: ["https://jackhenry.com/entity-services/entities.write"] }],
  listRelationshipTypes: [{ clientCredentials: ["https://jackhenry.com/entity-services/relationships.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/relationships.write"] }],
  getRelationshipType: [{ clientCredentials: ["https://jackhenry.com/entity-services/relationships.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/relationships.write"] }],
  listEntityRelationships: [{ clientCredentials: ["https://jackhenry.com/entity-services/relationships.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/relationships.write"] }],
  createEntityRelationship: [{ clientCredentials: ["https://jackhenry.com/entity-services/relationships.write"] }],
  getEntityRelationship: [{ clientCredentials: ["https://jackhenry.com/entity-services/relationships.read"] }, { clientCredentials: ["https://jackhenry.com/entity-services/relationships.write"] }],
  updateEntityRelationship: [{ clientCredentials: ["https://jackhenry.com/entity-services/relationships.write"] }],
  deleteEntityRelationship: [{ clientCredentials: ["https://jackhenry.com/entity-services/relationships.write"] }],
} as const satisfies Record<OperationId, readonly Readonly<Record<string, readonly string[]>>[]>;

/** Every scope named by any requirement of each operation (informational; `operationSecurity` says which combine). */
export const operationScopes = {
  listEntityAddresses: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  createEntityAddress: ["https://jackhenry.com/entity-services/entities.write"],
  getEntityAddress: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  updateEntityAddress: ["https://jackhenry.com/entity-services/entities.write"],
  deleteEntityAddress: ["https://jackhenry.com/entity-services/entities.write"],
  listEntityDigitalContactPoints: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  createEntityDigitalContactPoint: ["https://jackhenry.com/entity-services/entities.write"],
  getEntityDigitalContactPoint: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  updateEntityDigitalContactPoint: ["https://jackhenry.com/entity-services/entities.write"],
  deleteEntityDigitalContactPoint: ["https://jackhenry.com/entity-services/entities.write"],
  listEntities: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  createEntity: ["https://jackhenry.com/entity-services/entities.write"],
  searchEntities: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  getEntity: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  updateEntity: ["https://jackhenry.com/entity-services/entities.write"],
  deleteEntity: ["https://jackhenry.com/entity-services/entities.write"],
  listEntityIdentifications: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  createEntityIdentification: ["https://jackhenry.com/entity-services/entities.write"],
  getEntityIdentification: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  updateEntityIdentification: ["https://jackhenry.com/entity-services/entities.write"],
  deleteEntityIdentification: ["https://jackhenry.com/entity-services/entities.write"],
  listEntityPhoneNumbers: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  createEntityPhoneNumber: ["https://jackhenry.com/entity-services/entities.write"],
  getEntityPhoneNumber: ["https://jackhenry.com/entity-services/entities.read", "https://jackhenry.com/entity-services/entities.write"],
  updateEntityPhoneNumber: ["https://jackhenry.com/entity-services/entities.write"],
  deleteEntityPhoneNumber: ["https://jackhenry.com/entity-services/entities.write"],
  listRelationshipTypes: ["https://jackhenry.com/entity-services/relationships.read", "https://jackhenry.com/entity-services/relationships.write"],
  getRelationshipType: ["https://jackhenry.com/entity-services/relationships.read", "https://jackhenry.com/entity-services/relationships.write"],
  listEntityRelationships: ["https://jackhenry.com/entity-services/relationships.read", "https://jackhenry.com/entity-services/relationships.write"],
  createEntityRelationship: ["https://jackhenry.com/entity-services/relationships.write"],
  getEntityRelationship: ["https://jackhenry.com/entity-services/relationships.read", "https://jackhenry.com/entity-services/relationships.write"],
  updateEntityRelationship: ["https://jackhenry.com/entity-services/relationships.write"],
  deleteEntityRelationship: ["https://jackhenry.com/entity-services/relationships.write"],
} as const satisfies Record<OperationId, readonly string[]>;

/** The security schemes the requirements name: how each one is presented. */
export const securitySchemes = {
  clientCredentials: { type: "oauth2" },
} as const;
