// `pnpm check:packages` (the last step of `pnpm test`): every published package in packages/* — found by listing
// the folder, so a new package is held to the rules without being registered anywhere — is checked on its
// manifest, then packed with pnpm (as `changeset publish` packs it) and checked on the tarball: contents, packed
// manifest and source maps. Needs the packages built.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  checkManifest,
  checkSourceMap,
  checkTarball,
  type Manifest,
  type PackageProblem,
  type SourceMap,
} from './package-rules.js';

export interface WorkspacePackage {
  readonly dir: string;
  readonly manifest: Manifest;
}

export function listWorkspacePackages(repoRoot: string): WorkspacePackage[] {
  const packagesDir = join(repoRoot, 'packages');
  return readdirSync(packagesDir)
    .filter((folder) => existsSync(join(packagesDir, folder, 'package.json')))
    .sort()
    .map((folder) => ({
      dir: join(packagesDir, folder),
      manifest: JSON.parse(readFileSync(join(packagesDir, folder, 'package.json'), 'utf8')) as Manifest,
    }));
}

export interface PackedPackage {
  /** Paths inside the tarball's `package/` folder. */
  readonly files: readonly string[];
  readonly manifest: Manifest;
  read(path: string): string;
  remove(): void;
}

/** `pnpm pack` into a temp folder and unpack it there. */
export function packPackage(dir: string): PackedPackage {
  const destination = mkdtempSync(join(tmpdir(), 'dtk-pack-'));
  execFileSync('pnpm', ['pack', '--pack-destination', destination], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  const tarball = readdirSync(destination).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`pnpm pack wrote no tarball for ${dir}`);
  execFileSync('tar', ['-xzf', tarball], { cwd: destination });
  const root = join(destination, 'package');
  const files: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files.push(relative(root, path).split('\\').join('/'));
    }
  };
  walk(root);
  return {
    files: files.sort(),
    manifest: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest,
    read: (path) => readFileSync(join(root, path), 'utf8'),
    remove: () => rmSync(destination, { recursive: true, force: true }),
  };
}

export function checkPackage(
  repoRoot: string,
  pkg: WorkspacePackage,
  privateNames: ReadonlySet<string>,
): PackageProblem[] {
  const directory = relative(repoRoot, pkg.dir).split('\\').join('/');
  const problems = checkManifest(pkg.manifest, {
    directory,
    privateNames,
    hasLicenseFile: existsSync(join(pkg.dir, 'LICENSE')),
  });
  const packed = packPackage(pkg.dir);
  try {
    problems.push(...checkTarball(packed.files, packed.manifest, privateNames));
    const present = new Set(packed.files);
    for (const mapPath of packed.files.filter((file) => file.endsWith('.map'))) {
      problems.push(...checkSourceMap(mapPath, JSON.parse(packed.read(mapPath)) as SourceMap, present));
    }
  } finally {
    packed.remove();
  }
  return problems;
}

/** The workspace's private packages: packages/*, the tooling, examples and benchmarks marked private. */
function privatePackageNames(repoRoot: string, packages: readonly WorkspacePackage[]): Set<string> {
  const others = [
    'scripts',
    'bench',
    ...(existsSync(join(repoRoot, 'examples'))
      ? readdirSync(join(repoRoot, 'examples')).map((name) => `examples/${name}`)
      : []),
  ]
    .map((folder) => join(repoRoot, folder, 'package.json'))
    .filter((path) => existsSync(path))
    .map((path) => JSON.parse(readFileSync(path, 'utf8')) as Manifest);
  return new Set(
    [...packages.map((pkg) => pkg.manifest), ...others]
      .filter((manifest) => manifest.private && manifest.name)
      .map((manifest) => manifest.name as string),
  );
}

export function checkAllPackages(repoRoot: string, log: (line: string) => void): number {
  const packages = listWorkspacePackages(repoRoot);
  const privateNames = privatePackageNames(repoRoot, packages);
  let failures = 0;
  for (const pkg of packages.filter((candidate) => !candidate.manifest.private)) {
    const problems = checkPackage(repoRoot, pkg, privateNames);
    failures += problems.length;
    log(`${pkg.manifest.name}: ${problems.length === 0 ? 'ok' : `${problems.length} problem(s)`}`);
    for (const problem of problems) log(`  ${problem.rule}: ${problem.message}`);
  }
  return failures;
}
