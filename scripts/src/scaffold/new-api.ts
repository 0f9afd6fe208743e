// `pnpm new-api <name> [--title "Title"] [--from <file>] [--rules house|recommended]`: registers specs/<name>/ (its
// own redocly.yaml, and an entry in the root redocly.yaml) and scaffolds the `<name>-types` and `<name>` packages
// from scripts/templates/, and registers the API with the sandbox (packages/sandbox/src/served-apis.ts and the
// sandbox's dependencies) so that it is mocked from its description. With `--from`, a single-file OpenAPI 3.0/3.1 description is imported whole into
// specs/<name>/ (kept as its authors wrote it: fix it with overlays, never by editing it).
//
// Everything is checked first and written last, as one transaction: a bad name, title or description writes nothing,
// and a failure while writing removes what this run created. Existing files are never overwritten, so running it
// again only fills in what is missing; a client package folder that already has its package.json is left alone.
import {
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { isRecord } from '../load/openapi-walk.js';
import { findRefs } from '../load/ref-policy.js';
import { checkIsOpenApi, readSourceFile } from '../load/source-file.js';
import { apiNameProblem, apiTitleProblem, defaultTitle, defineApi, listSpecFiles } from '../registry/api-registry.js';
import { rootConfigWithEntry } from '../registry/registry-files.js';
import { formatProblem } from '../report/problems.js';
import type { Output } from '../report/progress.js';
import { displayPath, resolveWorkspace, scriptsRoot, type Workspace, type WorkspaceOptions } from '../workspace.js';
import { type FileEdit, SandboxRegistrationError, sandboxRegistration } from './sandbox-registration.js';
import { renderTemplateFolder } from './templates.js';

export type LintPolicy = 'house' | 'recommended';
const POLICY_PRESETS: Record<LintPolicy, string> = { house: 'dtk/house', recommended: 'recommended' };

export interface NewApiOptions extends WorkspaceOptions {
  readonly title?: string | undefined;
  /** A single-file OpenAPI description to import. */
  readonly from?: string | undefined;
  /** Lint policy; default `house`, or `recommended` with `from`. */
  readonly rules?: string | undefined;
}

/** A refusal: printed as is, nothing written. */
export class NewApiError extends Error {
  override name = 'NewApiError';
}

export async function runNewApi(names: readonly string[], options: NewApiOptions, output: Output): Promise<number> {
  const [name, ...extra] = names;
  if (name === undefined || extra.length > 0) {
    output.err(
      'Usage: pnpm new-api <name> [--title "Title"] [--from <file.yaml|file.json>] [--rules house|recommended]',
    );
    return 2;
  }
  const workspace = resolveWorkspace(options);
  try {
    const created = newApi(workspace, name, options);
    for (const file of created) output.out(`created ${file}`);
    if (created.length === 0) output.out(`${name}: nothing to do, everything exists.`);
    const specs = displayPath(workspace, join(workspace.specsRoot, name));
    output.out(
      `Next: ${options.from === undefined ? `add description files to ${specs}/, ` : ''}` +
        `run \`pnpm install\` (links the packages), \`pnpm generate ${name}\`, ` +
        `then \`pnpm turbo run build test --filter @dtk/${name}...\`` +
        (created.some((file) => file.startsWith('packages/sandbox/'))
          ? ', and add a changeset for @dtk/sandbox (it now serves the API).'
          : '.'),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof NewApiError)) throw error;
    output.err(error.message);
    output.err('new-api wrote nothing.');
    return 1;
  }
}

/** What one run writes: absolute path → content (or a file to copy), the root config's new text, and edits. */
interface ScaffoldPlan {
  readonly files: Map<string, { content: string } | { copyFrom: string }>;
  readonly rootConfig?: string;
  /** Existing files changed in place (the sandbox's list of served APIs and its dependencies). */
  readonly edits: readonly FileEdit[];
}

export function newApi(
  workspace: Workspace,
  name: string,
  options: Omit<NewApiOptions, keyof WorkspaceOptions> = {},
): string[] {
  const plan = planNewApi(workspace, name, options);
  return applyPlan(workspace, name, plan);
}

function planNewApi(
  workspace: Workspace,
  name: string,
  options: Omit<NewApiOptions, keyof WorkspaceOptions>,
): ScaffoldPlan {
  const nameProblem = apiNameProblem(name);
  if (nameProblem) throw new NewApiError(nameProblem);
  const rules = options.rules ?? (options.from === undefined ? 'house' : 'recommended');
  if (rules !== 'house' && rules !== 'recommended')
    throw new NewApiError(`--rules must be house or recommended, not "${rules.slice(0, 40)}".`);
  const imported = options.from === undefined ? undefined : checkImport(workspace, resolve(options.from));
  const title = options.title ?? imported?.title ?? defaultTitle(name);
  const titleProblem = apiTitleProblem(title);
  if (titleProblem)
    throw new NewApiError(
      `${options.title === undefined ? "The description's info.title" : '--title'}: ${titleProblem}`,
    );

  const api = defineApi(workspace, name, { title });
  const files: ScaffoldPlan['files'] = new Map();
  const add = (dir: string, rendered: ReadonlyMap<string, string>) => {
    for (const [path, content] of rendered) files.set(join(dir, path), { content });
  };
  const configExists = existsSync(api.configPath);
  if (imported) {
    if (existsSync(api.specDir) && listSpecFiles(defineApi(workspace, name)).length > 0) {
      throw new NewApiError(
        `${displayPath(workspace, api.specDir)}/ already holds descriptions; --from imports into a new API only.`,
      );
    }
    files.set(join(api.specDir, `openapi${imported.extension}`), { copyFrom: imported.path });
  }
  const plugin = relative(api.specDir, join(scriptsRoot(), 'redocly-plugin', 'index.js'))
    .split(sep)
    .join('/');
  add(api.specDir, renderTemplateFolder('api', { name, title, extra: { plugin, policy: POLICY_PRESETS[rules] } }));
  // the types and client packages are titled from the API's config when it exists already
  const registered = configExists ? defineApi(workspace, name) : api;
  add(api.packageDir, renderTemplateFolder('types-package', { name, title: registered.title }));
  const clientDir = join(workspace.packagesRoot, name);
  if (!existsSync(join(clientDir, 'package.json'))) {
    // package.json last: a folder without it is an unfinished scaffold that a later run fills in
    const client = renderTemplateFolder('client-package', { name, title: registered.title });
    const packageJson = client.get('package.json');
    client.delete('package.json');
    if (packageJson !== undefined) client.set('package.json', packageJson);
    add(clientDir, client);
  }
  for (const path of [...files.keys()]) if (existsSync(path)) files.delete(path);
  const rootConfig = rootConfigWithEntry(workspace, api);
  let edits: FileEdit[];
  try {
    edits = sandboxRegistration(workspace, name);
  } catch (error) {
    if (error instanceof SandboxRegistrationError) throw new NewApiError(error.message);
    throw error;
  }
  return { files, edits, ...(rootConfig !== undefined && { rootConfig }) };
}

