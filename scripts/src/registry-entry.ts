// Adds an API's entry to the registry in redocly.yaml, keeping the file's comments and layout.
import { readFileSync, writeFileSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';
import type { Workspace } from './workspace.js';

export interface RegistryEntryInput {
  readonly name: string;
  readonly title: string;
  /** Root of the entry (the joined document), relative to redocly.yaml's folder. */
  readonly root: string;
}

/** Returns false when the entry already exists (it is left as it is). */
export function addRegistryEntry(workspace: Workspace, input: RegistryEntryInput): boolean {
  const document = parseDocument(readFileSync(workspace.configPath, 'utf8'));
  if (document.errors.length > 0) throw new Error(`${workspace.configPath}: ${document.errors[0]?.message}`);
  const apis = document.get('apis');
  if (isMap(apis) && apis.has(input.name)) return false;
  document.setIn(['apis', input.name], document.createNode({ root: input.root, 'x-dtk': { title: input.title } }));
  writeFileSync(workspace.configPath, document.toString());
  return true;
}
