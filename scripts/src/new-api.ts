// `pnpm new-api <name> [--title "Title"]`: registers specs/<name>/ and scaffolds what an API needs: the
// `<name>-types` package and the `<name>` client package. Existing files are never overwritten, so running it again
// only fills in what is missing; a client package that already has its package.json is left alone entirely.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { API_NAME_PATTERN, defineApi, readRegistry, type ApiDefinition } from './apis.js';
import { clientPackageFiles } from './client-package-template.js';
import type { Output } from './progress.js';
import { addRegistryEntry } from './registry-entry.js';
import { typesPackageFiles } from './types-package-template.js';
import { displayPath, resolveWorkspace, type Workspace, type WorkspaceOptions } from './workspace.js';

export interface NewApiOptions extends WorkspaceOptions {
  readonly title?: string | undefined;
}

type Scaffolder = (workspace: Workspace, api: ApiDefinition) => string[];

/** Each scaffolder writes one package and returns the files it created. */
const scaffolders: readonly Scaffolder[] = [scaffoldTypesPackage, scaffoldClientPackage];

export async function runNewApi(names: readonly string[], options: NewApiOptions, output: Output): Promise<number> {
  const [name, ...extra] = names;
  if (name === undefined || extra.length > 0 || !API_NAME_PATTERN.test(name)) {
    output.err('Usage: pnpm new-api <name> [--title "Title"]   (name in kebab-case, e.g. `deposit-api`)');
    return 2;
  }
  const workspace = resolveWorkspace(options);
  const created = newApi(workspace, name, options.title);
  for (const file of created) output.out(`created ${file}`);
  if (created.length === 0) output.out(`${name}: nothing to do, everything exists.`);
  output.out(
    `Next: add resource files to ${displayPath(workspace, join(workspace.specsRoot, name))}/, ` +
      `run \`pnpm install\` (links the packages), \`pnpm generate ${name}\`, ` +
      `then \`pnpm turbo run build test --filter @dtk/${name}...\`.`,
  );
  return 0;
}

export function newApi(workspace: Workspace, name: string, title: string | undefined): string[] {
  const created: string[] = [];
  const specDir = join(workspace.specsRoot, name);
  if (!existsSync(specDir)) {
    mkdirSync(specDir, { recursive: true });
    created.push(`${displayPath(workspace, specDir)}/`);
  }
  const provisional = defineApi(workspace, name, title === undefined ? undefined : { 'x-dtk': { title } });
  const root = relative(dirname(workspace.configPath), join(provisional.generatedDir, 'openapi.json')).split('\\').join('/');
  if (addRegistryEntry(workspace, { name, title: provisional.title, root })) {
    created.push(`${displayPath(workspace, workspace.configPath)} (apis.${name})`);
  }
  const api = defineApi(workspace, name, readRegistry(workspace)[name]);
  for (const scaffold of scaffolders) created.push(...scaffold(workspace, api));
  return created;
}

function scaffoldTypesPackage(workspace: Workspace, api: ApiDefinition): string[] {
  return writeMissing(workspace, api.packageDir, typesPackageFiles(api));
}

/**
 * `packages/<name>/`, a thin client like @dtk/consumer-api. An existing package there (one with a package.json) is
 * hand-owned — or not a client of this API at all (`pnpm new-api auth` must not touch @dtk/auth) — and left alone.
 */
function scaffoldClientPackage(workspace: Workspace, api: ApiDefinition): string[] {
  const dir = join(workspace.packagesRoot, api.name);
  if (existsSync(join(dir, 'package.json'))) return [];
  return writeMissing(workspace, dir, clientPackageFiles(api));
}

function writeMissing(workspace: Workspace, dir: string, files: ReadonlyMap<string, string>): string[] {
  const created: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, name);
    if (existsSync(path)) continue;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    created.push(displayPath(workspace, path));
  }
  return created;
}
