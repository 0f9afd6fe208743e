// One description file, read and parsed once. The parsed data is handed from step to step as redocly's `Document`;
// positions (file:line:col) are computed from the text only when a problem is reported.

import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { type Document, getLineColLocation, parseYaml, Source } from '@redocly/openapi-core';
import type { Problem } from '../report/problems.js';
import { displayPath, type Workspace } from '../workspace.js';

export type PointerSegment = string | number;

export interface Position {
  readonly line: number;
  readonly col: number;
}

export interface SourceFile {
  readonly path: string;
  /** Path as printed in problems, e.g. `specs/admin-api/partner-clients.yaml`. */
  readonly display: string;
  readonly document: Document;
  /** Position of the key (or of the value, when `onValue`) at a pointer; the nearest existing parent if absent. */
  positionOf(segments: readonly PointerSegment[], onValue?: boolean): Position;
}

/** The file, or the syntax problem that stops it (YAML and JSON errors at their line and column). */
export function readSourceFile(workspace: Workspace, path: string): SourceFile | Problem {
  const display = displayPath(workspace, path);
  const body = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
  const isJson = extname(path) === '.json';
  let parsed: unknown;
  try {
    parsed = isJson ? JSON.parse(body) : parseYaml(body, { filename: path });
  } catch (error) {
    const { line, col, message } = syntaxErrorPosition(body, error);
    return {
      file: display,
      line,
      col,
      severity: 'error',
      rule: 'yaml-syntax',
      message: `${isJson ? 'JSON' : 'YAML'} syntax: ${message}`,
    };
  }
  const source = new Source(path, body, isJson ? 'application/json' : 'application/yaml');
  return sourceFile(display, { source, parsed });
}

/** A problem when the file is not an OpenAPI 3.0/3.1 description (naming what it is instead). */
export function checkIsOpenApi(file: SourceFile): Problem | undefined {
  const notOpenApi = describeNonOpenApi(file.document.parsed);
  if (notOpenApi === undefined) return undefined;
  const at = notOpenApi.at === undefined ? { line: 1, col: 1 } : file.positionOf([notOpenApi.at]);
  return { file: file.display, ...at, severity: 'error', rule: 'dtk/not-openapi-3', message: notOpenApi.message };
}

const SUPPORTED = 'the pipeline takes OpenAPI 3.0.x and 3.1.x descriptions';

/**
 * Why a parsed file is not an OpenAPI 3.0/3.1 description, naming what it is instead; `undefined` when it is one.
 * Checked before any tool sees the file, so a JSON Schema or a Swagger 2.0 file is refused rather than linted.
 */
export function describeNonOpenApi(parsed: unknown): { message: string; at?: string } | undefined {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return {
      message: `The file holds ${parsed === null || parsed === undefined ? 'nothing' : Array.isArray(parsed) ? 'a list' : `a ${typeof parsed}`}, not an OpenAPI description (${SUPPORTED}).`,
    };
  }
  const root = parsed as Record<string, unknown>;
  if (typeof root['openapi'] === 'string') {
    if (/^3\.[01]\.\d+$/.test(root['openapi'])) return undefined;
    return { at: 'openapi', message: `OpenAPI ${root['openapi']} is not supported: ${SUPPORTED}.` };
  }
  if (root['openapi'] !== undefined)
    return {
      at: 'openapi',
      message: `\`openapi\` must be a version string such as '3.1.0', not ${JSON.stringify(root['openapi'])}.`,
    };
  if (root['swagger'] !== undefined) {
    return {
      at: 'swagger',
      message: `This is a Swagger ${String(root['swagger'])} (OpenAPI 2) description; ${SUPPORTED}. Convert it to OpenAPI 3 first (for example with swagger2openapi) and import the result.`,
    };
  }
  for (const [field, kind] of [
    ['asyncapi', 'an AsyncAPI'],
    ['arazzo', 'an Arazzo workflow'],
    ['overlay', 'an OpenAPI Overlay'],
    ['openrpc', 'an OpenRPC'],
  ] as const) {
    if (root[field] !== undefined)
      return { at: field, message: `This is ${kind} document, not an OpenAPI description (${SUPPORTED}).` };
  }
  const schemaDialect = typeof root['$schema'] === 'string' ? root['$schema'] : undefined;
  if (
    schemaDialect !== undefined ||
    ['properties', 'type', '$defs', 'definitions', 'allOf', 'oneOf', 'anyOf'].some((key) => key in root)
  ) {
    return {
      ...(schemaDialect !== undefined && { at: '$schema' }),
      message: `This is a JSON Schema${schemaDialect ? ` (${schemaDialect})` : ''}, not an OpenAPI description: it has no \`openapi\` field (${SUPPORTED}). Reference it from an OpenAPI description's components instead.`,
    };
  }
  return { message: `This is not an OpenAPI description: it has no \`openapi\` field (${SUPPORTED}).` };
}

export function sourceFile(display: string, document: Document): SourceFile {
  return {
    path: document.source.absoluteRef,
    display,
    document,
    positionOf: (segments, onValue = false) => positionIn(document.source, segments, onValue),
  };
}

export function positionIn(source: Source, segments: readonly PointerSegment[], onValue = false): Position {
  if (source.body === '') return { line: 1, col: 1 };
  const { start } = getLineColLocation({ source, pointer: toPointer(segments), reportOnKey: !onValue }) as {
    start?: Position;
  };
  return start ?? { line: 1, col: 1 };
}

/** `['paths', '/a/{b}', 'get']` → `#/paths/~1a~1{b}/get` (RFC 6901 escaping). */
export function toPointer(segments: readonly PointerSegment[]): string {
  return `#/${segments.map((segment) => String(segment).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/** `#/paths/~1a/get` → `['paths', '/a', 'get']`. */
export function fromPointer(pointer: string): string[] {
  const body = pointer.replace(/^#?\/?/, '');
  if (body === '') return [];
  return body.split('/').map((segment) => decodeURIComponent(segment).replace(/~1/g, '/').replace(/~0/g, '~'));
}

interface SyntaxPosition extends Position {
  readonly message: string;
}

function syntaxErrorPosition(body: string, error: unknown): SyntaxPosition {
  const mark = (error as { mark?: { line: number; column: number } }).mark;
  const reason = (error as { reason?: string }).reason;
  if (mark) return { line: mark.line + 1, col: mark.column + 1, message: reason ?? firstLine(error) };
  // JSON.parse names an offset ("at position 123"); JSON is YAML, so js-yaml can also point at the line
  const offset = /position (\d+)/.exec(firstLine(error))?.[1];
  if (offset !== undefined)
    return {
      ...offsetToPosition(body, Number(offset)),
      message: firstLine(error).replace(/ in JSON at position \d+.*$/, ''),
    };
  try {
    parseYaml(body);
  } catch (yamlError) {
    const yamlMark = (yamlError as { mark?: { line: number; column: number } }).mark;
    if (yamlMark) return { line: yamlMark.line + 1, col: yamlMark.column + 1, message: firstLine(error) };
  }
  return { line: 1, col: 1, message: firstLine(error) };
}

function offsetToPosition(body: string, offset: number): Position {
  const before = body.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
