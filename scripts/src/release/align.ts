// Pairs what redocly diff would pair wrongly, before it runs:
// - A renamed path parameter (`/users/{id}` → `/users/{userId}`) is the same endpoint for the server but a breaking
//   change for a typed client (`params.path.id` no longer exists). redocly pairs such paths but rates the rename as
//   a harmless edit and then mis-pairs the parameters; the rename is reported here and undone in the base.
// - redocly pairs list items by likeness, so `q` made required beside a new optional `r` can come out as "`q`
//   renamed to `r`". Parameters are paired here by identity (in + name): added and removed ones are rated here,
//   and each parameter both sides share is moved into an operation of its own (same method, a synthetic path), so
//   redocly compares exactly that pair with its request rules; `translate` maps its pointers back.
import { locate } from './locate.js';
import { encodePointerSegment, HTTP_METHODS, isRecord, parameterIdentity } from './normalize.js';
import type { Json } from './pipeline-bundle.js';
import { type SpecChange, specChange } from './spec-change.js';

export interface Aligned {
  /** What redocly compares: paths renamed as in the revision, shared parameters in synthetic operations. */
  readonly base: Json;
  readonly revision: Json;
  /** The same documents with their parameters in place, to describe the pointers `translate` returns. */
  readonly described: { readonly base: Json; readonly revision: Json };
  readonly changes: readonly SpecChange[];
  /** Maps a pointer into a synthetic operation back to the parameter it stands for. */
  translate(pointer: string): string;
}

const SYNTHETIC_PREFIX = '/__dtk-parameter__/';

const TEMPLATE_PARAMETER = /\{([^}]+)\}/g;

const shape = (path: string): string => path.replace(TEMPLATE_PARAMETER, '{}');
const templateNames = (path: string): string[] => [...path.matchAll(TEMPLATE_PARAMETER)].map((match) => match[1] ?? '');

/** Both documents must be normalized (normalize.ts): parameters stated on each operation, sorted by identity. */
export function alignForDiff(base: Json, revision: Json): Aligned {
  const renamed = alignPathParameterNames(base, revision);
  const paired = pairParameters(renamed.base, revision);
  return { ...paired, described: { base: renamed.base, revision }, changes: [...renamed.changes, ...paired.changes] };
}

function pathsOf(document: Json): Json {
  return isRecord(document['paths']) ? document['paths'] : {};
}

function alignPathParameterNames(base: Json, revision: Json): { base: Json; changes: SpecChange[] } {
  const basePaths = pathsOf(base);
  const revisionPaths = pathsOf(revision);
  const onlyInRevision = Object.keys(revisionPaths).filter((path) => !(path in basePaths));
  const renamedPaths = new Map<string, string>();
  const changes: SpecChange[] = [];

  for (const oldPath of Object.keys(basePaths).filter((path) => !(path in revisionPaths))) {
    const candidates = onlyInRevision.filter((path) => shape(path) === shape(oldPath));
    const newPath = candidates[0];
    if (candidates.length !== 1 || newPath === undefined) continue;
    renamedPaths.set(oldPath, newPath);
    const newNames = templateNames(newPath);
    const renames = templateNames(oldPath).flatMap((name, index) =>
      name !== newNames[index] ? [`\`${name}\` → \`${newNames[index]}\``] : [],
    );
    for (const method of HTTP_METHODS) {
      if (
        !isRecord((basePaths[oldPath] as Json | undefined)?.[method]) ||
        !isRecord((revisionPaths[newPath] as Json | undefined)?.[method])
      )
        continue;
      const pointer = `#/paths/${encodePointerSegment(newPath)}/${method}`;
      changes.push(
        specChange(
          'path-parameter-renamed',
          locate(pointer, revision, base),
          pointer,
          `Path parameter ${renames.join(', ')} renamed (${oldPath} → ${newPath}).`,
        ),
      );
    }
  }
  if (renamedPaths.size === 0) return { base, changes };
  const paths = Object.fromEntries(
    Object.entries(basePaths).map(([path, item]) => {
      const newPath = renamedPaths.get(path);
      return newPath === undefined
        ? [path, item]
        : [newPath, renamePathParameters(item, templateNames(path), templateNames(newPath))];
    }),
  );
  return { base: { ...base, paths }, changes };
}

