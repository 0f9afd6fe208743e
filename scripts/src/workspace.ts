// Where the pipeline reads and writes. Tests point these at fixture copies in a temp dir.
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WorkspaceOptions {
  /** Folder holding one sub-folder of YAML files per API. Default: `<repo>/specs`. */
  readonly specsRoot?: string;
  /** Folder holding the `<api>-types` packages. Default: `<repo>/packages`. */
  readonly packagesRoot?: string;
  /** The root redocly.yaml: the index of APIs for `redocly lint <api>`. Default: `<repo>/redocly.yaml`. */
  readonly configPath?: string;
}

export interface Workspace {
  readonly specsRoot: string;
  readonly packagesRoot: string;
  readonly configPath: string;
  /** Paths in messages and headers are relative to this folder (the repository root by default). */
  readonly displayRoot: string;
}

/** The repository (this file is scripts/src/workspace.ts, or scripts/dist/workspace.js once compiled). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The pipeline's own folder (its redocly plugin and templates), whatever workspace it works on. */
export function scriptsRoot(): string {
  return join(repoRoot, 'scripts');
}

export function resolveWorkspace(options: WorkspaceOptions = {}): Workspace {
  const specsRoot = resolve(options.specsRoot ?? join(repoRoot, 'specs'));
  return {
    specsRoot,
    packagesRoot: resolve(options.packagesRoot ?? join(repoRoot, 'packages')),
    configPath: resolve(options.configPath ?? join(repoRoot, 'redocly.yaml')),
    displayRoot: dirname(specsRoot),
  };
}

/** Forward-slash path relative to the display root, as printed in problems and headers. */
export function displayPath(workspace: Workspace, absolutePath: string): string {
  return relative(workspace.displayRoot, absolutePath).split(sep).join('/');
}
