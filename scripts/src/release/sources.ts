// The two sides of a spec diff: the base revision (a git commit, extracted to a temp folder) and the working tree,
// each bundled by the pipeline, and which APIs differ between them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Json, SpecTree } from './pipeline-bundle.js';

export interface BaseRevision {
  /** As the user named it (`main`, a tag, a sha), or `merge-base with main`. */
  readonly label: string;
  readonly commit: string;
}

const git = (repoRoot: string, args: readonly string[]): string =>
  execFileSync('git', args, {
    cwd: repoRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 1024 * 1024,
  }).trim();

/** The git work tree holding `dir` (pnpm runs root scripts from the workspace root). */
export function repositoryRoot(dir: string): string {
  return git(dir, ['rev-parse', '--show-toplevel']);
}

/** `--base <ref>`, or by default the merge-base of HEAD with main (origin/main when there is no local main). */
export function resolveBase(repoRoot: string, ref: string | undefined): BaseRevision {
  if (ref !== undefined) {
    try {
      return { label: ref, commit: git(repoRoot, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]) };
    } catch {
      throw new Error(`--base ${ref} is not a commit in this repository.`);
    }
  }
  for (const main of ['main', 'origin/main']) {
    try {
      return { label: `merge-base with ${main}`, commit: git(repoRoot, ['merge-base', 'HEAD', main]) };
    } catch {
      // try the next candidate
    }
  }
  throw new Error('No main branch to compare with: pass --base <git ref>.');
}

/** API folders under specs/ whose files differ between the base commit and the working tree (new files included). */
export function changedApis(repoRoot: string, base: BaseRevision): string[] {
  const changed = git(repoRoot, ['diff', '--name-only', base.commit, '--', 'specs', 'redocly.yaml']).split('\n');
  const untracked = git(repoRoot, ['ls-files', '--others', '--exclude-standard', '--', 'specs']).split('\n');
  const files = [...changed, ...untracked].filter((file) => file !== '');
  // the registry in redocly.yaml gives every API its title and servers: a change there may touch any of them
  if (files.includes('redocly.yaml'))
    return [...new Set([...apiNames(join(repoRoot, 'specs')), ...baseApiNames(repoRoot, base)])].sort();
  return [...new Set(files.flatMap((file) => /^specs\/([^/]+)\//.exec(file)?.[1] ?? []))].sort();
}

export function apiNames(specsRoot: string): string[] {
  if (!existsSync(specsRoot)) return [];
  return readdirSync(specsRoot)
    .filter((name) => statSync(join(specsRoot, name)).isDirectory())
    .sort();
}

function baseApiNames(repoRoot: string, base: BaseRevision): string[] {
  const listing = git(repoRoot, ['ls-tree', '-d', '--name-only', `${base.commit}:specs`]);
  return listing === '' ? [] : listing.split('\n');
}

/** The paths bundling reads: the specs, the registry and the lint plugin redocly.yaml loads. */
const TREE_PATHS = ['specs', 'redocly.yaml', 'scripts/redocly-plugin'];

export interface ExtractedTree extends SpecTree {
  remove(): void;
}

/** Writes the base commit's specs, redocly.yaml and plugin into a temp folder (`git archive`, no checkout). */
export function extractBaseTree(repoRoot: string, base: BaseRevision): ExtractedTree {
  const root = mkdtempSync(join(tmpdir(), 'dtk-spec-base-'));
  const present = git(repoRoot, ['ls-tree', '--name-only', base.commit, '--', ...TREE_PATHS])
    .split('\n')
    .filter(Boolean);
  const specsRoot = join(root, 'specs');
  mkdirSync(specsRoot, { recursive: true });
  if (present.length > 0) {
    const archive = execFileSync('git', ['archive', '--format=tar', base.commit, '--', ...present], {
      cwd: repoRoot,
      maxBuffer: 256 * 1024 * 1024,
    });
    execFileSync('tar', ['-x', '-C', root], { input: archive });
  }
  return {
    specsRoot,
    configPath: join(root, 'redocly.yaml'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The bundled description of an API in a tree, or an empty one when the API does not exist there. */
export async function describedIn(tree: SpecTree, api: string): Promise<Json> {
  if (!existsSync(join(tree.specsRoot, api)) || !existsSync(tree.configPath)) return emptyDescription(api);
  // loaded on first use: redocly's core takes most of a second to import
  const { bundleSpecFolder } = await import('./pipeline-bundle.js');
  return bundleSpecFolder(tree, api);
}

export function emptyDescription(api: string): Json {
  return { openapi: '3.0.3', info: { title: api, version: '0' }, paths: {} };
}

export interface PackageInfo {
  readonly name: string;
  readonly version: string;
  readonly dir: string;
}

/** The published packages an API's description ships in: `<api>-types` and, when it exists, the `<api>` client. */
export function packagesOf(packagesRoot: string, api: string): PackageInfo[] {
  return [`${api}-types`, api].flatMap((folder) => {
    const dir = join(packagesRoot, folder);
    const manifestPath = join(dir, 'package.json');
    if (!existsSync(manifestPath)) return [];
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
      name: string;
      version: string;
      private?: boolean;
    };
    return manifest.private ? [] : [{ name: manifest.name, version: manifest.version, dir }];
  });
}
