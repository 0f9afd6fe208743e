// Classifies every difference between two bundled descriptions of one API as major, minor or patch.
// redocly diff does the structural matching (operations, parameters, schemas in request/response context);
// the rules of rules.ts re-rate or add what it leaves out, and a final pass reports any difference that no
// change covers, so nothing is dropped silently.
import { isDeepStrictEqual } from 'node:util';
import { type Aligned, alignForDiff } from './align.js';
import { type Bump, maxBump } from './bump.js';
import { type Location, locate } from './locate.js';
import {
  componentNames,
  encodePointerSegment,
  HTTP_METHODS,
  isRecord,
  normalizeForDiff,
  pointerSegments,
} from './normalize.js';
import type { Json } from './pipeline-bundle.js';
import { type RedoclyChange, redoclyDiff } from './redocly-diff.js';
import { isDocumentationKey, isExampleKey, isRuleId, type RuleId } from './rules.js';
import { type Classification, specChange as change, locationPrefix as prefix, type SpecChange } from './spec-change.js';

const SELF_DESCRIBED = new Set(['Parameter', 'Response', 'RequestBody', 'Operation', 'PathItem']);

/** Component sections openapi-typescript exports as `components[section][name]` types. */
const TYPED_SECTIONS = ['schemas', 'responses', 'parameters', 'requestBodies', 'headers', 'pathItems'];

export async function classifyDescriptions(base: Json, revision: Json): Promise<Classification> {
  const aligned = alignForDiff(normalizeForDiff(base), normalizeForDiff(revision));
  const { described } = aligned;
  const judged = isDeepStrictEqual(aligned.base, aligned.revision)
    ? []
    : (await redoclyDiff(aligned.base, aligned.revision)).flatMap((reported) => {
        const change = { ...reported, path: aligned.translate(reported.path) };
        return judge(change, locate(change.path, described.revision, described.base));
      });
  const reported = [...aligned.changes, ...judged];
  const residual = unreportedDifferences(aligned, reported);
  const changes = dedupe([...reported, ...residual, ...componentChanges(base, revision)]).sort(byImpactThenPointer);
  return { bump: maxBump(changes.map((change) => change.bump)), changes };
}

