// The scaffold templates (scripts/templates/): real files, type-checked as they are, in which a placeholder API stands
// for the new one. Rendering replaces:
// - `template-api`, `TemplateApi`, `templateApi`, `TEMPLATE_API` with the API's name in kebab, Pascal, camel and upper
//   snake case (the name is validated kebab-case, so these are always plain identifiers and package names);
// - `{{title}}` (and the other `{{…}}` values) with text escaped for where it stands: inside a comment in TypeScript
//   (and nowhere else: a template that puts one elsewhere fails to render), inside a string in JSON and YAML, as
//   inline text in Markdown. Nothing taken from a title can end a comment or a string and become code.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';
import { markdownText } from '../codegen/generated-files.js';
import { commentText } from '../codegen/operations-module.js';

export const TEMPLATES_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'templates');

export interface TemplateValues {
  /** kebab-case API name. */
  readonly name: string;
  readonly title: string;
  /** Further `{{key}}` values (e.g. the redocly plugin path and the lint policy of the API's config). */
  readonly extra?: Readonly<Record<string, string>>;
}

export function pascalCase(name: string): string {
  return name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

/** Every file of a template folder (e.g. `client-package`), rendered: relative path → content, in listing order. */
export function renderTemplateFolder(folder: string, values: TemplateValues): Map<string, string> {
  const root = join(TEMPLATES_ROOT, folder);
  const files = new Map<string, string>();
  const entries = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
  for (const path of entries) files.set(path, renderTemplate(path, readFileSync(join(root, path), 'utf8'), values));
  return files;
}

type Escape = (value: string) => string;

const ESCAPES: Record<string, Escape> = {
  '.ts': commentText,
  '.json': (value) => JSON.stringify(value).slice(1, -1),
  // a YAML double-quoted scalar takes JSON's escapes
  '.yaml': (value) => JSON.stringify(value).slice(1, -1),
  '.md': markdownText,
};

export function renderTemplate(path: string, text: string, values: TemplateValues): string {
  const extension = extname(path);
  const escapeText = ESCAPES[extension];
  if (!escapeText) throw new Error(`Template ${path}: no escaping rule for ${extension} files.`);
  if (extension === '.ts') assertPlaceholdersInComments(path, text);
  const named: Record<string, string> = { title: values.title, ...values.extra };
  const rendered = text
    .replace(/\{\{([a-z-]+)\}\}/g, (placeholder, key: string) => {
      const value = named[key];
      if (value === undefined) throw new Error(`Template ${path}: no value for ${placeholder}.`);
      return escapeText(value);
    })
    .replaceAll('TEMPLATE_API', values.name.toUpperCase().replaceAll('-', '_'))
    .replaceAll('TemplateApi', pascalCase(values.name))
    .replaceAll('templateApi', camelCase(values.name))
    .replaceAll('template-api', values.name);
  // the result must still be what it was: valid JSON / YAML
  if (extension === '.json') JSON.parse(rendered);
  if (extension === '.yaml') parseYaml(rendered);
  return rendered;
}

/** Throws when a `{{…}}` of a TypeScript template stands outside a comment. */
function assertPlaceholdersInComments(path: string, text: string): void {
  const comments: [number, number][] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia || token === ts.SyntaxKind.MultiLineCommentTrivia) {
      comments.push([scanner.getTokenStart(), scanner.getTokenEnd()]);
    }
  }
  for (const match of text.matchAll(/\{\{[a-z-]+\}\}/g)) {
    const at = match.index;
    if (!comments.some(([start, end]) => at >= start && at < end)) {
      throw new Error(`Template ${path}: ${match[0]} outside a comment (only comments may carry free text).`);
    }
  }
}
