// Stateful CRUD for every collection a description implies, with no code per API: a path with an
// item path below it (`/entities` and `/entities/{EntityId}`) is a collection whose GET lists, POST
// creates, and whose item GET/PUT/PATCH/DELETE read, replace, merge-patch and remove. `…/search` beside
// it filters by the criteria in the body. Collections start with the description's own examples.
import {
  type JsonObject,
  type OpenApiDocument,
  type OperationDescriptor,
  type ParameterDescriptor,
  preferredMedia,
  successResponse,
} from './description.js';
import { listShape, propertiesOf, sameSchema, sampleOf, typeOf } from './schema-shapes.js';

export type CollectionRole = 'list' | 'create' | 'search' | 'read' | 'replace' | 'patch' | 'remove';

export interface CollectionModel {
  /** e.g. `/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities` */
  readonly listTemplate: string;
  /** e.g. `/a/api/entity-svcs/v1/{InstitutionUniversalId}/entities/{EntityId}` */
  readonly itemTemplate: string;
  /** The item path's last parameter, e.g. `EntityId`. */
  readonly idParameter: string;
  /** The item property holding the id, e.g. `entityId`, or `id`. */
  readonly idProperty: string | undefined;
  readonly itemSchema: JsonObject;
  readonly itemSchemaPointer: string | undefined;
  /** Operation key → its role. */
  readonly roles: ReadonlyMap<string, CollectionRole>;
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const lastSegment = (template: string) => template.slice(template.lastIndexOf('/') + 1);
const parentOf = (template: string) => template.slice(0, template.lastIndexOf('/'));
const isParameterSegment = (segment: string) => /^\{[^}]+\}$/.test(segment);

function successSchema(
  operation: OperationDescriptor | undefined,
): { schema: JsonObject; pointer: string | undefined } | undefined {
  const media = operation ? preferredMedia(successResponse(operation)?.content ?? []) : undefined;
  return media?.schema ? { schema: media.schema, pointer: media.schemaPointer } : undefined;
}

/** The item property that holds the id named by the path parameter (`EntityId` → `entityId`), else `id`. */
function idPropertyOf(document: OpenApiDocument, itemSchema: JsonObject, idParameter: string): string | undefined {
  const names = Object.keys(propertiesOf(document, itemSchema));
  return names.find((name) => name.toLowerCase() === idParameter.toLowerCase()) ?? names.find((name) => name === 'id');
}

/** Finds the collections of a description. */
export function findCollections(
  document: OpenApiDocument,
  operations: readonly OperationDescriptor[],
): CollectionModel[] {
  const byRoute = new Map<string, OperationDescriptor>();
  for (const operation of operations) byRoute.set(`${operation.method} ${operation.routeTemplate}`, operation);
  const itemTemplates = new Set(
    operations
      .filter((operation) => isParameterSegment(lastSegment(operation.routeTemplate)))
      .map((operation) => operation.routeTemplate),
  );
  const models: CollectionModel[] = [];
  for (const itemTemplate of itemTemplates) {
    const listTemplate = parentOf(itemTemplate);
    const at = (method: string, template: string) => byRoute.get(`${method} ${template}`);
    const read = at('GET', itemTemplate);
    const list = at('GET', listTemplate);
    const create = at('POST', listTemplate);
    const item = successSchema(read) ?? successSchema(create) ?? successSchema(at('PUT', itemTemplate));
    if (!item || typeOf(item.schema) !== 'object') continue;
    const listed = list ? listShape(document, successSchema(list)?.schema) : undefined;
    const listsItems = listed !== undefined && sameSchema(document, listed.item, item.schema);
    if (!listsItems && !create) continue; // an item path without a collection above it
    const idParameter = lastSegment(itemTemplate).slice(1, -1);
    const roles = new Map<string, CollectionRole>();
    const assign = (operation: OperationDescriptor | undefined, role: CollectionRole) =>
      operation && roles.set(operation.key, role);
    if (listsItems) assign(list, 'list');
    assign(create, 'create');
    assign(read, 'read');
    assign(at('PUT', itemTemplate), 'replace');
    assign(at('PATCH', itemTemplate), 'patch');
    assign(at('DELETE', itemTemplate), 'remove');
    const search = at('POST', `${listTemplate}/search`);
    const searchList = search ? listShape(document, successSchema(search)?.schema) : undefined;
    if (searchList && sameSchema(document, searchList.item, item.schema)) assign(search, 'search');
    models.push({
      listTemplate,
      itemTemplate,
      idParameter,
      idProperty: idPropertyOf(document, item.schema, idParameter),
      itemSchema: item.schema,
      itemSchemaPointer: item.pointer,
      roles,
    });
  }
  return models;
}