function judge(rc: RedoclyChange, location: Location): SpecChange[] {
  // tags group operations in documentation only
  if (rc.verdicts.length === 0 && (rc.typeName === 'Tag' || rc.typeName === 'TagList')) {
    const value = rc.kind === 'removed' ? rc.base?.value : rc.revision?.value;
    const names = (Array.isArray(value) ? value : [value]).flatMap((tag) =>
      isRecord(tag) && typeof tag['name'] === 'string' ? [`\`${tag['name']}\``] : [],
    );
    const what = rc.kind === 'modified' ? `\`${rc.property ?? ''}\` changed` : rc.kind;
    return [
      change(
        'documentation-changed',
        location,
        rc.path,
        `Tag ${names.join(', ') || rc.path.split('/').pop()} ${what}.`,
      ),
    ];
  }
  if (rc.verdicts.length > 0) {
    return rc.verdicts.flatMap((verdict): SpecChange[] => {
      if (verdict.ruleId === 'path-removed')
        return operationsOf(
          rc.base?.value,
          rc.path,
          location,
          'path-removed',
          (op) => `Operation \`${op}\` was removed with its path.`,
        );
      if (verdict.ruleId === 'enum-values-added' && location.side === 'response') {
        return [change('response-enum-value-added', location, rc.path, `${prefix(location)}${verdict.message}`)];
      }
      // redocly's messages about a whole parameter, response or body already name it
      const message = `${SELF_DESCRIBED.has(rc.typeName) ? '' : prefix(location)}${verdict.message}`;
      if (!isRuleId(verdict.ruleId))
        return [
          { bump: verdict.impact, rule: verdict.ruleId, operationId: location.operationId, pointer: rc.path, message },
        ];
      return [change(verdict.ruleId, location, rc.path, message, verdict.impact)];
    });
  }
  const property = rc.property ?? '';
  const segments = pointerSegments(rc.path);
  const name = segments.at(-1) ?? '';
  const inProperties = segments.at(-2) === 'properties';
  const field = `\`${location.field ?? name}\``;
  const where = location.where;
  switch (rc.kind) {
    case 'added':
      if (rc.typeName === 'PathItem')
        return operationsOf(
          rc.revision?.value,
          rc.path,
          location,
          'operation-added',
          (op) => `New operation \`${op}\`.`,
        );
      if (rc.typeName === 'Operation')
        return [change('operation-added', location, rc.path, `New operation \`${location.where}\`.`)];
      if (rc.typeName === 'Parameter')
        return [
          change(
            'parameter-added',
            location,
            rc.path,
            `New optional ${where.charAt(0).toLowerCase()}${where.slice(1)}.`,
          ),
        ];
      if (rc.typeName === 'SecurityRequirement')
        return [
          change(
            'security-alternative-added',
            location,
            rc.path,
            `Security: also accepts ${formatRequirement(rc.revision?.value)}.`,
          ),
        ];
      if (rc.typeName === 'Schema' && inProperties) {
        return location.side === 'request'
          ? [change('request-property-added', location, rc.path, `${where}: new optional field ${field}.`)]
          : [change('response-property-added', location, rc.path, `${where}: new field ${field}.`)];
      }
      if (rc.typeName === 'Response') return [change('response-added', location, rc.path, `New response ${name}.`)];
      if (rc.typeName === 'MediaType')
        return [change('media-type-added', location, rc.path, `${where}: new media type.`)];
      if (rc.typeName === 'Header' && location.side !== undefined)
        return [change('response-header-added', location, rc.path, `${where}: new header.`)];
      return [change('other-addition', location, rc.path, `${prefix(location)}${rc.typeName} added at ${rc.path}.`)];
    case 'removed':
      if (rc.typeName === 'Schema' && inProperties && location.side === 'request') {
        return [change('request-property-removed', location, rc.path, `${where}: field ${field} was removed.`)];
      }
      // redocly rates these patch: what the client receives (a response, a webhook's request) loses its type
      if (location.side === 'response' && (rc.typeName === 'Schema' || rc.typeName === 'RequestBody')) {
        const lost = rc.typeName === 'Schema' ? 'schema' : 'body';
        return [
          change('received-schema-removed', location, rc.path, `${where}: the ${lost} was removed (its type is gone).`),
        ];
      }
      return [change('unrated-change', location, rc.path, `${prefix(location)}${rc.typeName} removed.`, rc.impact)];
    case 'modified':
      return judgeModification(rc, location, property);
  }
}

