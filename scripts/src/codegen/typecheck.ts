// Type-check step: the generated TypeScript is compiled in memory before anything is written, with the options the
// types packages build with. An error is traced back from the generated line to the schema it was generated from
// (a JSON pointer into the bundled document) and from there to the spec file and line, so a vendor description
// that openapi-typescript cannot express fails `generate`, not a later `pnpm build`.
import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import { isRecord, listOperations } from '../load/openapi-walk.js';
import type { PointerSegment } from '../load/source-file.js';

// TypeScript is a 9 MB CommonJS file: `require` loads it several times faster than an ESM `import`, which first scans
// the whole source for its export names (openapi-typescript is loaded the same way, see typegen.ts).
const ts: typeof TS = createRequire(import.meta.url)('typescript');

export interface GeneratedTypeError {
  /** `TS2344` etc. */
  readonly code: string;
  readonly message: string;
  /** The generated file and line, e.g. `schema.ts:120`. */
  readonly generatedAt: string;
  /** Where in the bundled document the type comes from (as far as it can be traced). */
  readonly pointer: PointerSegment[];
}

const COMPILER_OPTIONS: TS.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  // the generated modules import nothing: bundler resolution spares the package.json lookups of NodeNext
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  noEmit: true,
};

const VIRTUAL_DIR = '/__dtk_generated__/';
/** TypeScript's own lib files, parsed once per process and shared by every API's check. */
const libFiles = new Map<string, TS.SourceFile | undefined>();

/** Compiles the generated `.ts` files (name → source) together; returns their errors, traced to the document. */
export function typecheckGenerated(files: ReadonlyMap<string, string>, document: unknown): GeneratedTypeError[] {
  const sources = new Map(
    [...files].filter(([name]) => name.endsWith('.ts')).map(([name, text]) => [VIRTUAL_DIR + name, text]),
  );
  const host = ts.createCompilerHost(COMPILER_OPTIONS, true);
  const original = { getSourceFile: host.getSourceFile, fileExists: host.fileExists, readFile: host.readFile };
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const text = sources.get(fileName);
    if (text !== undefined) return ts.createSourceFile(fileName, text, languageVersion, true);
    if (!libFiles.has(fileName))
      libFiles.set(fileName, original.getSourceFile(fileName, languageVersion, onError, shouldCreate));
    return libFiles.get(fileName);
  };
  host.fileExists = (fileName) => sources.has(fileName) || original.fileExists(fileName);
  host.readFile = (fileName) => sources.get(fileName) ?? original.readFile(fileName);
  host.writeFile = () => undefined;
  const program = ts.createProgram({ rootNames: [...sources.keys()], options: COMPILER_OPTIONS, host });
  const diagnostics = [...program.getSyntacticDiagnostics(), ...program.getSemanticDiagnostics()];
  const operationPointers = operationIdPointers(document);
  return diagnostics.map((diagnostic) => {
    const file = diagnostic.file;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
    if (!file || diagnostic.start === undefined)
      return { code: `TS${diagnostic.code}`, message, generatedAt: '(program)', pointer: [] };
    const { line } = file.getLineAndCharacterOfPosition(diagnostic.start);
    const name = file.fileName.slice(VIRTUAL_DIR.length);
    return {
      code: `TS${diagnostic.code}`,
      message,
      generatedAt: `${name}:${line + 1}`,
      pointer: pointerAt(file, diagnostic.start, operationPointers),
    };
  });
}

/** operationId → its pointer (`paths`, path, method), for errors inside the generated `operations` interface. */
function operationIdPointers(document: unknown): Map<string, PointerSegment[]> {
  const pointers = new Map<string, PointerSegment[]>();
  for (const { path, method, operation } of listOperations(document)) {
    if (typeof operation.operationId === 'string') pointers.set(operation.operationId, ['paths', path, method]);
  }
  return pointers;
}

/**
 * The document pointer of the generated declaration that contains `position`: the chain of property names from the
 * top-level interface down (`components` → `schemas` → `Pet` → a property → …), translated into OpenAPI's layout.
 */
function pointerAt(
  file: TS.SourceFile,
  position: number,
  operations: ReadonlyMap<string, PointerSegment[]>,
): PointerSegment[] {
  const names: string[] = [];
  let node: TS.Node | undefined = innermostNode(file, position);
  while (node) {
    if (
      (ts.isPropertySignature(node) || ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) &&
      node.name
    ) {
      names.unshift(propertyName(node.name));
    }
    node = node.parent;
  }
  const [root, ...rest] = names;
  if (root === 'components' && rest.length >= 2) {
    const [section = '', name = '', ...inner] = rest;
    return [
      'components',
      section,
      name,
      ...(section === 'schemas' ? inner.flatMap((property) => ['properties', property]) : []),
    ];
  }
  if (root === 'paths' && rest.length >= 1) return ['paths', ...rest.slice(0, 2)];
  if (root === 'webhooks' && rest.length >= 1) return ['webhooks', ...rest.slice(0, 2)];
  if (root === 'operations' && rest[0] !== undefined) return operations.get(rest[0]) ?? [];
  return [];
}

function innermostNode(file: TS.SourceFile, position: number): TS.Node | undefined {
  let found: TS.Node | undefined;
  const visit = (node: TS.Node): void => {
    if (position >= node.getStart(file) && position < node.getEnd()) {
      found = node;
      ts.forEachChild(node, visit);
    }
  };
  ts.forEachChild(file, visit);
  return found;
}

function propertyName(name: TS.PropertyName | TS.Identifier): string {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return name.getText();
}

/** The longest prefix of `pointer` that exists in the document (a generated property may be synthetic). */
export function existingPrefix(document: unknown, pointer: readonly PointerSegment[]): PointerSegment[] {
  const result: PointerSegment[] = [];
  let node: unknown = document;
  for (const segment of pointer) {
    const next = isRecord(node) ? node[String(segment)] : Array.isArray(node) ? node[Number(segment)] : undefined;
    if (next === undefined) break;
    result.push(segment);
    node = next;
  }
  return result;
}
