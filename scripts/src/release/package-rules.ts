// What every published package (each non-private packages/*/package.json) must satisfy so that other teams can
// install it: checked on the manifest in the repository and on the tarball `pnpm pack` makes from it.
// docs/maintaining.md lists the rules; package-check.ts applies them to every package, new ones included.
import semver from 'semver';

export interface PackageProblem {
  readonly rule: string;
  readonly message: string;
}

export interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly type?: string;
  readonly sideEffects?: boolean | string[];
  readonly engines?: Record<string, string>;
  readonly repository?: { type?: string; url?: string; directory?: string } | string;
  readonly homepage?: string;
  readonly bugs?: { url?: string } | string;
  readonly exports?: unknown;
  readonly files?: readonly string[];
  readonly dependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly scripts?: Record<string, string>;
}

export interface WorkspaceContext {
  /** Folder of the package relative to the repository root, e.g. `packages/auth`. */
  readonly directory: string;
  /** Names of the workspace's private packages (never a dependency of a published one). */
  readonly privateNames: ReadonlySet<string>;
  /** Whether the package folder holds a LICENSE file. */
  readonly hasLicenseFile: boolean;
}

const RUNTIME_SECTIONS = ['dependencies', 'peerDependencies', 'optionalDependencies'] as const;
/** openapi-fetch must be one copy shared with the application: always a peer, never a dependency. */
const SHARED_PEERS = ['openapi-fetch'];

export function checkManifest(manifest: Manifest, context: WorkspaceContext): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const fail = (rule: string, message: string): void => void problems.push({ rule, message });

  if (manifest.license !== 'MIT') fail('license', `license must be "MIT" (found ${JSON.stringify(manifest.license)}).`);
  if (!context.hasLicenseFile)
    fail('license', 'the package folder needs a LICENSE file (it is shipped in the tarball).');

  const repository = typeof manifest.repository === 'object' ? manifest.repository : undefined;
  if (repository?.type !== 'git' || !repository.url) fail('repository', 'repository needs { type: "git", url }.');
  if (repository?.directory !== context.directory)
    fail('repository', `repository.directory must be "${context.directory}".`);
  if (!manifest.homepage) fail('repository', 'homepage is missing.');
  if (!(typeof manifest.bugs === 'object' ? manifest.bugs.url : manifest.bugs))
    fail('repository', 'bugs (the issue tracker URL) is missing.');

  if (manifest.type !== 'module') fail('esm', 'type must be "module".');
  if (manifest.sideEffects !== false) fail('esm', 'sideEffects must be false.');
  if (!manifest.engines?.['node']) fail('engines', 'engines.node must state the supported Node versions.');
  checkExports(manifest.exports, fail);

  if (!Array.isArray(manifest.files) || manifest.files.length === 0)
    fail('files', 'files must whitelist what is published.');

  for (const section of RUNTIME_SECTIONS) {
    for (const [name, range] of Object.entries(manifest[section] ?? {})) {
      const where = `${section}.${name}`;
      if (context.privateNames.has(name))
        fail('private-dependency', `${where}: ${name} is private and cannot be installed by other teams.`);
      else if (name.startsWith('@dtk/')) {
        if (range !== 'workspace:^')
          fail('internal-range', `${where} must be "workspace:^" (published as a caret range), not "${range}".`);
      } else if (semver.validRange(range) === null)
        fail('third-party-range', `${where}: "${range}" is not a semver range.`);
      else if (semver.valid(range) !== null)
        fail(
          'third-party-range',
          `${where} is pinned to ${range}: publish a tested range (the lowest version is tested in CI).`,
        );
      if (section === 'dependencies' && SHARED_PEERS.includes(name))
        fail(
          'shared-peer',
          `${name} must be a peerDependency (one copy shared with the application), not a dependency.`,
        );
    }
  }
  for (const [name, version] of Object.entries(manifest.devDependencies ?? {})) {
    if (!version.startsWith('workspace:') && semver.valid(version) === null)
      fail('dev-pin', `devDependencies.${name} must be pinned exactly (found "${version}").`);
  }
  return problems;
}

