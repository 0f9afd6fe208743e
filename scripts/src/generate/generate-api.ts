// One API through the whole pipeline (see generate.ts); loads redocly, openapi-typescript and TypeScript.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type GeneratedFiles,
  readmeWithDescriptionBlock,
  renderGeneratedFiles,
  renderOpenApiJson,
} from '../codegen/generated-files.js';
import { collectOperations, collectSecuritySchemes, describeDocument } from '../codegen/operations.js';
import { existingPrefix, typecheckGenerated } from '../codegen/typecheck.js';
import { generateSchemaTypes, prepareForTypegen } from '../codegen/typegen.js';
import { lintApi, type StepRunner } from '../lint/lint-api.js';
import { toPointer } from '../load/source-file.js';
import type { ApiDefinition } from '../registry/api-registry.js';
import { hasErrors, type Problem, SpecProblemsError, sortProblems } from '../report/problems.js';
import { type Output, timed } from '../report/progress.js';
import { displayPath, type Workspace } from '../workspace.js';
import { inputDigest, recordStamp } from './input-stamp.js';
import { findStaleFiles, replaceFile, writeGeneratedFolder } from './output-folder.js';

export interface ApiGenerateResult {
  readonly api: string;
  /** Lint warnings, or the problems that stopped this API. */
  readonly problems: readonly Problem[];
  /** A failure that is not about the specs (missing package, I/O), if any. */
  readonly error?: string;
  /** `--check`: generated files that differ from what the specs produce. */
  readonly staleFiles: readonly string[];
  /** Whether the generated folder was replaced (false when unchanged or in check mode). */
  readonly written: boolean;
  /** Whether the API was skipped because nothing it depends on changed. */
  readonly skipped?: boolean;
}

export async function generateApi(
  workspace: Workspace,
  api: ApiDefinition,
  check: boolean,
  output: Output,
): Promise<ApiGenerateResult> {
  const base = { api: api.name, problems: [] as readonly Problem[], staleFiles: [] as string[], written: false };
  let warnings: readonly Problem[] = [];
  try {
    if (!existsSync(join(api.packageDir, 'package.json'))) {
      throw new Error(
        `${displayPath(workspace, api.packageDir)} does not exist: scaffold it with \`pnpm new-api ${api.name}\`.`,
      );
    }
    const input = inputDigest(api);
    const step: StepRunner = (name, run) => timed(output, api.name, name, run);

    const linted = await lintApi(workspace, api, step);
    if (hasErrors(linted.problems) || !linted.document || !linted.joined)
      throw new SpecProblemsError('lint', linted.problems);
    warnings = linted.problems;
    const { joined } = linted;
    const bundled = linted.document.parsed as Record<string, unknown>;
    const sources = linted.files.map((file) => file.display);

    const maps = await step('maps', () => ({
      operations: collectOperations(bundled),
      schemes: collectSecuritySchemes(bundled),
      description: describeDocument(bundled),
      // serialized before typegen adjusts the document in place
      published: renderOpenApiJson(api, sources, bundled),
    }));

    const schemaTypes = await step('typegen', () => {
      prepareForTypegen(bundled, maps.operations, maps.schemes);
      return generateSchemaTypes(bundled);
    });
    const files = renderGeneratedFiles({
      api,
      sources,
      openapiJson: maps.published.text,
      sha256: maps.published.sha256,
      schemaTypes,
      operations: maps.operations,
      schemes: maps.schemes,
      description: maps.description,
    });

    const typeErrors = await step('typecheck', () => typecheckGenerated(files, bundled));
    if (typeErrors.length > 0) {
      const problems = typeErrors.map((error): Problem => {
        const pointer = existingPrefix(bundled, error.pointer);
        const origin = joined.originOf(pointer);
        const { line, col } =
          origin && origin.document.source.body !== '' ? origin.positionOf(pointer) : { line: 1, col: 1 };
        return {
          file: origin?.display ?? displayPath(workspace, api.specDir),
          line,
          col,
          severity: 'error',
          rule: `typescript/${error.code}`,
          message: `${error.message} (in the generated ${error.generatedAt}, from ${toPointer(pointer)})`,
          pointer: toPointer(pointer),
        };
      });
      throw new SpecProblemsError('typecheck', problems);
    }

    const readmePath = join(api.packageDir, 'README.md');
    const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : undefined;
    const newReadme =
      readme === undefined ? undefined : readmeWithDescriptionBlock(readme, maps.description, maps.published.sha256);
    const stale = await step(check ? 'check' : 'write', () => writeOrCheck(api, files, readme, newReadme, check));
    if (!check) recordStamp(workspace, api, input);
    return check
      ? { ...base, problems: warnings, staleFiles: stale.map((path) => displayPath(workspace, path)) }
      : { ...base, problems: warnings, written: stale.length > 0 };
  } catch (error) {
    if (error instanceof SpecProblemsError)
      return { ...base, problems: sortProblems([...warnings, ...error.problems]) };
    return { ...base, problems: warnings, error: error instanceof Error ? error.message : String(error) };
  }
}

function writeOrCheck(
  api: ApiDefinition,
  files: GeneratedFiles,
  readme: string | undefined,
  newReadme: string | undefined,
  check: boolean,
): string[] {
  const stale = findStaleFiles(api.generatedDir, files);
  const readmePath = join(api.packageDir, 'README.md');
  const readmeStale = newReadme !== undefined && newReadme !== readme;
  if (!check) {
    if (stale.length > 0) writeGeneratedFolder(api.generatedDir, files);
    if (readmeStale) replaceFile(readmePath, newReadme);
  }
  return readmeStale ? [...stale, readmePath] : stale;
}
