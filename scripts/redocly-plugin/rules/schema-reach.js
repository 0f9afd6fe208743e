// Which schemas of a document a response can carry, and which a request can: some house rules depend on the
// direction (a value Banno sends must stay open; a value we send may be strict). Redocly visits a `$ref`'d schema
// once, wherever it is met first, so the direction is worked out here from the whole document instead.
// Only local references (`#/...`) are followed: every resource file is linted on its own.

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Follows local `$ref`s (`#/components/schemas/Name`) inside `root`; anything else is returned as it is. */
export function resolveLocal(root, node, depth = 0) {
  if (!isObject(node) || typeof node.$ref !== 'string' || !node.$ref.startsWith('#/') || depth > 32) return node;
  let target = root;
  for (const segment of node.$ref.slice(2).split('/')) {
    const key = decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~');
    target = isObject(target) || Array.isArray(target) ? target[key] : undefined;
  }
  return resolveLocal(root, target, depth + 1);
}

/** The subschemas of a schema, with the keyword each sits under. */
function* subschemas(schema) {
  for (const keyword of ['allOf', 'anyOf', 'oneOf', 'prefixItems']) {
    if (Array.isArray(schema[keyword])) for (const member of schema[keyword]) yield { keyword, member };
  }
  for (const keyword of ['items', 'not', 'additionalProperties', 'contains']) {
    if (isObject(schema[keyword])) yield { keyword, member: schema[keyword] };
  }
  if (isObject(schema.properties))
    for (const member of Object.values(schema.properties)) yield { keyword: 'properties', member };
}

/**
 * An open enum: an `anyOf`/`oneOf` with a member that lists known values (`enum`) and a member that is any string
 * (`type: string` without `enum`, `const`, `pattern` or `format`). Returns the enum members it opens.
 */
export function openEnumMembers(root, schema) {
  const union = Array.isArray(schema.anyOf) ? schema.anyOf : Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  if (!union) return [];
  const members = union.map((member) => resolveLocal(root, member)).filter(isObject);
  const anyString = members.some(
    (member) =>
      member.type === 'string' &&
      member.enum === undefined &&
      member.const === undefined &&
      member.pattern === undefined &&
      member.format === undefined,
  );
  return anyString ? members.filter((member) => Array.isArray(member.enum)) : [];
}

function walkSchemas(root, start, into, openMembers) {
  const pending = [start];
  while (pending.length > 0) {
    const schema = resolveLocal(root, pending.pop());
    if (!isObject(schema) || into.has(schema)) continue;
    into.add(schema);
    for (const member of openEnumMembers(root, schema)) openMembers.add(member);
    for (const { member } of subschemas(schema)) pending.push(member);
  }
}

function mediaSchemas(root, holder) {
  const resolved = resolveLocal(root, holder);
  const content = isObject(resolved) && isObject(resolved.content) ? resolved.content : {};
  return Object.values(content).flatMap((media) =>
    isObject(media) && media.schema !== undefined ? [media.schema] : [],
  );
}

/**
 * Every schema object a response or a request (body or parameter) of `root` can reach, by identity, and the enum
 * schemas that are members of an open enum. Redocly hands visitors these same objects.
 */
export function schemaReach(root) {
  const response = new WeakSet();
  const request = new WeakSet();
  const openMembers = new WeakSet();
  const paths = isObject(root) && isObject(root.paths) ? root.paths : {};
  for (const pathItem of Object.values(paths)) {
    if (!isObject(pathItem)) continue;
    const parameters = (operation) => [
      ...(Array.isArray(pathItem.parameters) ? pathItem.parameters : []),
      ...(Array.isArray(operation.parameters) ? operation.parameters : []),
    ];
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isObject(operation)) continue;
      for (const reply of Object.values(isObject(operation.responses) ? operation.responses : {})) {
        for (const schema of mediaSchemas(root, reply)) walkSchemas(root, schema, response, openMembers);
      }
      for (const schema of mediaSchemas(root, operation.requestBody)) walkSchemas(root, schema, request, openMembers);
      for (const parameter of parameters(operation).map((p) => resolveLocal(root, p))) {
        if (isObject(parameter) && parameter.schema !== undefined)
          walkSchemas(root, parameter.schema, request, openMembers);
      }
    }
  }
  return { response, request, openMembers };
}

/** A rule's visitor that sees every schema with the reach of its document: `visit(schema, ctx, reach)`. */
export function schemaVisitorWithReach(visit) {
  let reach;
  return {
    Root: {
      enter(root) {
        reach = schemaReach(root);
      },
    },
    Schema: {
      enter(schema, ctx) {
        visit(schema, ctx, reach);
      },
    },
  };
}
