// Documentation code that cannot drift: every ```ts block of the READMEs (the root one and each package's) and of
// docs/**/*.md is type-checked against the workspace packages as a user would import them, each block a module of
// its own. A block may opt out only with a marker on the line before it that gives the reason:
//   <!-- code-block: not compiled, <reason> -->
// and a block that shows a file of the repository (a test, an example) says so and must match that file exactly:
//   <!-- code-block: same as <path relative to the Markdown file> -->
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/** One fenced TypeScript block of a Markdown file. */
export interface CodeBlock {
  /** Markdown file, as given. */
  readonly file: string;
  /** 1-based line of the block's first line of code. */
  readonly line: number;
  readonly code: string;
  /** Columns of indentation removed from each line (a block inside a list item). */
  readonly indent: number;
  /** The reason it is not compiled, when it opts out. */
  readonly skipReason?: string;
  /** The file it must equal, resolved, when it shows one. */
  readonly sameAs?: string;
}

/** Something wrong with a block, at a line of its Markdown file. */
export interface CodeBlockProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

const LANGUAGES = new Set(['ts', 'typescript', 'mts']);
const MARKER = /^<!--\s*code-block:\s*(.*?)\s*-->$/;
const MIN_REASON_LENGTH = 10;

/** The TypeScript blocks of one Markdown text, and the problems of their markers. */
export function extractCodeBlocks(
  markdown: string,
  file: string,
): { blocks: CodeBlock[]; problems: CodeBlockProblem[] } {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  const problems: CodeBlockProblem[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)[^`]*$/.exec(lines[index] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', language = ''] = open;
    const start = index + 1;
    let end = start;
    while (end < lines.length && !isClosingFence(lines[end] ?? '', fence)) end += 1;
    index = end;
    if (!LANGUAGES.has(language.toLowerCase())) continue;
    const code = lines
      .slice(start, end)
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line.trimStart()))
      .join('\n');
    const marker = markerBefore(lines, start - 1);
    const block: CodeBlock = { file, line: start + 1, code, indent: indent.length };
    if (marker === undefined) {
      blocks.push(block);
    } else if (marker.startsWith('not compiled')) {
      const reason = marker.replace(/^not compiled[\s,:;—–-]*/, '');
      if (reason.length < MIN_REASON_LENGTH) {
        problems.push({
          file,
          line: start,
          message: 'a block that is not compiled must say why: "not compiled, <reason>"',
        });
      }
      blocks.push({ ...block, skipReason: reason });
    } else if (marker.startsWith('same as ')) {
      blocks.push({ ...block, sameAs: resolve(dirname(file), marker.slice('same as '.length).trim()) });
    } else {
      problems.push({ file, line: start, message: `unknown code-block marker "${marker}"` });
      blocks.push(block);
    }
  }
  return { blocks, problems };
}

function isClosingFence(line: string, fence: string): boolean {
  const trimmed = line.trim();
  return trimmed.startsWith(fence) && /^(`+|~+)$/.test(trimmed) && trimmed[0] === fence[0];
}

/** The marker on the nearest non-blank line above the fence at `fenceIndex`, if that line is one. */
function markerBefore(lines: readonly string[], fenceIndex: number): string | undefined {
  let index = fenceIndex - 1;
  while (index >= 0 && (lines[index] ?? '').trim() === '') index -= 1;
  return MARKER.exec((lines[index] ?? '').trim())?.[1];
}

/** The Markdown files whose blocks are checked: the root README, every package's README, and docs/**. */
export function documentationFiles(root: string): string[] {
  const files = [join(root, 'README.md')];
  for (const entry of readdirSync(join(root, 'packages'), { withFileTypes: true })) {
    const readme = join(root, 'packages', entry.name, 'README.md');
    if (entry.isDirectory() && existsSync(readme)) files.push(readme);
  }
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'reference' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) files.push(path);
    }
  };
  if (existsSync(join(root, 'docs'))) walk(join(root, 'docs'));
  return files.sort();
}

export interface CheckOptions {
  /**
   * The folder the blocks are compiled from, as if each were a file there: its `node_modules` must hold the
   * packages the blocks import, and its package.json says the blocks are ES modules.
   */
  readonly resolveFrom: string;
  /** tsconfig whose compiler options apply (default: the one in `resolveFrom`). */
  readonly tsconfig?: string;
}