interface ImportedDescription {
  readonly path: string;
  readonly extension: '.yaml' | '.json';
  readonly title: string | undefined;
}

/** The file to import, checked: it parses, it is OpenAPI 3.0/3.1, and it references nothing outside itself. */
function checkImport(workspace: Workspace, path: string): ImportedDescription {
  if (!existsSync(path)) throw new NewApiError(`--from ${path}: no such file.`);
  const extension = extname(path).toLowerCase();
  if (!['.yaml', '.yml', '.json'].includes(extension))
    throw new NewApiError(`--from ${path}: expected a .yaml, .yml or .json file.`);
  const file = readSourceFile(workspace, path);
  if (!('document' in file)) throw new NewApiError(formatProblem(file));
  const notOpenApi = checkIsOpenApi(file);
  if (notOpenApi) throw new NewApiError(formatProblem(notOpenApi));
  const outside = [...findRefs(file.document.parsed)].filter(({ ref }) => !ref.startsWith('#'));
  if (outside.length > 0) {
    const lines = outside
      .slice(0, 5)
      .map(({ ref, at }) => `${file.display}:${file.positionOf([...at, '$ref'], true).line}: $ref "${ref}"`);
    throw new NewApiError(
      `--from imports one self-contained file, but it references other files or URLs:\n  ${lines.join('\n  ')}${outside.length > 5 ? `\n  … and ${outside.length - 5} more` : ''}\n` +
        'Bundle it into one file first (`pnpm exec redocly bundle <file> -o <out.yaml>`, with the referenced files at hand) and import that.',
    );
  }
  const info =
    isRecord(file.document.parsed) && isRecord(file.document.parsed['info']) ? file.document.parsed['info'] : {};
  const title =
    typeof info['title'] === 'string' && apiTitleProblem(info['title']) === undefined ? info['title'] : undefined;
  return { path, extension: extension === '.json' ? '.json' : '.yaml', title };
}

/** Writes every file of the plan, or, when anything fails, removes what it wrote and restores the root config. */
function applyPlan(workspace: Workspace, name: string, plan: ScaffoldPlan): string[] {
  const createdFiles: string[] = [];
  const createdDirs: string[] = [];
  const previousRootConfig = plan.rootConfig !== undefined ? readFileSync(workspace.configPath, 'utf8') : undefined;
  const previousEdits = plan.edits.map((edit) => ({ path: edit.path, content: readFileSync(edit.path, 'utf8') }));
  const edited: typeof previousEdits = [];
  try {
    for (const [path, source] of plan.files) {
      for (const dir of missingDirs(dirname(path))) {
        mkdirSync(dir);
        createdDirs.push(dir);
      }
      if ('content' in source) writeFileSync(path, source.content, { flag: 'wx' });
      else copyFileSync(source.copyFrom, path, constants.COPYFILE_EXCL);
      createdFiles.push(path);
    }
    if (plan.rootConfig !== undefined) writeFileSync(workspace.configPath, plan.rootConfig);
    plan.edits.forEach((edit, index) => {
      writeFileSync(edit.path, edit.content);
      edited.push(previousEdits[index] as (typeof previousEdits)[number]);
    });
  } catch (error) {
    for (const previous of edited.reverse()) writeFileSync(previous.path, previous.content);
    for (const path of createdFiles.reverse()) rmSync(path, { force: true });
    for (const dir of createdDirs.reverse()) rmdirSync(dir);
    if (previousRootConfig !== undefined) writeFileSync(workspace.configPath, previousRootConfig);
    throw new NewApiError(`Could not write the scaffold (${error instanceof Error ? error.message : String(error)}).`);
  }
  return [
    ...createdFiles.map((path) => displayPath(workspace, path)),
    ...(plan.rootConfig !== undefined ? [`${displayPath(workspace, workspace.configPath)} (apis.${name})`] : []),
    ...plan.edits.map((edit) => `${displayPath(workspace, edit.path)} (${edit.label})`),
  ];
}

/** The folders to create for `dir` to exist, outermost first. */
function missingDirs(dir: string): string[] {
  const missing: string[] = [];
  for (let current = dir; !existsSync(current); current = dirname(current)) missing.unshift(current);
  return missing;
}
