// The no-op fast path of `pnpm generate`: a digest of everything one API's output depends on (its folder under specs/
// with its config and overlays, folders its `$ref`s may reach, the redocly plugins its config loads, the pipeline's
// own code and the tools' versions) together with the digest of its output as last written. When both still match,
// regenerating would write the same bytes, so the API is skipped without loading any tool. The same inputs are the
// turbo inputs of the types package's `generate` task.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { ApiDefinition } from '../registry/api-registry.js';
import type { Workspace } from '../workspace.js';

const CODE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const TOOLS = ['@redocly/openapi-core', 'openapi-typescript', 'typescript'];

let codeDigest: string | undefined;

/** Files of a folder, recursively, sorted (symbolic links are not followed). */
function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  if (statSync(root).isFile()) return [root];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function hashFiles(hash: ReturnType<typeof createHash>, paths: readonly string[]): void {
  for (const path of paths) hash.update(path).update('\0').update(readFileSync(path)).update('\0');
}

function pipelineDigest(): string {
  if (codeDigest === undefined) {
    const hash = createHash('sha256');
    hashFiles(hash, filesUnder(CODE_ROOT));
    for (const tool of TOOLS) hash.update(`${tool}@${packageVersion(tool)}`);
    codeDigest = hash.digest('hex');
  }
  return codeDigest;
}

/** The installed version of a dependency (its package.json is not always exported, so it is found from its entry). */
function packageVersion(name: string): string {
  for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (parsed.name === name) return parsed.version ?? '';
  }
  return '';
}

/** The folders of the redocly plugins the API's config loads. */
function pluginFolders(api: ApiDefinition): string[] {
  if (!existsSync(api.configPath)) return [];
  const config = parse(readFileSync(api.configPath, 'utf8')) as { plugins?: unknown } | null;
  const plugins = Array.isArray(config?.plugins)
    ? config.plugins.filter((plugin): plugin is string => typeof plugin === 'string')
    : [];
  return plugins.map((plugin) => dirname(resolve(dirname(api.configPath), plugin)));
}

export function inputDigest(api: ApiDefinition): string {
  const hash = createHash('sha256').update(pipelineDigest());
  for (const folder of [api.specDir, ...api.allowedRefFolders, ...pluginFolders(api)])
    hashFiles(hash, filesUnder(folder));
  return hash.digest('hex');
}

export function outputDigest(api: ApiDefinition): string {
  const hash = createHash('sha256');
  hashFiles(hash, filesUnder(api.generatedDir));
  hashFiles(hash, filesUnder(join(api.packageDir, 'README.md')));
  return hash.digest('hex');
}

interface Stamp {
  readonly input: string;
  readonly output: string;
}

function stampPath(workspace: Workspace, api: ApiDefinition): string {
  const key = createHash('sha256').update(api.packageDir).digest('hex').slice(0, 16);
  return join(workspace.displayRoot, 'node_modules', '.cache', 'dtk-specs', `${api.name}-${key}.json`);
}

/** Whether the API's output is what its unchanged inputs last produced. */
export function isUpToDate(workspace: Workspace, api: ApiDefinition): boolean {
  const path = stampPath(workspace, api);
  if (!existsSync(path)) return false;
  try {
    const stamp = JSON.parse(readFileSync(path, 'utf8')) as Stamp;
    return stamp.output === outputDigest(api) && stamp.input === inputDigest(api);
  } catch {
    return false;
  }
}

/** Records that the API's current output is what the inputs with digest `input` (taken before the run) produce. */
export function recordStamp(workspace: Workspace, api: ApiDefinition, input: string): void {
  const path = stampPath(workspace, api);
  mkdirSync(dirname(path), { recursive: true });
  const stamp: Stamp = { input, output: outputDigest(api) };
  writeFileSync(path, `${JSON.stringify(stamp)}\n`);
}
