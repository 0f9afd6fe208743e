// One resource file of an API, parsed with positions so the pipeline's own checks report at file:line:col.
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problems.js';
import { displayPath, type Workspace } from './workspace.js';

export type PointerSegment = string | number;

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface SpecFile {
  readonly path: string;
  /** Path as printed in problems, e.g. `specs/admin-api/partner-clients.yaml`. */
  readonly display: string;
  /** Plain data of the document (undefined when the YAML does not parse). */
  readonly data: unknown;
  /** YAML syntax errors, as problems (rule `yaml-syntax`). */
  readonly syntaxProblems: readonly Problem[];
  /** Position of the key (or of the value, when `onValue`) at a JSON-pointer-like path; the nearest parent if absent. */
  positionOf(segments: readonly PointerSegment[], onValue?: boolean): Position;
}

export function loadSpecFile(workspace: Workspace, path: string): SpecFile {
  const display = displayPath(workspace, path);
  const lineCounter = new LineCounter();
  const document = parseDocument(readFileSync(path, 'utf8'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number): Position => lineCounter.linePos(offset);
  const syntaxProblems: Problem[] = document.errors.map((error) => {
    const { line, col } = error.linePos?.[0] ?? position(error.pos[0]);
    return { file: display, line, col, severity: 'error', rule: 'yaml-syntax', message: error.message.split('\n')[0] ?? error.code };
  });
  return {
    path,
    display,
    data: syntaxProblems.length === 0 ? document.toJS() : undefined,
    syntaxProblems,
    positionOf: (segments, onValue = false) => position(offsetOf(document, segments, onValue)),
  };
}

function offsetOf(document: Document, segments: readonly PointerSegment[], onValue: boolean): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      offset = (onValue ? rangeStart(pair.value) : undefined) ?? rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) return offset;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null | undefined)?.range?.[0];
}
