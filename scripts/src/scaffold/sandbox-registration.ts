// A new API is served by the sandbox (`@dtk/sandbox`) from the day it is scaffolded: its bundled description and
// generated maps are imported in packages/sandbox/src/served-apis.ts (the import pair among the others, the entry at
// the `// new-api: entries` marker) and its types package joins the sandbox's dependencies. Everything else (routes,
// validation, scopes, answers) the sandbox derives from the description. A workspace without the sandbox gets nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Workspace } from '../workspace.js';
import { camelCase } from './templates.js';

/** A file the scaffold changes: its new text, and how the change is reported. */
export interface FileEdit {
  readonly path: string;
  readonly content: string;
  readonly label: string;
}

export const IMPORTS_MARKER = '// new-api: imports';
export const ENTRIES_MARKER = '// new-api: entries';

/** A refusal to register (a served-apis.ts without its markers). */
export class SandboxRegistrationError extends Error {
  override name = 'SandboxRegistrationError';
}

/** The edits that make the sandbox serve `name`; none when there is no sandbox or it serves the API already. */
export function sandboxRegistration(workspace: Workspace, name: string): FileEdit[] {
  const sandboxDir = join(workspace.packagesRoot, 'sandbox');
  const servedApisPath = join(sandboxDir, 'src', 'served-apis.ts');
  const packageJsonPath = join(sandboxDir, 'package.json');
  if (!existsSync(servedApisPath) || !existsSync(packageJsonPath)) return [];
  const edits: FileEdit[] = [];
  const servedApis = withServedApi(readFileSync(servedApisPath, 'utf8'), name, servedApisPath);
  if (servedApis !== undefined) edits.push({ path: servedApisPath, content: servedApis, label: name });
  const packageJson = withDependency(readFileSync(packageJsonPath, 'utf8'), `@dtk/${name}-types`);
  if (packageJson !== undefined)
    edits.push({ path: packageJsonPath, content: packageJson, label: `@dtk/${name}-types` });
  return edits;
}

/** served-apis.ts with the API's imports and entry, or undefined when it has them. */
export function withServedApi(source: string, name: string, displayName: string): string | undefined {
  const typesPackage = `@dtk/${name}-types`;
  if (source.includes(`'${typesPackage}'`) || source.includes(`name: '${name}'`)) return undefined;
  const lines = source.split('\n');
  const importsAt = lines.findIndex((line) => line.trim() === IMPORTS_MARKER);
  const entriesAt = lines.findIndex((line) => line.trim() === ENTRIES_MARKER);
  if (importsAt < 0 || entriesAt < importsAt) {
    throw new SandboxRegistrationError(
      `${displayName} lacks its "${IMPORTS_MARKER}" and "${ENTRIES_MARKER}" lines: add the API to it by hand.`,
    );
  }
  const identifier = camelCase(name);
  const entryIndent = lines[entriesAt]?.match(/^\s*/)?.[0] ?? '  ';
  // Expanded over several lines, the entry keeps its layout under the formatter whatever the name's length.
  const entry = [
    '{',
    `  name: '${name}',`,
    `  description: ${identifier}Description,`,
    `  maps: ${identifier}Maps,`,
    "  host: 'consumer', // the Banno host that serves it: 'consumer', 'admin' or 'entityManagement'",
    '},',
  ].map((line) => entryIndent + line);
  // The package imports above the marker stay sorted by module, as the formatter orders them.
  const packageImports = [
    ...lines.slice(0, importsAt).filter((line) => /^import .* from '@/.test(line)),
    `import * as ${identifier}Maps from '${typesPackage}';`,
    `import ${identifier}Description from '${typesPackage}/openapi.json' with { type: 'json' };`,
  ].sort((a, b) => compareModules(moduleOf(a), moduleOf(b)));
  const firstImport = lines.findIndex((line) => /^import .* from '@/.test(line));
  const before = lines.slice(0, firstImport < 0 || firstImport > importsAt ? importsAt : firstImport);
  const between = lines.slice(before.length, importsAt).filter((line) => !/^import .* from '@/.test(line));
  return [
    ...before,
    ...packageImports,
    ...between,
    ...lines.slice(importsAt, entriesAt),
    ...entry,
    ...lines.slice(entriesAt),
  ].join('\n');
}

const moduleOf = (line: string) => /from '([^']+)'/.exec(line)?.[1] ?? '';
/** Module specifiers in the formatter's order: segment by segment, so `a-types/openapi.json` follows `a-types`. */
const compareModules = (a: string, b: string) => {
  const [left, right] = [a.split('/'), b.split('/')];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) {
    const order = (left[index] ?? '').localeCompare(right[index] ?? '', 'en');
    if (order !== 0) return order;
  }
  return left.length - right.length;
};

/** The sandbox's package.json with the types package as a dependency (kept sorted), or undefined when it has it. */
export function withDependency(source: string, packageName: string): string | undefined {
  const manifest = JSON.parse(source) as { dependencies?: Record<string, string> };
  const dependencies = manifest.dependencies ?? {};
  if (packageName in dependencies) return undefined;
  manifest.dependencies = Object.fromEntries(
    Object.entries({ ...dependencies, [packageName]: 'workspace:^' }).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
