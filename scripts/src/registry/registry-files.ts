// Registers an API in the root redocly.yaml: an `apis` entry whose root is the published document and which extends
// the API's own config, so `pnpm exec redocly lint <api>` checks what `pnpm generate <api>` publishes with the same
// rules. The file's comments and layout are kept: the entry is appended as text.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { Document, isMap, parseDocument, type YAMLMap } from 'yaml';
import type { Workspace } from '../workspace.js';
import { API_CONFIG_FILE, type ApiDefinition } from './api-registry.js';

/** Forward-slash path from the root config's folder, e.g. `./specs/deposit-api/redocly.yaml`. */
function fromRootConfig(workspace: Workspace, path: string): string {
  const relativePath = relative(dirname(workspace.configPath), path).split(sep).join('/');
  return relativePath.startsWith('.') ? relativePath : `./${relativePath}`;
}

export interface RootIndexEntry {
  readonly root: string;
  readonly extends: readonly string[];
}

export function rootIndexEntry(workspace: Workspace, api: ApiDefinition): RootIndexEntry {
  return {
    root: fromRootConfig(workspace, join(api.generatedDir, 'openapi.json')).replace(/^\.\//, ''),
    extends: [fromRootConfig(workspace, join(api.specDir, API_CONFIG_FILE))],
  };
}

/** The API entries of the root config (empty when there is no root config). */
export function readRootIndex(workspace: Workspace): Record<string, unknown> {
  if (!existsSync(workspace.configPath)) return {};
  const apis = (
    parseDocument(readFileSync(workspace.configPath, 'utf8')).toJS() as { apis?: Record<string, unknown> } | null
  )?.apis;
  return apis ?? {};
}

/**
 * The root config's text with the API's entry added (`undefined` when there is no root config or the entry exists).
 * Returned rather than written, so a scaffold can write every file or none.
 */
export function rootConfigWithEntry(workspace: Workspace, api: ApiDefinition): string | undefined {
  if (!existsSync(workspace.configPath)) return undefined;
  const source = readFileSync(workspace.configPath, 'utf8');
  const document = parseDocument(source);
  if (document.errors.length > 0) throw new Error(`${workspace.configPath}: ${document.errors[0]?.message}`);
  const apis = document.get('apis', true);
  if (isMap(apis) && apis.has(api.name)) return undefined;
  const entry = rootIndexEntry(workspace, api);
  const appended = isMap(apis) ? appendEntry(source, apis, api.name, entry) : undefined;
  if (appended !== undefined) return appended;
  // No block-style `apis` map to append to: let the YAML library lay it out.
  document.setIn(['apis', api.name], document.createNode(entry));
  return document.toString();
}

/**
 * The config text with the entry added as the last item of `apis`, everything else byte for byte (re-printing the
 * whole document would re-wrap folded scalars and move comments). `undefined` when `apis` has no block layout.
 */
function appendEntry(source: string, apis: YAMLMap, name: string, entry: RootIndexEntry): string | undefined {
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
