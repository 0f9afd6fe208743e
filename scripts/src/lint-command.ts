// `pnpm lint:specs [api...]`: one line per problem at its original file:line:col, non-zero exit on any error.
import { selectApis } from './apis.js';
import { lintApi } from './lint.js';
import { formatProblem, hasErrors } from './problems.js';
import { formatStep, type Output } from './progress.js';
import { resolveWorkspace, type WorkspaceOptions } from './workspace.js';

export async function runLint(names: readonly string[], options: WorkspaceOptions, output: Output): Promise<number> {
  const workspace = resolveWorkspace(options);
  const apis = selectApis(workspace, names);
  let failed = false;
  for (const api of apis) {
    const started = performance.now();
    const { problems, files } = await lintApi(workspace, api);
    for (const problem of problems) output.out(formatProblem(problem));
    const errors = problems.filter((problem) => problem.severity === 'error').length;
    const warnings = problems.length - errors;
    output.out(
      `${formatStep(api.name, 'lint', performance.now() - started)}  ${files.length} files, ${errors} errors, ${warnings} warnings`,
    );
    failed ||= hasErrors(problems);
  }
  return failed ? 1 : 0;
}