/**
 * Type-checks every block of `files` (each one a module of its own), compares the blocks that show a file with that
 * file, and returns every problem at its Markdown line.
 */
export function checkCodeBlocks(files: readonly string[], options: CheckOptions): CodeBlockProblem[] {
  const problems: CodeBlockProblem[] = [];
  const virtual = new Map<string, CodeBlock>();
  for (const file of files) {
    const extracted = extractCodeBlocks(readFileSync(file, 'utf8'), file);
    problems.push(...extracted.problems);
    for (const block of extracted.blocks) {
      if (block.sameAs !== undefined) {
        problems.push(...sameAsProblems(block));
        continue;
      }
      if (block.skipReason !== undefined) continue;
      virtual.set(virtualPath(file, block, options.resolveFrom), block);
    }
  }
  if (virtual.size > 0) problems.push(...compile(virtual, options));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * Where a block is compiled from: beside its Markdown file when that is inside `resolveFrom` (so its relative imports
 * resolve as the reader expects), else in `resolveFrom/.code-blocks/`.
 */
function virtualPath(file: string, block: CodeBlock, resolveFrom: string): string {
  const path = relative(resolveFrom, file);
  const name = `${path
    .split(sep)
    .join('_')
    .replace(/[^\w.-]/g, '_')}.L${block.line}.ts`;
  return path.startsWith('..') ? join(resolveFrom, '.code-blocks', name) : join(dirname(file), `.${name}`);
}

function sameAsProblems(block: CodeBlock): CodeBlockProblem[] {
  const path = block.sameAs as string;
  if (!existsSync(path))
    return [{ file: block.file, line: block.line, message: `shows ${path}, which does not exist` }];
  const expected = readFileSync(path, 'utf8').replace(/\n$/, '');
  if (expected === block.code.replace(/\n$/, '')) return [];
  const blockLines = block.code.split('\n');
  const fileLines = expected.split('\n');
  const at = fileLines.findIndex((line, index) => line !== blockLines[index]);
  const offset = at === -1 ? fileLines.length : at;
  return [
    {
      file: block.file,
      line: block.line + offset,
      message: `differs from ${path} at its line ${offset + 1}: copy the file into the block again`,
    },
  ];
}

function compilerOptions(options: CheckOptions): ts.CompilerOptions {
  const configPath = options.tsconfig ?? join(options.resolveFrom, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  return { ...parsed.options, noEmit: true, moduleDetection: ts.ModuleDetectionKind.Force, incremental: false };
}

function compile(virtual: ReadonlyMap<string, CodeBlock>, options: CheckOptions): CodeBlockProblem[] {
  const compilerOpts = compilerOptions(options);
  const host = ts.createCompilerHost(compilerOpts, true);
  const { fileExists, readFile, getSourceFile } = host;
  host.fileExists = (path) => virtual.has(path) || fileExists.call(host, path);
  host.readFile = (path) => virtual.get(path)?.code ?? readFile.call(host, path);
  host.getSourceFile = (path, languageVersion, onError, shouldCreate) => {
    const block = virtual.get(path);
    if (block) return ts.createSourceFile(path, block.code, languageVersion, true);
    return getSourceFile.call(host, path, languageVersion, onError, shouldCreate);
  };
  const program = ts.createProgram({ rootNames: [...virtual.keys()], options: compilerOpts, host });
  const problems: CodeBlockProblem[] = [];
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const block = diagnostic.file ? virtual.get(diagnostic.file.fileName) : undefined;
    if (!diagnostic.file || !block) {
      const where = diagnostic.file ? ` (in ${diagnostic.file.fileName})` : '';
      problems.push({ file: options.resolveFrom, line: 0, message: `TS${diagnostic.code}${where}: ${message}` });
      continue;
    }
    const position = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0);
    problems.push({
      file: block.file,
      line: block.line + position.line,
      message: `TS${diagnostic.code} (column ${block.indent + position.character + 1}): ${message}`,
    });
  }
  return problems;
}

/** `file:line message`, with the file relative to `root`. */
export function formatCodeBlockProblem(problem: CodeBlockProblem, root: string): string {
  return `${relative(root, problem.file)}:${problem.line} ${problem.message}`;
}
