// The API registry: one folder per API under specs/, each with its own redocly config (`specs/<api>/redocly.yaml`):
// the lint policy (`extends`), per-API rule overrides and decorators, and under `x-dtk` what the pipeline needs that
// no description file owns (display title, joined description and servers, overlays, extra `$ref` folders).
// Keeping each API's settings in its own folder is what lets turbo rebuild one API without touching the others.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { displayPath, type Workspace } from '../workspace.js';

export interface ServerObject {
  readonly url: string;
  readonly description?: string;
}

export interface ApiDefinition {
  /** Folder name under specs/, e.g. `admin-api`. */
  readonly name: string;
  /** Display title (package descriptions, READMEs); also `info.title` of a document joined from several files. */
  readonly title: string;
  /** `info.description` of a document joined from several files. */
  readonly description: string | undefined;
  /** Servers of a document joined from several files whose servers differ. */
  readonly servers: readonly ServerObject[] | undefined;
  /** The API's redocly config: `specs/<api>/redocly.yaml`. */
  readonly configPath: string;
  /** Overlay 1.0 documents applied in order before lint (absolute paths). */
  readonly overlays: readonly string[];
  /** Folders besides the API's own that `$ref`s may point into (absolute paths). */
  readonly allowedRefFolders: readonly string[];
  readonly specDir: string;
  readonly packageName: string;
  readonly packageDir: string;
  readonly generatedDir: string;
}

/** The `x-dtk` block of `specs/<api>/redocly.yaml`. */
export interface RegistryEntry {
  readonly title?: string;
  readonly description?: string;
  readonly servers?: ServerObject[];
  readonly overlays?: string[];
  readonly refs?: { readonly allow?: string[] };
}

export const API_CONFIG_FILE = 'redocly.yaml';
export const API_NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** npm caps package names at 214 characters; `@dtk/<name>-types` is the longest name an API gets. */
export const MAX_API_NAME_LENGTH = 214 - '@dtk/'.length - '-types'.length;
const MAX_TITLE_LENGTH = 120;

/** Why `name` cannot name an API, or `undefined` when it can. */
export function apiNameProblem(name: string): string | undefined {
  if (name.length > MAX_API_NAME_LENGTH) {
    return `API name is ${name.length} characters long; at most ${MAX_API_NAME_LENGTH} fit npm's 214-character limit for @dtk/<name>-types.`;
  }
  if (!API_NAME_PATTERN.test(name))
    return `API name "${name.slice(0, 80)}" must be kebab-case: lowercase letters and digits in words joined by single hyphens, starting with a letter (e.g. deposit-api).`;
  return undefined;
}

// C0/C1 controls, line and paragraph separators, bidi embeddings/overrides/isolates
// biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is this expression's purpose
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/** Why `title` cannot be an API title, or `undefined` when it can. Titles end up in comments, JSON and Markdown. */
export function apiTitleProblem(title: string): string | undefined {
  if (title.trim() === '') return 'The title must not be empty.';
  if (title.length > MAX_TITLE_LENGTH)
    return `The title is ${title.length} characters long; at most ${MAX_TITLE_LENGTH} are allowed.`;
  if (UNPRINTABLE.test(title))
    return 'The title must not contain control characters, line breaks or bidirectional formatting characters.';
  return undefined;
}

export function readRegistryEntry(configPath: string): RegistryEntry {
  if (!existsSync(configPath)) return {};
  const config = parse(readFileSync(configPath, 'utf8')) as { 'x-dtk'?: RegistryEntry } | null;
  return config?.['x-dtk'] ?? {};
}

/** Title-cases `entity-management` → `Entity Management` for an API whose config sets no title. */
export function defaultTitle(name: string): string {
  return name
    .split('-')
    .map((word) => (word === 'api' ? 'API' : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

export function defineApi(workspace: Workspace, name: string, entry?: RegistryEntry): ApiDefinition {
  const specDir = join(workspace.specsRoot, name);
  const configPath = join(specDir, API_CONFIG_FILE);
  const meta = entry ?? readRegistryEntry(configPath);
  const packageDir = join(workspace.packagesRoot, `${name}-types`);
  const fromConfig = (path: string): string => resolve(dirname(configPath), path);
  return {
    name,
    title: meta.title ?? defaultTitle(name),
    description: meta.description,
    servers: meta.servers,
    configPath,
    overlays: (meta.overlays ?? []).map(fromConfig),
    allowedRefFolders: (meta.refs?.allow ?? []).map(fromConfig),
    specDir,
    packageName: `@dtk/${name}-types`,
    packageDir,
    generatedDir: join(packageDir, 'src', 'generated'),
  };
}

/** Every API folder under the specs root, sorted. */
export function listApiNames(workspace: Workspace): string[] {
  if (!existsSync(workspace.specsRoot)) return [];
  return readdirSync(workspace.specsRoot)
    .filter((entry) => statSync(join(workspace.specsRoot, entry)).isDirectory())
    .sort();
}

/** The APIs to work on: the named ones, or every folder under the specs root. Unknown names throw. */
export function selectApis(workspace: Workspace, names: readonly string[]): ApiDefinition[] {
  const available = listApiNames(workspace);
  const selected = names.length > 0 ? [...names] : available;
  const unknown = selected.filter((name) => !available.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `Unknown API ${unknown.join(', ')}: no folder under ${displayPath(workspace, workspace.specsRoot)}/ (have: ${available.join(', ') || 'none'})`,
    );
  }
  return selected.map((name) => defineApi(workspace, name));
}

const DESCRIPTION_FILE = /\.(ya?ml|json)$/;

/** The API's description files (its folder's top level, minus its config and overlays), sorted for a stable join. */
export function listSpecFiles(api: ApiDefinition): string[] {
  const overlays = new Set(api.overlays);
  return readdirSync(api.specDir)
    .filter((entry) => DESCRIPTION_FILE.test(entry) && entry !== API_CONFIG_FILE)
    .sort()
    .map((entry) => join(api.specDir, entry))
    .filter((path) => !overlays.has(path) && statSync(path).isFile());
}
