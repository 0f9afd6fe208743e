// The pipeline's own checks, for what redocly cannot see: operationIds that repeat across files (redocly lints the
// joined document, where both operations still exist), and `$ref` cycles that describe no type.
//
// Which cycles are legal: a cycle that passes through an object member (`properties`, `additionalProperties`,
// `patternProperties`) describes trees, linked lists and maps of themselves, and is kept. A cycle made only of `$ref`
// aliases, `allOf`/`anyOf`/`oneOf` members and array `items`/`prefixItems` is refused: there is no object between a
// schema and itself, and TypeScript rejects the type openapi-typescript would emit for it (TS2502).
import { listOperations } from '../load/openapi-walk.js';
import { findRefs } from '../load/ref-policy.js';
import { fromPointer, type PointerSegment, type SourceFile } from '../load/source-file.js';
import type { Problem } from '../report/problems.js';

export const OPERATION_ID_UNIQUE_RULE = 'dtk/operation-id-unique-across-files';
export const REF_CYCLE_RULE = 'dtk/ref-cycle';

/** operationIds are keys of the generated maps: one file may not reuse another file's. */
export function checkOperationIdsUnique(files: readonly SourceFile[]): Problem[] {
  const firstSeen = new Map<string, { file: SourceFile; line: number }>();
  const problems: Problem[] = [];
  for (const file of files) {
    for (const { path, method, operation } of listOperations(file.document.parsed)) {
      const operationId = operation.operationId;
      if (typeof operationId !== 'string') continue;
      const { line, col } = file.positionOf(['paths', path, method, 'operationId'], true);
      const first = firstSeen.get(operationId);
      if (!first) {
        firstSeen.set(operationId, { file, line });
      } else if (first.file !== file) {
        // duplicates inside one file are redocly's operation-operationId-unique
        const message = `operationId "${operationId}" is already used in ${first.file.display}:${first.line}.`;
        problems.push({ file: file.display, line, col, severity: 'error', rule: OPERATION_ID_UNIQUE_RULE, message });
      }
    }
  }
  return problems;
}

/** Keys that hold no object between a schema and what they reference. */
const DIRECT = new Set(['allOf', 'anyOf', 'oneOf', 'items', 'prefixItems']);

interface Edge {
  readonly from: string;
  readonly to: string;
  /** Where the `$ref` sits. */
  readonly at: PointerSegment[];
}

/**
 * Every refused cycle of local `$ref`s in a bundled document, reported once per cycle at one of its `$ref`s
 * (`locate` turns the pointer into a file position).
 */
export function checkRefCycles(
  document: unknown,
  locate: (at: PointerSegment[]) => Omit<Problem, 'severity' | 'rule' | 'message'>,
): Problem[] {
  const refs = [...findRefs(document)].filter(({ ref }) => ref.startsWith('#/'));
  const targets = new Set(refs.map(({ ref }) => keyOf(fromPointer(ref))));
  const edges: Edge[] = [];
  for (const { ref, at } of refs) {
    // the innermost target that holds this `$ref` without an object member in between
    const from = directOwner(at, targets);
    if (from !== undefined) edges.push({ from, to: keyOf(fromPointer(ref)), at });
  }
  return findCycles(edges).map((cycle) => {
    const names = cycle.map((edge) => displayKey(edge.from)).concat(displayKey(cycle[0]?.from ?? ''));
    return {
      ...locate(cycle[0]?.at ?? []),
      severity: 'error' as const,
      rule: REF_CYCLE_RULE,
      message: `Circular $ref with no object property in between: ${names.join(' → ')}. It describes no finite type (TypeScript rejects it); put the recursion inside an object property (e.g. \`children: { type: array, items: { $ref } }\`).`,
    };
  });
}

const keyOf = (segments: readonly PointerSegment[]): string => segments.map(String).join('\0');
const displayKey = (key: string): string =>
  `#/${key
    .split('\0')
    .map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/')}`;

/** The nearest enclosing pointer that is a `$ref` target, if only "direct" keys separate it from the `$ref`. */
function directOwner(at: PointerSegment[], targets: ReadonlySet<string>): string | undefined {
  for (let length = at.length; length >= 0; length -= 1) {
    const candidate = keyOf(at.slice(0, length));
    if (targets.has(candidate)) return candidate;
    const key = at[length - 1];
    // array indices sit under allOf/anyOf/oneOf/prefixItems; anything else but a direct key is an object member
    if (length === 0 || (typeof key !== 'number' && !DIRECT.has(String(key)) && !/^\d+$/.test(String(key))))
      return undefined;
  }
  return undefined;
}

/** One representative cycle per strongly connected component of the direct-edge graph (Tarjan). */
function findCycles(edges: readonly Edge[]): Edge[][] {
  const outgoing = new Map<string, Edge[]>();
  for (const edge of edges) outgoing.set(edge.from, [...(outgoing.get(edge.from) ?? []), edge]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const { to } of outgoing.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(to) ?? 0));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(to) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      components.push(component);
    }
  };
  for (const node of outgoing.keys()) if (!index.has(node)) visit(node);
  const cycles: Edge[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const inside = (edge: Edge) => members.has(edge.from) && members.has(edge.to);
    if (component.length === 1 && !(outgoing.get(component[0] ?? '') ?? []).some((edge) => edge.to === edge.from))
      continue;
    // walk the cycle from its first-sorted member so the report is stable
    const start = [...component].sort()[0] ?? '';
    const cycle: Edge[] = [];
    let node = start;
    const seen = new Set<string>();
    while (!seen.has(node)) {
      seen.add(node);
      const next = (outgoing.get(node) ?? []).filter(inside).sort((a, b) => a.to.localeCompare(b.to))[0];
      if (!next) break;
      cycle.push(next);
      node = next.to;
    }
    // the walk may enter the loop after a few steps: keep the loop only
    cycles.push(
      cycle.slice(
        Math.max(
          0,
          cycle.findIndex((edge) => edge.from === node),
        ),
      ),
    );
  }
  return cycles.sort((a, b) => (a[0]?.from ?? '').localeCompare(b[0]?.from ?? ''));
}
