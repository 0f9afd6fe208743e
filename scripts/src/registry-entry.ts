// Adds an API's entry to the registry in redocly.yaml, keeping the file's comments and layout.
import { readFileSync, writeFileSync } from 'node:fs';
import { Document, isMap, parseDocument, type YAMLMap } from 'yaml';
import type { Workspace } from './workspace.js';

export interface RegistryEntryInput {
  readonly name: string;
  readonly title: string;
  /** Root of the entry (the joined document), relative to redocly.yaml's folder. */
  readonly root: string;
}

/** Returns false when the entry already exists (it is left as it is). */
export function addRegistryEntry(workspace: Workspace, input: RegistryEntryInput): boolean {
  const source = readFileSync(workspace.configPath, 'utf8');
  const document = parseDocument(source);
  if (document.errors.length > 0) throw new Error(`${workspace.configPath}: ${document.errors[0]?.message}`);
  const apis = document.get('apis', true);
  if (isMap(apis) && apis.has(input.name)) return false;
  const entry = { root: input.root, 'x-dtk': { title: input.title } };
  const appended = isMap(apis) ? appendEntry(source, apis, input.name, entry) : undefined;
  if (appended !== undefined) {
    writeFileSync(workspace.configPath, appended);
  } else {
    // No `apis` map to append to: let the YAML library lay it out.
    document.setIn(['apis', input.name], document.createNode(entry));
    writeFileSync(workspace.configPath, document.toString());
  }
  return true;
}

/**
 * The config text with the entry added as the last item of `apis`, everything else byte for byte (re-printing the
 * whole document would re-wrap the other entries' folded descriptions). `undefined` when `apis` has no block layout
 * to follow.
 */
function appendEntry(source: string, apis: YAMLMap, name: string, entry: unknown): string | undefined {
  const firstKey = apis.items[0]?.key as { range?: [number, number, number] } | undefined;
  const end = apis.range?.[1];
  if (apis.flow || !firstKey?.range || end === undefined) return undefined;
  const keyStart = firstKey.range[0];
  const indent = ' '.repeat(keyStart - (source.lastIndexOf('\n', keyStart - 1) + 1));
  const text = new Document({ [name]: entry })
    .toString()
    .split('\n')
    .map((line) => (line ? indent + line : line))
    .join('\n');
  const before = source.slice(0, end);
  return `${before}${before.endsWith('\n') ? '' : '\n'}${text}${source.slice(end)}`;
}
