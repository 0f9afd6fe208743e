// `pnpm check:cycles`: fails when the modules of any workspace package's `src/` import each other in a circle. Type-only
// imports count too: a cycle of types still ties two files' concerns together. Module specifiers are read by
// TypeScript's own pre-processor (imports, re-exports, `import()`, `import type`), so nothing is missed or invented
// by a pattern; only relative specifiers are followed (packages import each other through their built entries, and
// the layering check keeps those one-way).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE_FILE = /\.(?:m|c)?tsx?$/;

/** Every TypeScript file under `dir`, generated code included. */
function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...sourceFiles(path));
    else if (SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

/** The file a relative specifier names: `./x.js` → `x.ts`, `./dir` → `dir/index.ts`; `undefined` when none exists. */
function resolveRelative(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  const stem = base.replace(/\.(?:m|c)?jsx?$/, '');
  const candidates = [
    base,
    ...['.ts', '.tsx', '.mts', '.cts'].map((extension) => stem + extension),
    ...['index.ts', 'index.tsx'].map((index) => join(base, index)),
  ];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** The graph of relative imports among `files`: file → the files it imports. */
export function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map(({ fileName }) => fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => resolveRelative(file, specifier))
      .filter((target): target is string => target !== undefined);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/**
 * Every cycle of the graph, one per strongly connected component of more than one file (or a file importing
 * itself), each given as a path that starts and ends with the same file. Tarjan's algorithm, iterative, so a deep
 * import chain cannot overflow the stack.
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  for (const root of graph.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; next: number }[] = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const target = edges[frame.next++] as string;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, index.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      const selfImport = component.length === 1 && (graph.get(frame.node) ?? []).includes(frame.node);
      if (component.length > 1 || selfImport) components.push(component);
    }
  }
  return components.map((component) => cyclePath(graph, new Set(component)));
}

/** One concrete circle through a strongly connected component, found by a breadth-first search inside it. */
function cyclePath(graph: ReadonlyMap<string, readonly string[]>, members: ReadonlySet<string>): string[] {
  const start = [...members].sort()[0] as string;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift() as string;
    for (const target of graph.get(node) ?? []) {
      if (!members.has(target)) continue;
      if (target === start) {
        const path = [start];
        for (let step: string | undefined = node; step !== undefined && step !== start; step = previous.get(step))
          path.splice(1, 0, step);
        return [...path, start];
      }
      if (!previous.has(target)) {
        previous.set(target, node);
        queue.push(target);
      }
    }
  }
  return [start, start];
}

/** The `src/` directories of the workspace's packages (pnpm-workspace.yaml: packages/*, examples/*, scripts, bench). */
export function workspaceSourceDirs(root: string): string[] {
  const packageDirs = ['packages', 'examples'].flatMap((parent) =>
    existsSync(join(root, parent))
      ? readdirSync(join(root, parent), { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => join(root, parent, entry.name))
      : [],
  );
  return [...packageDirs, join(root, 'scripts'), join(root, 'bench')]
    .map((dir) => join(dir, 'src'))
    .filter((dir) => existsSync(dir) && statSync(dir).isDirectory());
}

/** The cycles in each source directory, as paths relative to `root`. */
export function importCycles(root: string, sourceDirs: readonly string[] = workspaceSourceDirs(root)): string[][] {
  return sourceDirs
    .flatMap((dir) => findCycles(importGraph(sourceFiles(dir))))
    .map((cycle) => cycle.map((file) => relative(root, file)));
}

/** `dtk-specs check:cycles`: prints the cycles of every workspace source directory; 1 when there is one. */
export function runCycleCheck(root: string): number {
  const dirs = workspaceSourceDirs(root);
  const cycles = importCycles(root, dirs);
  if (cycles.length > 0) {
    console.error(`Import cycles (${cycles.length}); split the shared part into a module both import:`);
    for (const cycle of cycles) console.error(`  ${cycle.join(' → ')}`);
    return 1;
  }
  console.log(`No import cycle in ${dirs.length} source directories.`);
  return 0;
}