function judgeModification(rc: RedoclyChange, location: Location, property: string): SpecChange[] {
  const before = rc.base?.value;
  const after = rc.revision?.value;
  const pointer = `${rc.path.replace(/\/$/, '')}/${encodePointerSegment(property)}`;
  const what = `${prefix(location)}\`${property}\``;
  if (rc.typeName === 'Info')
    return [
      change(
        'documentation-changed',
        location,
        pointer,
        `info.${property} changed from ${show(before)} to ${show(after)}.`,
      ),
    ];
  if (property === 'enum') {
    const gained = valuesOnlyIn(after, before);
    const lost = valuesOnlyIn(before, after);
    const result: SpecChange[] = [];
    if (gained.length > 0) {
      const rule = location.side === 'response' ? 'response-enum-value-added' : 'request-enum-value-added';
      result.push(change(rule, location, pointer, `${prefix(location)}enum gained ${gained.map(show).join(', ')}.`));
    }
    if (lost.length > 0 && location.side === 'response') {
      result.push(
        change(
          'response-enum-value-removed',
          location,
          pointer,
          `${prefix(location)}enum no longer lists ${lost.map(show).join(', ')}.`,
        ),
      );
    }
    if (result.length > 0) return result;
  }
  if (property === 'type' || property === 'nullable') {
    const detail = `${show(before)} → ${show(after)}`;
    if (location.side === 'response')
      return [change('schema-type-narrowed', location, pointer, `${what} narrowed: ${detail}.`)];
    if (location.side === 'request')
      return [change('schema-type-widened', location, pointer, `${what} widened: ${detail}.`)];
    return [change('schema-type-changed', location, pointer, `${what} changed: ${detail}.`)];
  }
  if (property === 'deprecated') {
    return after === true
      ? [change('operation-deprecated', location, pointer, `${prefix(location) || `${location.where}: `}deprecated.`)]
      : [
          change(
            'documentation-changed',
            location,
            pointer,
            `${prefix(location) || `${location.where}: `}no longer deprecated.`,
          ),
        ];
  }
  if (rc.typeName === 'SecurityRequirement') {
    const lost = valuesOnlyIn(before, after);
    if (lost.length > 0 && valuesOnlyIn(after, before).length === 0) {
      return [
        change(
          'security-scope-removed',
          location,
          pointer,
          `Security: \`${property}\` no longer requires ${lost.map(show).join(', ')}.`,
        ),
      ];
    }
  }
  // a webhook's request body is what the client receives: no longer required, it may not come (redocly: patch)
  if (rc.typeName === 'RequestBody' && property === 'required' && location.side === 'response' && before === true) {
    return [change('required-properties-removed', location, pointer, `${location.where}: no longer always sent.`)];
  }
  if (isExampleKey(property)) return [change('example-changed', location, pointer, `${what} changed.`)];
  if (isDocumentationKey(property)) return [change('documentation-changed', location, pointer, `${what} changed.`)];
  return [
    change('unrated-change', location, pointer, `${what} changed from ${show(before)} to ${show(after)}.`, rc.impact),
  ];
}

/** One change per operation of an added or removed path item. */
function operationsOf(
  pathItem: unknown,
  pathPointer: string,
  location: Location,
  rule: RuleId,
  message: (operation: string) => string,
): SpecChange[] {
  const path = pointerSegments(pathPointer)[1] ?? '';
  const methods = isRecord(pathItem) ? HTTP_METHODS.filter((method) => isRecord(pathItem[method])) : [];
  if (methods.length === 0) return [change(rule, location, pathPointer, message(`${path}`))];
  return methods.map((method) => {
    const operation = (pathItem as Json)[method] as Json;
    const operationId =
      typeof operation['operationId'] === 'string' ? operation['operationId'] : `${method.toUpperCase()} ${path}`;
    return {
      ...change(rule, location, `${pathPointer}/${method}`, message(`${method.toUpperCase()} ${path}`)),
      operationId,
    };
  });
}

/**
 * Differences redocly reported nothing about (e.g. examples, scopes declared by a scheme): each leaf that differs
 * and lies outside every reported change becomes a documentation, example or unrecognized change.
 */
function unreportedDifferences(aligned: Aligned, reported: readonly SpecChange[]): SpecChange[] {
  const covered = reported.map((item) => item.pointer);
  const isCovered = (pointer: string): boolean =>
    covered.some((known) => pointer === known || pointer.startsWith(`${known}/`) || known.startsWith(`${pointer}/`));
  const result: SpecChange[] = [];
  const { base, revision } = aligned.described;
  for (const pointer of differingLeaves(aligned.base, aligned.revision, '#').map(aligned.translate)) {
    const segments = pointerSegments(pointer);
    // recursive schemas kept in components are compared where operations use them, in context
    if (isCovered(pointer) || (segments[0] === 'components' && segments[1] !== 'securitySchemes')) continue;
    const location = locate(pointer, revision, base);
    // the scopes a scheme declares (with their descriptions) document it; requirements are rated above
    const declaresScopes = segments[1] === 'securitySchemes' && segments.includes('scopes');
    const key = declaresScopes
      ? 'description'
      : [...segments].reverse().find((segment) => isExampleKey(segment) || isDocumentationKey(segment));
    const label = `${prefix(location)}\`${segments.at(-1) ?? ''}\``;
    if (key !== undefined && isExampleKey(key))
      result.push(change('example-changed', location, pointer, `${label} (example) changed.`));
    else if (key !== undefined) result.push(change('documentation-changed', location, pointer, `${label} changed.`));
    else
      result.push(change('unrecognized-change', location, pointer, `${label} changed; no rule recognizes it: review.`));
  }
  return collapseExamples(result);
}