function checkExports(exports: unknown, fail: (rule: string, message: string) => void): void {
  if (typeof exports !== 'object' || exports === null) {
    fail('esm', 'exports must map each entry point.');
    return;
  }
  const entries = exports as Record<string, unknown>;
  if (!('.' in entries)) fail('esm', 'exports needs a "." entry.');
  if (!('./package.json' in entries)) fail('esm', 'exports should expose "./package.json" (tools read it).');
  for (const [entry, target] of Object.entries(entries)) {
    if (typeof target === 'object' && target !== null && Object.keys(target)[0] !== 'types') {
      fail('esm', `exports["${entry}"] must list "types" first.`);
    }
  }
}

/** Paths the manifest points at (exports targets), relative to the package root, e.g. `dist/index.js`. */
export function exportedFiles(exports: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') found.push(value.replace(/^\.\//, ''));
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(exports);
  return found.filter((path) => !path.includes('*'));
}

/** Tests, fixtures, keys and build leftovers: none of these belongs in a tarball. */
const FORBIDDEN_IN_TARBALL: readonly [RegExp, string][] = [
  [/(^|\/)(test|tests|__tests__|fixtures?|__fixtures__)\//, 'a test or fixture folder'],
  [/\.(test|spec)(-d)?\.[cm]?[jt]sx?(\.map)?$|\.test-d\.d\.ts/, 'a test file'],
  [/\.(pem|key|p12|pfx|jwk|crt)$|(^|\/)\.env/, 'a key, certificate or environment file'],
  [/(^|\/)tsconfig[^/]*\.json$|\.tsbuildinfo$|(^|\/)vitest\.config\./, 'build configuration'],
  [/(^|\/)\.size-limit|(^|\/)turbo\.json$|(^|\/)node_modules\//, 'repository tooling'],
];

/** Checks the file list and the manifest of a packed tarball (paths relative to its `package/` folder). */
export function checkTarball(
  files: readonly string[],
  packed: Manifest,
  privateNames: ReadonlySet<string>,
): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const fail = (rule: string, message: string): void => void problems.push({ rule, message });
  const present = new Set(files);
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!present.has(required)) fail('tarball-contents', `the tarball lacks ${required}.`);
  }
  for (const file of files) {
    const reason = FORBIDDEN_IN_TARBALL.find(([pattern]) => pattern.test(file))?.[1];
    if (reason) fail('tarball-contents', `${file} is ${reason}: exclude it with the files whitelist.`);
  }
  for (const target of exportedFiles(packed.exports)) {
    if (!present.has(target))
      fail('tarball-exports', `exports points at ${target}, which the tarball does not contain.`);
  }
  const text = JSON.stringify(packed);
  if (text.includes('workspace:')) fail('packed-manifest', 'the packed package.json still holds a workspace: range.');
  for (const name of privateNames) {
    if (text.includes(`"${name}"`))
      fail('packed-manifest', `the packed package.json names the private package ${name}.`);
  }
  if (packed.devDependencies || packed.scripts)
    fail(
      'packed-manifest',
      'the packed package.json should carry no devDependencies or scripts (.pnpmfile.cjs strips them).',
    );
  return problems;
}

export interface SourceMap {
  readonly sources?: readonly string[];
  readonly sourcesContent?: readonly (string | null)[];
  readonly sourceRoot?: string;
}

/** Each source a shipped map names must be shipped too (or embedded), or debuggers and editors show nothing. */
export function checkSourceMap(mapPath: string, map: SourceMap, present: ReadonlySet<string>): PackageProblem[] {
  const directory = mapPath.split('/').slice(0, -1);
  return (map.sources ?? []).flatMap((source, index) => {
    if (typeof map.sourcesContent?.[index] === 'string') return [];
    const segments = [...directory, ...`${map.sourceRoot ?? ''}${source}`.split('/')];
    const resolved: string[] = [];
    for (const segment of segments) {
      if (segment === '..') resolved.pop();
      else if (segment !== '.' && segment !== '') resolved.push(segment);
    }
    const target = resolved.join('/');
    return present.has(target)
      ? []
      : [{ rule: 'source-maps', message: `${mapPath} names ${source}, which is not in the tarball and not embedded.` }];
  });
}
