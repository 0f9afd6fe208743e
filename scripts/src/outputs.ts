// What one API's generated folder holds, rendered in memory: file name → content.
import type { ApiDefinition } from './apis.js';
import { generatedNotice, tsHeader } from './header.js';
import { renderOperationsModule, type OperationInfo } from './maps.js';

export type GeneratedFiles = ReadonlyMap<string, string>;

export function renderGeneratedFiles(
  api: ApiDefinition,
  sources: readonly string[],
  bundled: Record<string, unknown>,
  schemaTypes: string,
  operations: readonly OperationInfo[],
): GeneratedFiles {
  const header = tsHeader(sources, api.name);
  // JSON has no comments: the notice is the document's first (extension) key instead
  const openapi = { 'x-generated': generatedNotice(sources, api.name).join(' '), ...bundled };
  return new Map([
    ['schema.ts', `${header}\n${schemaTypes}`],
    ['operations.ts', renderOperationsModule(header, operations)],
    ['openapi.json', `${JSON.stringify(openapi, null, 2)}\n`],
  ]);
}