/** Pointers of the leaves that differ; arrays of another length or objects only on one side count as one leaf. */
function differingLeaves(base: unknown, revision: unknown, pointer: string): string[] {
  if (isDeepStrictEqual(base, revision)) return [];
  if (isRecord(base) && isRecord(revision)) {
    const keys = new Set([...Object.keys(base), ...Object.keys(revision)]);
    return [...keys].flatMap((key) =>
      differingLeaves(base[key], revision[key], `${pointer}/${encodePointerSegment(key)}`),
    );
  }
  if (Array.isArray(base) && Array.isArray(revision) && base.length === revision.length) {
    return base.flatMap((item, index) => differingLeaves(item, revision[index], `${pointer}/${index}`));
  }
  return [pointer];
}

/** Many leaves of one changed example are one change: keep the example's own pointer. */
function collapseExamples(changes: SpecChange[]): SpecChange[] {
  const seen = new Map<string, SpecChange>();
  for (const item of changes) {
    const segments = pointerSegments(item.pointer);
    const exampleIndex = segments.findIndex(isExampleKey);
    if (item.rule !== 'example-changed' || exampleIndex < 0) {
      seen.set(item.pointer, item);
      continue;
    }
    const pointer = `#/${segments
      .slice(0, exampleIndex + 1)
      .map(encodePointerSegment)
      .join('/')}`;
    if (!seen.has(pointer))
      seen.set(pointer, {
        ...item,
        pointer,
        message: item.message.replace(/`[^`]*` \(example\) changed\./, 'example changed.'),
      });
  }
  return [...seen.values()];
}

/** Named components come and go as exported types; renaming one breaks code that names the old type. */
function componentChanges(base: Json, revision: Json): SpecChange[] {
  const before = componentNames(base);
  const after = componentNames(revision);
  const typed = (name: string): boolean => TYPED_SECTIONS.includes(name.split('/')[0] ?? '');
  const pointer = (name: string): string => `#/components/${name.split('/').map(encodePointerSegment).join('/')}`;
  const label = (name: string): string => {
    const [section, key] = name.split('/');
    return `\`components['${section}']['${key}']\``;
  };
  const none: Location = { operationId: null, where: 'components' };
  return [
    ...[...before]
      .filter((name) => typed(name) && !after.has(name))
      .map((name) => change('component-removed', none, pointer(name), `${label(name)} was removed.`)),
    ...[...after]
      .filter((name) => typed(name) && !before.has(name))
      .map((name) => change('component-added', none, pointer(name), `New ${label(name)}.`)),
  ];
}

function valuesOnlyIn(first: unknown, second: unknown): unknown[] {
  const others = Array.isArray(second) ? second : [];
  return (Array.isArray(first) ? first : []).filter(
    (value) => !others.some((other) => isDeepStrictEqual(other, value)),
  );
}

function formatRequirement(value: unknown): string {
  if (!isRecord(value)) return show(value);
  const entries = Object.entries(value);
  if (entries.length === 0) return 'no authentication';
  return entries
    .map(([scheme, scopes]) =>
      Array.isArray(scopes) && scopes.length > 0 ? `\`${scheme}\` (${scopes.join(' ')})` : `\`${scheme}\``,
    )
    .join(' + ');
}

function show(value: unknown): string {
  if (value === undefined) return 'unset';
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

function dedupe(changes: SpecChange[]): SpecChange[] {
  const seen = new Set<string>();
  return changes.filter((item) => {
    const key = `${item.rule} ${item.pointer} ${item.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const IMPACT_ORDER: readonly Bump[] = ['major', 'minor', 'patch'];

function byImpactThenPointer(a: SpecChange, b: SpecChange): number {
  return (
    IMPACT_ORDER.indexOf(a.bump) - IMPACT_ORDER.indexOf(b.bump) ||
    (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0)
  );
}
