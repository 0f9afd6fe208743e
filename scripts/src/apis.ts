// The API registry: one folder per API under specs/, described by its entry under `apis` in redocly.yaml.
// The `x-dtk` block of an entry holds what the joined document needs that no single resource file owns.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Workspace } from './workspace.js';

export interface ServerObject {
  readonly url: string;
  readonly description?: string;
}

export interface ApiDefinition {
  /** Folder name under specs/, e.g. `admin-api`. */
  readonly name: string;
  /** `info.title` of the joined document. */
  readonly title: string;
  readonly description: string | undefined;
  /** Servers of the joined document; when absent, those of the resource files (which must then agree). */
  readonly servers: readonly ServerObject[] | undefined;
  readonly specDir: string;
  readonly packageName: string;
  readonly packageDir: string;
  readonly generatedDir: string;
}

interface RegistryEntry {
  readonly root?: string;
  readonly 'x-dtk'?: { title?: string; description?: string; servers?: ServerObject[] };
}

export const API_NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export function readRegistry(workspace: Workspace): Record<string, RegistryEntry> {
  if (!existsSync(workspace.configPath)) return {};
  const config = parse(readFileSync(workspace.configPath, 'utf8')) as { apis?: Record<string, RegistryEntry> } | null;
  return config?.apis ?? {};
}

/** Title-cases `entity-management` → `Entity Management` for an API that has no registry entry yet. */
function defaultTitle(name: string): string {
  return name
    .split('-')
    .map((word) => (word === 'api' ? 'API' : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

export function defineApi(workspace: Workspace, name: string, entry: RegistryEntry | undefined): ApiDefinition {
  const meta = entry?.['x-dtk'] ?? {};
  const packageDir = join(workspace.packagesRoot, `${name}-types`);
  return {
    name,
    title: meta.title ?? defaultTitle(name),
    description: meta.description,
    servers: meta.servers,
    specDir: join(workspace.specsRoot, name),
    packageName: `@dtk/${name}-types`,
    packageDir,
    generatedDir: join(packageDir, 'src', 'generated'),
  };
}

/** The APIs to work on: the named ones, or every folder under the specs root. Unknown names throw. */
export function selectApis(workspace: Workspace, names: readonly string[]): ApiDefinition[] {
  const available = existsSync(workspace.specsRoot)
    ? readdirSync(workspace.specsRoot).filter((entry) => statSync(join(workspace.specsRoot, entry)).isDirectory()).sort()
    : [];
  const selected = names.length > 0 ? [...names] : available;
  const unknown = selected.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    throw new Error(`Unknown API ${unknown.join(', ')}: no folder under ${workspace.specsRoot} (have: ${available.join(', ') || 'none'})`);
  }
  const registry = readRegistry(workspace);
  return selected.map((name) => defineApi(workspace, name, registry[name]));
}

/** The API's resource files, sorted so every run joins them in the same order. */
export function listSpecFiles(api: ApiDefinition): string[] {
  return readdirSync(api.specDir)
    .filter((entry) => /\.ya?ml$/.test(entry))
    .sort()
    .map((entry) => join(api.specDir, entry));
}
