// The one place the release tooling calls into the spec pipeline: "bundle this API's spec folder into the parsed
// description `pnpm generate` would write". Everything else in src/release works on plain documents, so a
// reorganised pipeline only needs this adapter updated.
import { bundledDescription } from '../lint/lint-api.js';

export interface SpecTree {
  /** Folder holding one sub-folder of spec files per API. */
  readonly specsRoot: string;
  /** redocly.yaml holding the API registry (titles, servers) of that tree. */
  readonly configPath: string;
}

export type Json = Record<string, unknown>;

/** Joins and bundles `specs/<api>/` exactly as the pipeline does; throws with file:line:col problems on errors. */
export async function bundleSpecFolder(tree: SpecTree, apiName: string): Promise<Json> {
  return bundledDescription({ specsRoot: tree.specsRoot, configPath: tree.configPath }, apiName);
}
