// Temp workspaces for the pipeline's tests (specs/, packages/ and a root redocly.yaml of their own, with the real
// plugin), hashes of generated folders, and positions in fixture files.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const pluginPath = join(repoRoot, 'scripts', 'redocly-plugin', 'index.js');

export interface FixtureWorkspace {
  readonly root: string;
  readonly specsRoot: string;
  readonly packagesRoot: string;
  readonly configPath: string;
  readonly sampleSpecDir: string;
  readonly sampleGeneratedDir: string;
  /** Adds an API folder whose config has the given policy (and more YAML under `x-dtk`/`rules`, as text). */
  addApi(name: string, options?: ApiFixtureOptions): string;
  remove(): void;
}

export interface ApiFixtureOptions {
  readonly policy?: 'dtk/house' | 'recommended';
  /** Description files to copy in: fixture path (relative to fixtures/) → name in the API folder. */
  readonly files?: Record<string, string>;
  /** Extra top-level YAML of the API's redocly.yaml (e.g. `rules:` overrides, `decorators:`). */
  readonly config?: string;
  /** YAML lines under `x-dtk:` (indented by the caller with two spaces). */
  readonly xDtk?: string;
}

export function apiConfigText(title: string, options: ApiFixtureOptions = {}): string {
  return [
    'plugins:',
    `  - ${JSON.stringify(pluginPath)}`,
    'extends:',
    `  - ${options.policy ?? 'dtk/house'}`,
    options.config ?? '',
    'x-dtk:',
    `  title: ${JSON.stringify(title)}`,
    options.xDtk ?? '',
    '',
  ].join('\n');
}

/**
 * A temp folder with specs/sample-api (the valid multi-file fixture, house rules), packages/sample-api-types and a
 * root redocly.yaml without APIs.
 */
export function createFixtureWorkspace(): FixtureWorkspace {
  const root = mkdtempSync(join(tmpdir(), 'dtk-specs-'));
  const specsRoot = join(root, 'specs');
  const packagesRoot = join(root, 'packages');
  const configPath = join(root, 'redocly.yaml');
  // scaffolded packages extend the repository's base tsconfig, as they do in the repository
  cpSync(join(repoRoot, 'tsconfig.base.json'), join(root, 'tsconfig.base.json'));
  writeFileSync(
    configPath,
    '# root index of the fixture workspace\ntelemetry: off\n\napis:\n  sample-api:\n    root: packages/sample-api-types/src/generated/openapi.json\n    extends:\n      - ./specs/sample-api/redocly.yaml\n',
  );
  const addApi = (name: string, options: ApiFixtureOptions = {}): string => {
    const dir = join(specsRoot, name);
    mkdirSync(dir, { recursive: true });
    for (const [from, to] of Object.entries(options.files ?? {})) cpSync(join(fixturesDir, from), join(dir, to));
    writeFileSync(join(dir, 'redocly.yaml'), apiConfigText(name === 'sample-api' ? 'Sample API' : name, options));
    const packageDir = join(packagesRoot, `${name}-types`);
    mkdirSync(packageDir, { recursive: true });
    if (!existsSync(join(packageDir, 'package.json')))
      writeFileSync(join(packageDir, 'package.json'), `{ "name": "@dtk/${name}-types" }\n`);
    return dir;
  };
  cpSync(join(fixturesDir, 'specs'), specsRoot, { recursive: true });
  addApi('sample-api');
  return {
    root,
    specsRoot,
    packagesRoot,
    configPath,
    sampleSpecDir: join(specsRoot, 'sample-api'),
    sampleGeneratedDir: join(packagesRoot, 'sample-api-types', 'src', 'generated'),
    addApi,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** sha256 over every file name and content of a folder (sorted), to prove a folder was not touched. */
export function hashFolder(dir: string): string {
  const hash = createHash('sha256');
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()) {
    hash.update(entry.slice(dir.length)).update('\0').update(readFileSync(entry)).update('\0');
  }
  return hash.digest('hex');
}

/** 1-based number of the first line of `file` that contains `text`. */
export function lineOf(file: string, text: string): number {
  const index = readFileSync(file, 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${text} not in ${file}`);
  return index + 1;
}

/** Every file under `dir` (relative, sorted) with its content. */
export function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files[path.slice(dir.length + 1)] = readFileSync(path, 'utf8');
  }
  return files;
}
