// `pnpm test:lowest`: the published packages' tests against the lowest version each of their third-party ranges
// allows. A copy of the workspace (the files git knows, committed or not) gets pnpm overrides pinning every such
// dependency and peer to its range's minimum, installs them from the registry, builds and runs the packages' tests.
// The repository itself is not touched.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import semver from 'semver';
import { parse, stringify } from 'yaml';
import { listWorkspacePackages } from './package-check.js';

export interface LowestPin {
  readonly name: string;
  readonly version: string;
  /** Each package's range that asked for it. */
  readonly ranges: readonly string[];
}

/** For each third-party dependency or peer of a published package: the lowest version every range allows. */
export function lowestPins(repoRoot: string): LowestPin[] {
  const ranges = new Map<string, string[]>();
  for (const { manifest } of listWorkspacePackages(repoRoot)) {
    if (manifest.private) continue;
    for (const section of [manifest.dependencies, manifest.peerDependencies, manifest.optionalDependencies]) {
      for (const [name, range] of Object.entries(section ?? {})) {
        if (!name.startsWith('@dtk/')) ranges.set(name, [...(ranges.get(name) ?? []), range]);
      }
    }
  }
  return [...ranges]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, wanted]) => {
      // the highest of the minimums is the lowest version that every package accepts
      const minimums = wanted.map((range) => semver.minVersion(range)?.version ?? range);
      const version = minimums.sort(semver.compare).at(-1) ?? '';
      const rejecting = wanted.filter((range) => !semver.satisfies(version, range));
      if (rejecting.length > 0) throw new Error(`${name}: no version satisfies every range (${wanted.join(', ')})`);
      return { name, version, ranges: [...new Set(wanted)] };
    });
}

interface ListedProject {
  readonly dependencies?: Record<string, { version: string }>;
  readonly devDependencies?: Record<string, { version: string }>;
  readonly optionalDependencies?: Record<string, { version: string }>;
}

function copyWorkspace(repoRoot: string, target: string): void {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repoRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(target, file)), { recursive: true });
    try {
      cpSync(join(repoRoot, file), join(target, file));
    } catch {
      // a file deleted in the work tree but still in the index
    }
  }
}

function step(cwd: string, command: string, args: readonly string[], log: (line: string) => void): void {
  log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

export function runLowestVersionTests(repoRoot: string, log: (line: string) => void): void {
  const pins = lowestPins(repoRoot);
  for (const pin of pins) log(`${pin.name}@${pin.version}   (${pin.ranges.join(', ')})`);
  const root = mkdtempSync(join(tmpdir(), 'dtk-lowest-'));
  try {
    copyWorkspace(repoRoot, root);
    const workspaceFile = join(root, 'pnpm-workspace.yaml');
    const workspaceConfig = parse(readFileSync(workspaceFile, 'utf8')) as { overrides?: Record<string, string> };
    workspaceConfig.overrides = {
      ...workspaceConfig.overrides,
      ...Object.fromEntries(pins.map((pin) => [pin.name, pin.version])),
    };
    writeFileSync(workspaceFile, stringify(workspaceConfig));
    step(root, 'pnpm', ['install', '--no-frozen-lockfile', '--prefer-offline', '--reporter=append-only'], log);
    for (const pin of pins) {
      const projects = JSON.parse(
        execFileSync('pnpm', ['ls', '-r', '--depth', '0', '--json', pin.name], { cwd: root, encoding: 'utf8' }),
      ) as ListedProject[];
      const versions = new Set(
        projects.flatMap((project) =>
          [project.dependencies, project.devDependencies, project.optionalDependencies].flatMap(
            (section) => section?.[pin.name]?.version ?? [],
          ),
        ),
      );
      log(`installed ${pin.name}: ${[...versions].join(', ') || 'none'}`);
      if ([...versions].some((version) => version !== pin.version))
        throw new Error(`${pin.name} resolved to ${[...versions].join(', ')}, not ${pin.version}`);
    }
    step(
      root,
      'pnpm',
      ['turbo', 'run', 'test', '--filter=./packages/*', '--concurrency=2', '--output-logs=errors-only'],
      log,
    );
    log(`every package passed its tests with ${pins.map((pin) => `${pin.name}@${pin.version}`).join(', ')}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
