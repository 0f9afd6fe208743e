// Answers the operations of a collection (list, create, search, read, replace, patch, remove) from
// the collection store, shaping every body by the operation's declared response schema.
import {
  buildItem,
  type CollectionModel,
  type CollectionStore,
  fillTemplate,
  matchesCriteria,
  mergePatch,
  serverOwnedFields,
  touch,
} from './collections.js';
import {
  type JsonObject,
  type OpenApiDocument,
  type OperationDescriptor,
  preferredMedia,
  successResponse,
} from './description.js';
import type { MockRequest, MockResult, MockTools } from './handler-types.js';
import { listShape, propertiesOf, sampleOf, typeOf } from './schema-shapes.js';

const OFFSET_NAMES = /^(offset|skip|start)$/i;
const LIMIT_NAMES = /^(limit|count|pagesize|size|maxresults)$/i;
const TOTAL_NAMES = /^(total|totalcount|totalitems|totalresults|count)$/i;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function successStatus(operation: OperationDescriptor): number {
  const status = successResponse(operation)?.status ?? '200';
  return /^\d+$/.test(status) ? Number(status) : 200;
}

/** An item answer: the item when the success response has a body, else just the status. */
function itemResult(operation: OperationDescriptor, item: JsonObject): MockResult {
  const media = preferredMedia(successResponse(operation)?.content ?? []);
  return media
    ? { status: successStatus(operation), body: item, mediaType: media.mediaType }
    : { status: successStatus(operation) };
}

/** Paging parameters of a list or search operation, by their usual names. */
function paging(request: MockRequest): {
  offset: number;
  limit: number | undefined;
  offsetName?: string;
  limitName?: string;
} {
  let offset = 0;
  let limit: number | undefined;
  let offsetName: string | undefined;
  let limitName: string | undefined;
  for (const [name, value] of Object.entries(request.params.query)) {
    if (typeof value !== 'number') continue;
    if (OFFSET_NAMES.test(name)) [offset, offsetName] = [value, name];
    else if (LIMIT_NAMES.test(name)) [limit, limitName] = [value, name];
  }
  return { offset, limit, offsetName, limitName };
}

/** A page of items in the list response's shape (`[...]` or `{ items: [...], offset, limit, totalCount }`). */
export function pageResult(
  document: OpenApiDocument,
  operation: OperationDescriptor,
  request: MockRequest,
  items: JsonObject[],
): MockResult {
  const media = preferredMedia(successResponse(operation)?.content ?? []);
  const { offset, limit, offsetName, limitName } = paging(request);
  const page = items.slice(offset, limit === undefined ? undefined : offset + limit);
  const shape = listShape(document, media?.schema);
  if (!shape?.property) return { status: successStatus(operation), body: page, mediaType: media?.mediaType };
  const body: JsonObject = {};
  const required = new Set(Array.isArray(media?.schema?.required) ? (media.schema.required as string[]) : []);
  for (const [name, schema] of Object.entries(propertiesOf(document, media?.schema))) {
    const numeric = typeOf(schema) === 'integer' || typeOf(schema) === 'number';
    if (name === shape.property) body[name] = page;
    else if (numeric && (name === offsetName || OFFSET_NAMES.test(name))) body[name] = offset;
    else if (numeric && (name === limitName || LIMIT_NAMES.test(name)) && !TOTAL_NAMES.test(name))
      body[name] = limit ?? items.length;
    else if (numeric && TOTAL_NAMES.test(name)) body[name] = items.length;
    else if (required.has(name)) body[name] = sampleOf(document, schema);
  }
  return { status: successStatus(operation), body, mediaType: media?.mediaType };
}

/** Query parameters that name an item field filter the list by equality (`?entityType=Person`). */
function queryCriteria(
  document: OpenApiDocument,
  model: CollectionModel,
  request: MockRequest,
): Record<string, unknown> {
  const fields = new Set<string>();
  const collect = (schema: unknown, depth: number) => {
    for (const [name, property] of Object.entries(propertiesOf(document, schema))) {
      fields.add(name);
      if (depth < 2) collect(property, depth + 1);
    }
  };
  collect(model.itemSchema, 0);
  return Object.fromEntries(
    Object.entries(request.params.query).filter(
      ([name, value]) => fields.has(name) && value !== undefined && !OFFSET_NAMES.test(name) && !LIMIT_NAMES.test(name),
    ),
  );
}

/** Answers a collection operation, or undefined when the operation has no collection role. */
export function answerCollectionOperation(
  document: OpenApiDocument,
  store: CollectionStore,
  request: MockRequest,
  tools: MockTools,
): MockResult | undefined {
  const found = store.roleOf(request.operation.key);
  if (!found) return undefined;
  const { model, role } = found;
  const { operation } = request;
  const listPath = fillTemplate(model.listTemplate, request.params.path);
  if (!listPath) return undefined;
  const items = store.items(model, listPath);
  if (!items) return tools.error(404, `no such parent resource for ${listPath}`);

  if (role === 'list')
    return pageResult(
      document,
      operation,
      request,
      items.filter((item) => matchesCriteria(item, queryCriteria(document, model, request))),
    );
  if (role === 'search')
    return pageResult(
      document,
      operation,
      request,
      items.filter((item) => matchesCriteria(item, isObject(request.body) ? request.body : {})),
    );
  if (role === 'create') {
    const item = buildItem(document, model, request.body, tools.newId(), tools.now(), request.params.path);
    store.put(model, listPath, item);
    const result = itemResult(operation, item);
    const location = `${listPath}/${encodeURIComponent(store.idOf(model, item) ?? '')}`;
    return { ...result, headers: { location, ...result.headers } };
  }

  const id = String(request.params.path[model.idParameter]);
  const existing = store.get(listPath, id);
  if (!existing) return tools.error(404, `${model.idParameter} ${id} does not exist`);
  if (role === 'read') return itemResult(operation, existing);
  if (role === 'remove') {
    store.remove(listPath, id);
    return { status: successStatus(operation) };
  }
  const requestSchema = preferredMedia(operation.requestBody?.content ?? [])?.schema;
  const next =
    role === 'patch'
      ? (mergePatch(existing, request.body) as JsonObject)
      : {
          ...(isObject(request.body) ? request.body : {}),
          ...serverOwnedFields(document, model, existing, requestSchema),
        };
  // The id stays what the path says, whatever the body carries.
  if (model.idProperty) next[model.idProperty] = existing[model.idProperty];
  const item = touch(document, model, next, tools.now());
  store.put(model, listPath, item);
  return itemResult(operation, item);
}
