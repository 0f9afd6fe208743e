// Entity Management on top of the generic collections: the institution's people and businesses as
// entities (with addresses, phone numbers, e-mail contact points and their account relationships),
// search by name, e-mail or phone, and no deleting an entity that still has relationships.

import { pageResult } from '../mock/collection-answers.js';
import {
  buildItem,
  type CollectionModel,
  type CollectionStore,
  fillTemplate,
  matchesCriteria,
} from '../mock/collections.js';
import type { JsonObject, OpenApiDocument } from '../mock/description.js';
import type { OperationHandler } from '../mock/handler-types.js';
import { SeededRandom } from './random.js';
import type { World } from './world.js';

const byResource = (store: CollectionStore, resource: string): CollectionModel | undefined =>
  store.models.find((model) => model.listTemplate.endsWith(`/${resource}`));

const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : '');

/** Creates the world's entities in the Entity Management collections, under the institution's universal id. */
export function seedEntities(
  document: OpenApiDocument,
  store: CollectionStore,
  world: World,
  seed: number | string,
): void {
  const entities = byResource(store, 'entities');
  if (!entities) return;
  const random = new SeededRandom(`${String(seed)}:entities`);
  const institution = { [pathParameter(entities.listTemplate, 0)]: world.institution.universalId };
  const listPath = fillTemplate(entities.listTemplate, institution);
  if (!listPath) return;
  const relationshipTypes = byResource(store, 'relationship-types');
  const types = relationshipTypes ? store.allItems(relationshipTypes).map(({ item }) => item) : [];
  if (relationshipTypes) store.seed(relationshipTypes.listTemplate, institution, types);
  const ownerType = types.find((type) => type.appliesTo === 'Account' && type.active !== false);

  const add = (
    model: CollectionModel | undefined,
    values: Record<string, unknown>,
    body: JsonObject,
  ): JsonObject | undefined => {
    if (!model) return undefined;
    const path = fillTemplate(model.listTemplate, values);
    if (!path) return undefined;
    const item = buildItem(document, model, body, random.uuid(), world.dataDate, values);
    store.put(model, path, item);
    return item;
  };

  for (const user of world.users) {
    const birth = `19${random.int(55, 99)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const person = add(entities, institution, {
      entityType: 'Person',
      status: 'Active',
      person: { firstName: user.firstName, middleName: user.middleName, lastName: user.lastName, dateOfBirth: birth },
    });
    const organization = user.businessName
      ? add(entities, institution, {
          entityType: 'Organization',
          status: 'Active',
          organization: {
            legalName: user.businessName,
            organizationType: user.businessName.endsWith('LLC') ? 'LimitedLiabilityCompany' : 'Corporation',
            formationStateCode: user.address.state,
          },
        })
      : undefined;
    for (const entity of [person, organization]) {
      if (!entity) continue;
      const below = {
        ...institution,
        [pathParameter(entities.itemTemplate, 1)]: entity[entities.idProperty ?? 'entityId'],
      };
      add(byResource(store, 'addresses'), below, {
        addressType: entity === person ? 'Residential' : 'Business',
        isPrimary: true,
        addressLine1: user.address.streetAddress,
        city: user.address.city,
        stateCode: user.address.state,
        postalCode: user.address.zip,
        countryCode: 'US',
      });
      add(byResource(store, 'phone-numbers'), below, {
        phoneType: entity === person ? 'Mobile' : 'Work',
        phoneNumber: user.phoneNumber,
        isPrimary: true,
        textMessageCapable: entity === person,
      });
      add(byResource(store, 'digital-contact-points'), below, {
        contactPointType: 'Email',
        value: user.email,
        isPrimary: true,
      });
      if (!ownerType) continue;
      for (const account of world.accounts.filter((candidate) => candidate.ownerId === user.userId)) {
        add(byResource(store, 'relationships'), below, {
          relationshipTypeId: ownerType.relationshipTypeId,
          relatedObjectType: 'Account',
          relatedAccountId: account.id,
          effectiveDate: user.userAddedDateTime.slice(0, 10),
        });
      }
    }
  }
}

/** The name of the `index`-th path parameter of a template. */
function pathParameter(template: string, index: number): string {
  return [...template.matchAll(/\{([^}]+)\}/g)][index]?.[1] ?? '';
}

/** Handlers of the Entity Management API that need more than the generic collections. */
export function entityBehaviour(document: OpenApiDocument, store: CollectionStore): Record<string, OperationHandler> {
  const entities = byResource(store, 'entities');
  const nested = (entityPath: string, resource: string) => {
    const model = byResource(store, resource);
    return model ? (store.items(model, `${entityPath}/${resource}`) ?? []) : [];
  };
  const search = store.models.flatMap((model) =>
    [...model.roles].filter(([, role]) => role === 'search').map(([key]) => key),
  );
  const remove = entities ? [...entities.roles].filter(([, role]) => role === 'remove').map(([key]) => key) : [];
  const handlers: Record<string, OperationHandler> = {};

  for (const key of search) {
    handlers[key] = (request, _tools) => {
      if (!entities) return undefined;
      const listPath = fillTemplate(entities.listTemplate, request.params.path);
      const items = listPath ? store.items(entities, listPath) : undefined;
      if (!listPath || !items) return undefined;
      const { name, emailAddress, phoneNumber, ...rest } = (request.body ?? {}) as Record<string, unknown>;
      const found = items.filter((entity) => {
        const path = `${listPath}/${encodeURIComponent(store.idOf(entities, entity) ?? '')}`;
        const names = [entity.person, entity.organization]
          .flatMap((details) => Object.values((details ?? {}) as JsonObject))
          .map(lower);
        return (
          matchesCriteria(entity, rest) &&
          (name === undefined || names.some((candidate) => candidate.includes(lower(name)))) &&
          (emailAddress === undefined ||
            nested(path, 'digital-contact-points').some((point) => lower(point.value) === lower(emailAddress))) &&
          (phoneNumber === undefined ||
            nested(path, 'phone-numbers').some((phone) => phone.phoneNumber === phoneNumber))
        );
      });
      return pageResult(document, request.operation, request, found);
    };
  }
  for (const key of remove) {
    handlers[key] = (request, tools) => {
      if (!entities) return undefined;
      const entityPath = fillTemplate(entities.itemTemplate, request.params.path);
      if (entityPath && nested(entityPath, 'relationships').length > 0) {
        return tools.error(409, 'the entity still has relationships; end or delete them first');
      }
      return undefined;
    };
  }
  return handlers;
}
