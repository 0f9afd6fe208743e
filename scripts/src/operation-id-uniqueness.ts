// operationIds are unique across ALL files of an API (redocly sees one file at a time, so this check is ours):
// the generated route and scope maps are keyed by operationId.
import { listOperations } from './openapi-walk.js';
import type { Problem } from './problems.js';
import type { SpecFile } from './spec-file.js';

export const OPERATION_ID_UNIQUE_RULE = 'dtk/operation-id-unique-across-files';

export function checkOperationIdsUnique(files: readonly SpecFile[]): Problem[] {
  const firstSeen = new Map<string, { file: SpecFile; line: number }>();
  const problems: Problem[] = [];
  for (const file of files) {
    for (const { path, method, operation } of listOperations(file.data)) {
      const operationId = operation.operationId;
      if (typeof operationId !== 'string') continue;
      const { line, col } = file.positionOf(['paths', path, method, 'operationId'], true);
      const first = firstSeen.get(operationId);
      if (!first) {
        firstSeen.set(operationId, { file, line });
      } else if (first.file !== file) {
        // duplicates inside one file are redocly's operation-operationId-unique
        problems.push({
          file: file.display,
          line,
          col,
          severity: 'error',
          rule: OPERATION_ID_UNIQUE_RULE,
          message: `operationId "${operationId}" is already used in ${first.file.display}:${first.line}.`,
        });
      }
    }
  }
  return problems;
}