/** Fills a path template with values; undefined when one is missing. */
export function fillTemplate(template: string, values: Readonly<Record<string, unknown>>): string | undefined {
  let missing = false;
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined || value === null || value === '') missing = true;
    return encodeURIComponent(String(value));
  });
  return missing ? undefined : path;
}

function examplePathValues(parameters: readonly ParameterDescriptor[]): Record<string, unknown> {
  return Object.fromEntries(
    parameters
      .filter((parameter) => parameter.in === 'path' && parameter.example !== undefined)
      .map((parameter) => [parameter.name, parameter.example]),
  );
}

/** Items of every collection instance (one per concrete list path), in insertion order. */
export class CollectionStore {
  readonly #models: CollectionModel[];
  readonly #byOperation = new Map<string, { model: CollectionModel; role: CollectionRole }>();
  readonly #instances = new Map<string, Map<string, JsonObject>>();
  readonly #document: OpenApiDocument;

  constructor(document: OpenApiDocument, operations: readonly OperationDescriptor[]) {
    this.#document = document;
    this.#models = findCollections(document, operations);
    for (const model of this.#models)
      for (const [key, role] of model.roles) this.#byOperation.set(key, { model, role });
    this.#seedFromExamples(operations);
  }

  get models(): readonly CollectionModel[] {
    return this.#models;
  }

  /** The collection an operation belongs to, and its role in it. */
  roleOf(operationKey: string): { model: CollectionModel; role: CollectionRole } | undefined {
    return this.#byOperation.get(operationKey);
  }

  /** The id of an item as its collection names it. */
  idOf(model: CollectionModel, item: JsonObject): string | undefined {
    const id = model.idProperty ? item[model.idProperty] : undefined;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  }

  /** Items of the collection instance at `listPath`, or undefined when its parent item does not exist. */
  items(model: CollectionModel, listPath: string): JsonObject[] | undefined {
    if (!this.parentExists(model, listPath)) return undefined;
    return [...(this.#instances.get(listPath)?.values() ?? [])];
  }

  /** Every item of every instance of the collection, with the list path it is in. */
  allItems(model: CollectionModel): Array<{ listPath: string; item: JsonObject }> {
    const pattern = new RegExp(
      `^${model.listTemplate
        .split(/\{[^}]+\}/)
        .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
        .join('[^/]+')}$`,
    );
    return [...this.#instances]
      .filter(([listPath]) => pattern.test(listPath))
      .flatMap(([listPath, items]) => [...items.values()].map((item) => ({ listPath, item })));
  }

  get(listPath: string, id: string): JsonObject | undefined {
    return this.#instances.get(listPath)?.get(id);
  }

  /** Stores (or replaces) an item; its id is taken from the item. */
  put(model: CollectionModel, listPath: string, item: JsonObject): void {
    const id = this.idOf(model, item);
    if (id === undefined)
      throw new TypeError(`an item of ${model.listTemplate} needs its "${model.idProperty ?? 'id'}"`);
    let instance = this.#instances.get(listPath);
    if (!instance) {
      instance = new Map();
      this.#instances.set(listPath, instance);
    }
    instance.set(id, item);
  }

  /** Removes an item and every collection nested below it. */
  remove(listPath: string, id: string): boolean {
    const removed = this.#instances.get(listPath)?.delete(id) ?? false;
    const itemPath = `${listPath}/${encodeURIComponent(id)}`;
    for (const key of [...this.#instances.keys()]) if (key.startsWith(`${itemPath}/`)) this.#instances.delete(key);
    return removed;
  }

  /** Stores items into the instance named by the path values (e.g. `{ InstitutionUniversalId: 'i1' }`). */
  seed(listTemplate: string, pathValues: Readonly<Record<string, unknown>>, items: readonly JsonObject[]): void {
    const model = this.#models.find((candidate) => candidate.listTemplate === listTemplate);
    if (!model) throw new TypeError(`no collection at ${listTemplate}`);
    const listPath = fillTemplate(listTemplate, pathValues);
    if (!listPath) throw new TypeError(`path values missing for ${listTemplate}`);
    for (const item of items) this.put(model, listPath, structuredClone(item));
  }

  /** A nested collection exists only below an item that exists, when its parent is a collection too. */
  parentExists(model: CollectionModel, listPath: string): boolean {
    const parentModel = this.#models.find((candidate) => candidate.itemTemplate === parentOf(model.listTemplate));
    if (!parentModel) return true;
    const parentItemPath = parentOf(listPath);
    const parentListPath = parentOf(parentItemPath);
    const parentId = decodeURIComponent(lastSegment(parentItemPath));
    return this.parentExists(parentModel, parentListPath) && this.get(parentListPath, parentId) !== undefined;
  }

  #seedFromExamples(operations: readonly OperationDescriptor[]): void {
    for (const operation of operations) {
      const entry = this.#byOperation.get(operation.key);
      if (!entry || !['read', 'list', 'create'].includes(entry.role)) continue;
      const media = preferredMedia(successResponse(operation)?.content ?? []);
      if (!media?.hasExample) continue;
      const values = examplePathValues(operation.parameters);
      const listPath = fillTemplate(entry.model.listTemplate, values);
      if (!listPath) continue;
      const found = entry.role === 'list' ? listedItems(this.#document, media.schema, media.example) : [media.example];
      for (const item of found) {
        if (isObject(item) && this.idOf(entry.model, item) !== undefined)
          this.put(entry.model, listPath, structuredClone(item));
      }
    }
  }
}

/** The items a list response carries. */
export function listedItems(document: OpenApiDocument, schema: unknown, body: unknown): unknown[] {
  if (Array.isArray(body)) return body;
  const shape = listShape(document, schema);
  if (!shape?.property || !isObject(body)) return [];
  const items = body[shape.property];
  return Array.isArray(items) ? items : [];
}

const TIMESTAMP_NAME = /^(created|updated|modified|added|lastmodified|lastupdated)(at|date|datetime|time|on)?$/i;
const UPDATE_STAMP_NAME = /^(updated|modified|lastmodified|lastupdated)(at|date|datetime|time|on)?$/i;

/**
 * A new item from a create request: the body's fields the item schema has, a new id, the ids of the
 * path (an address's `entityId`), timestamps, defaults, and samples for what is still required.
 */
export function buildItem(
  document: OpenApiDocument,
  model: CollectionModel,
  body: unknown,
  id: string,
  now: Date,
  pathValues: Readonly<Record<string, unknown>> = {},
): JsonObject {
  const properties = propertiesOf(document, model.itemSchema);
  const required = new Set(Array.isArray(model.itemSchema.required) ? (model.itemSchema.required as string[]) : []);
  const input = isObject(body) ? body : {};
  const fromPath = new Map(Object.entries(pathValues).map(([name, value]) => [name.toLowerCase(), value]));
  const item: JsonObject = {};
  for (const [name, schema] of Object.entries(properties)) {
    if (name === model.idProperty) item[name] = typeOf(schema) === 'integer' ? Number.parseInt(id, 10) : id;
    else if (fromPath.has(name.toLowerCase())) item[name] = fromPath.get(name.toLowerCase());
    else if (name in input) item[name] = input[name];
    else if ('default' in schema) item[name] = schema.default;
    else if (TIMESTAMP_NAME.test(name) && typeOf(schema) === 'string')
      item[name] = schema.format === 'date' ? now.toISOString().slice(0, 10) : now.toISOString();
    else if (required.has(name)) item[name] = sampleOf(document, schema);
  }
  // Properties the schema leaves open (additionalProperties) keep what the client sent.
  if (!isObject(model.itemSchema.properties) || model.itemSchema.additionalProperties === true) {
    for (const [name, value] of Object.entries(input)) if (!(name in item)) item[name] = value;
  }
  return item;
}

/** Fields of the item the server owns: its id, timestamps, and whatever the request schema does not let a client set. */
export function serverOwnedFields(
  document: OpenApiDocument,
  model: CollectionModel,
  item: JsonObject,
  requestSchema: unknown,
): JsonObject {
  const settable = new Set(Object.keys(propertiesOf(document, requestSchema)));
  return Object.fromEntries(Object.entries(item).filter(([name]) => !settable.has(name) || name === model.idProperty));
}

/** Stamps the update-time fields of an item. */
export function touch(document: OpenApiDocument, model: CollectionModel, item: JsonObject, now: Date): JsonObject {
  for (const [name, schema] of Object.entries(propertiesOf(document, model.itemSchema))) {
    if (UPDATE_STAMP_NAME.test(name) && typeOf(schema) === 'string')
      item[name] = schema.format === 'date' ? now.toISOString().slice(0, 10) : now.toISOString();
  }
  return item;
}

/** RFC 7396 JSON Merge Patch. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return structuredClone(patch);
  const result: JsonObject = isObject(target) ? { ...target } : {};
  for (const [name, value] of Object.entries(patch)) {
    if (value === null) delete result[name];
    else result[name] = mergePatch(result[name], value);
  }
  return result;
}

/** Finds a property by name anywhere in an item (`lastName` in `{ person: { lastName } }`). */
function findField(value: unknown, name: string, depth = 0): unknown[] {
  if (!isObject(value) || depth > 4) return [];
  const found: unknown[] = name in value ? [value[name]] : [];
  for (const child of Object.values(value)) found.push(...findField(child, name, depth + 1));
  return found;
}

const sameValue = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

/** Whether an item has every criterion (found by name anywhere in it, strings compared ignoring case). */
export function matchesCriteria(item: JsonObject, criteria: Readonly<Record<string, unknown>>): boolean {
  return Object.entries(criteria).every(
    ([name, wanted]) => wanted === undefined || findField(item, name).some((value) => sameValue(value, wanted)),
  );
}
