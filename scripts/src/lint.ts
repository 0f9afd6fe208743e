// Lint step: YAML syntax, then redocly per file (recommended + house rules), then the checks spanning files.
import { listSpecFiles, type ApiDefinition } from './apis.js';
import { checkOperationIdsUnique } from './operation-id-uniqueness.js';
import { sortProblems, type Problem } from './problems.js';
import { redoclyLintFile } from './redocly-lint.js';
import { loadSpecFile, type SpecFile } from './spec-file.js';
import { displayPath, type Workspace } from './workspace.js';

export interface LintResult {
  readonly problems: readonly Problem[];
  /** The parsed files, reused by the join step. */
  readonly files: readonly SpecFile[];
}

export async function lintApi(workspace: Workspace, api: ApiDefinition): Promise<LintResult> {
  const paths = listSpecFiles(api);
  if (paths.length === 0) {
    const file = displayPath(workspace, api.specDir);
    return { files: [], problems: [{ file, line: 1, col: 1, severity: 'error', rule: 'no-spec-files', message: `No *.yaml files in ${file}.` }] };
  }
  const files = paths.map((path) => loadSpecFile(workspace, path));
  const perFile = await Promise.all(
    files.map((file) => (file.syntaxProblems.length > 0 ? file.syntaxProblems : redoclyLintFile(workspace, file.path))),
  );
  const parsed = files.filter((file) => file.syntaxProblems.length === 0);
  return { files, problems: sortProblems([...perFile.flat(), ...checkOperationIdsUnique(parsed)]) };
}