function renamePathParameters(item: unknown, oldNames: readonly string[], newNames: readonly string[]): unknown {
  if (!isRecord(item)) return item;
  return mapOperations(item, (operation) => ({
    ...operation,
    parameters: parametersOf(operation).map((parameter) => {
      const index = parameter['in'] === 'path' ? oldNames.indexOf(String(parameter['name'])) : -1;
      return index < 0 ? parameter : { ...parameter, name: newNames[index] };
    }),
  }));
}

function pairParameters(base: Json, revision: Json): Omit<Aligned, 'described'> {
  const changes: SpecChange[] = [];
  const basePaths = { ...pathsOf(base) };
  const revisionPaths = { ...pathsOf(revision) };
  const syntheticBase: Json = {};
  const syntheticRevision: Json = {};
  const origins = new Map<string, string>();
  for (const [path, revisionItem] of Object.entries(revisionPaths)) {
    const baseItem = basePaths[path];
    if (!isRecord(baseItem) || !isRecord(revisionItem)) continue;
    const paired = new Set<string>();
    for (const method of HTTP_METHODS) {
      const before = baseItem[method];
      const after = revisionItem[method];
      if (!isRecord(before) || !isRecord(after)) continue;
      paired.add(method);
      const beforeParameters = parametersOf(before);
      const afterParameters = parametersOf(after);
      const beforeIds = beforeParameters.map(parameterIdentity);
      const afterIds = afterParameters.map(parameterIdentity);
      const operationPointer = `#/paths/${encodePointerSegment(path)}/${method}`;
      beforeParameters.forEach((parameter, index) => {
        if (afterIds.includes(beforeIds[index] ?? '')) return;
        const pointer = `${operationPointer}/parameters/${index}`;
        changes.push(
          specChange('parameter-removed', locate(pointer, base, base), pointer, `${describe(parameter)} was removed.`),
        );
      });
      afterParameters.forEach((parameter, index) => {
        const identity = afterIds[index] ?? '';
        const pointer = `${operationPointer}/parameters/${index}`;
        const baseIndex = beforeIds.indexOf(identity);
        if (baseIndex < 0) {
          const location = locate(pointer, revision, base);
          changes.push(
            parameter['required'] === true
              ? specChange(
                  'parameter-became-required',
                  location,
                  pointer,
                  `New required ${lower(describe(parameter))}.`,
                )
              : specChange('parameter-added', location, pointer, `New optional ${lower(describe(parameter))}.`),
          );
          return;
        }
        const syntheticPath = `${SYNTHETIC_PREFIX}${origins.size}`;
        origins.set(`#/paths/${encodePointerSegment(syntheticPath)}/${method}/parameters/0`, pointer);
        syntheticBase[syntheticPath] = { [method]: { parameters: [beforeParameters[baseIndex]], responses: {} } };
        syntheticRevision[syntheticPath] = { [method]: { parameters: [parameter], responses: {} } };
      });
    }
    const withoutParameters = (item: Json): Json =>
      mapOperations(item, (operation, method) => {
        if (!paired.has(method)) return operation;
        const { parameters: _parameters, ...rest } = operation;
        return rest;
      });
    basePaths[path] = withoutParameters(baseItem);
    revisionPaths[path] = withoutParameters(revisionItem);
  }
  const translate = (pointer: string): string => {
    for (const [synthetic, original] of origins) {
      if (pointer === synthetic || pointer.startsWith(`${synthetic}/`))
        return `${original}${pointer.slice(synthetic.length)}`;
    }
    return pointer;
  };
  return {
    base: { ...base, paths: { ...basePaths, ...syntheticBase } },
    revision: { ...revision, paths: { ...revisionPaths, ...syntheticRevision } },
    changes,
    translate,
  };
}

function parametersOf(operation: Json): Json[] {
  return Array.isArray(operation['parameters']) ? operation['parameters'].filter(isRecord) : [];
}

function mapOperations(item: Json, update: (operation: Json, method: string) => Json): Json {
  return Object.fromEntries(
    Object.entries(item).map(([key, value]) =>
      (HTTP_METHODS as readonly string[]).includes(key) && isRecord(value) ? [key, update(value, key)] : [key, value],
    ),
  );
}

function describe(parameter: Json): string {
  const place = String(parameter['in']);
  return `${place.charAt(0).toUpperCase()}${place.slice(1)} parameter \`${String(parameter['name'])}\``;
}

function lower(text: string): string {
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
