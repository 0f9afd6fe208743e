// What one API's generated folder holds, rendered in memory (file name → content), plus the block of the types
// package's README that says which revision of the description the package was generated from.
import { createHash } from 'node:crypto';
import type { ApiDefinition } from '../registry/api-registry.js';
import type { DescriptionInfo, OperationInfo, SecuritySchemeInfo } from './operations.js';
import { commentText, renderOperationsModule } from './operations-module.js';

export type GeneratedFiles = ReadonlyMap<string, string>;

export function generatedNotice(sources: readonly string[], apiName: string): string[] {
  return [
    'GENERATED FILE - DO NOT EDIT.',
    `Generated from ${sources.join(', ')}`,
    `by \`pnpm generate\` (this API only: \`pnpm generate ${apiName}\`).`,
  ];
}

export function tsHeader(sources: readonly string[], apiName: string): string {
  const lines = generatedNotice(sources, apiName).map(commentText);
  return ['/**', ...lines.map((line) => ` * ${line}`), ' */', ''].join('\n');
}

/** The published openapi.json: the notice as its first (extension) key, since JSON has no comments. */
export function renderOpenApiJson(
  api: ApiDefinition,
  sources: readonly string[],
  bundled: Record<string, unknown>,
): { text: string; sha256: string } {
  const text = `${JSON.stringify({ 'x-generated': generatedNotice(sources, api.name).join(' '), ...bundled }, null, 2)}\n`;
  return { text, sha256: createHash('sha256').update(text).digest('hex') };
}

export interface GeneratedFilesInput {
  readonly api: ApiDefinition;
  readonly sources: readonly string[];
  readonly openapiJson: string;
  readonly sha256: string;
  readonly schemaTypes: string;
  readonly operations: readonly OperationInfo[];
  readonly schemes: Readonly<Record<string, SecuritySchemeInfo>>;
  readonly description: DescriptionInfo;
}

export function renderGeneratedFiles(input: GeneratedFilesInput): GeneratedFiles {
  const header = tsHeader(input.sources, input.api.name);
  return new Map([
    ['schema.ts', `${header}\n${input.schemaTypes}`],
    [
      'operations.ts',
      renderOperationsModule({
        header,
        operations: input.operations,
        schemes: input.schemes,
        description: input.description,
        sha256: input.sha256,
      }),
    ],
    ['openapi.json', input.openapiJson],
  ]);
}

export const README_BLOCK_START = '<!-- dtk:description:start -->';
export const README_BLOCK_END = '<!-- dtk:description:end -->';

/** Markdown-safe inline text: no HTML, no emphasis or link syntax taken from a description's title. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>&|#]/g, (character) =>
    character === '<' ? '&lt;' : character === '>' ? '&gt;' : character === '&' ? '&amp;' : `\\${character}`,
  );
}

/**
 * The README with its description block rewritten (`undefined` when the README has no block markers: a package
 * whose README does not opt in is left alone).
 */
export function readmeWithDescriptionBlock(
  readme: string,
  description: DescriptionInfo,
  sha256: string,
): string | undefined {
  const start = readme.indexOf(README_BLOCK_START);
  const end = readme.indexOf(README_BLOCK_END);
  if (start === -1 || end < start) return undefined;
  const block = [
    README_BLOCK_START,
    `Generated from **${markdownText(description.title)}** version \`${description.version.replace(/`/g, "'")}\` (OpenAPI ${markdownText(description.openapi)}); ` +
      `\`openapi.json\` sha256 \`${sha256}\`. The same is exported as \`apiDescription\`.`,
  ].join('\n');
  return `${readme.slice(0, start)}${block}\n${readme.slice(end)}`;
}
