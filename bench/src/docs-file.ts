import { readFile, writeFile } from 'node:fs/promises';
import type { BenchSection } from './section.js';

const startMarker = (id: string) => `<!-- bench:${id}:start -->`;
const endMarker = (id: string) => `<!-- bench:${id}:end -->`;

/**
 * Replaces the text between a section's markers, leaving the hand-written rest of the document
 * alone; a section without markers yet is appended at the end.
 */
export function replaceSection(document: string, section: BenchSection): string {
  const start = startMarker(section.id);
  const end = endMarker(section.id);
  const block = `${start}\n${section.body.trim()}\n${end}`;
  const from = document.indexOf(start);
  const to = document.indexOf(end);
  if (from === -1 && to === -1) return `${document.trimEnd()}\n\n${block}\n`;
  if (from === -1 || to < from) throw new Error(`docs/benchmarks.md has broken markers for "${section.id}"`);
  return document.slice(0, from) + block + document.slice(to + end.length);
}

export async function writeSections(path: URL, sections: readonly BenchSection[]): Promise<void> {
  let document = await readFile(path, 'utf8');
  for (const section of sections) document = replaceSection(document, section);
  await writeFile(path, document);
}
