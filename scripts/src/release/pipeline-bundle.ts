// The one place the release tooling calls into the spec pipeline: "bundle this API's spec folder into the parsed
// description `pnpm generate` would write". Everything else in src/release works on plain documents, so a
// reorganised pipeline only needs this adapter updated.
import { selectApis } from '../apis.js';
import { bundleApi } from '../bundle.js';
import { joinSpecs } from '../join.js';
import { listSpecFiles } from '../apis.js';
import { formatProblem, hasErrors } from '../problems.js';
import { loadSpecFile } from '../spec-file.js';
import { resolveWorkspace } from '../workspace.js';

export interface SpecTree {
  /** Folder holding one sub-folder of spec files per API. */
  readonly specsRoot: string;
  /** redocly.yaml holding the API registry (titles, servers) of that tree. */
  readonly configPath: string;
}

export type Json = Record<string, unknown>;

/** Joins and bundles `specs/<api>/` exactly as the pipeline does; throws with file:line:col problems on errors. */
export async function bundleSpecFolder(tree: SpecTree, apiName: string): Promise<Json> {
  const workspace = resolveWorkspace({ specsRoot: tree.specsRoot, configPath: tree.configPath });
  const [api] = selectApis(workspace, [apiName]);
  if (!api) throw new Error(`No API ${apiName} under ${tree.specsRoot}`);
  const files = listSpecFiles(api).map((path) => loadSpecFile(workspace, path));
  const problems = [...files.flatMap((file) => file.syntaxProblems)];
  if (problems.length === 0) {
    const joined = joinSpecs(api, files);
    problems.push(...joined.problems);
    if (!hasErrors(problems)) {
      const bundled = await bundleApi(workspace, api, joined.document);
      problems.push(...bundled.problems);
      if (!hasErrors(problems)) return bundled.document;
    }
  }
  const errors = problems.filter((problem) => problem.severity === 'error').map(formatProblem);
  throw new Error(`${apiName}: the description does not bundle:\n${errors.join('\n')}`);
}
