// Which `$ref`s a description may use: local ones (`#/...`) and relative files inside specs/<api>/ (plus folders the
// API's config allows). A URL is never followed and nothing outside is ever read, wherever the `$ref` sits (x-
// extensions and examples included): the pipeline makes no network request and publishes no file it was not given.

import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { BaseResolver, ResolveError, type Source } from '@redocly/openapi-core';
import type { Problem } from '../report/problems.js';
import { displayPath, type Workspace } from '../workspace.js';
import type { PointerSegment, SourceFile } from './source-file.js';

export const REF_POLICY_RULE = 'dtk/ref-outside-api';

/** Folders (absolute) that `$ref`s may point into: the API's folder first, then any its config allows. */
export interface RefPolicy {
  readonly roots: readonly string[];
  /** How the API's folder is named in messages, e.g. `specs/petstore/`. */
  readonly apiFolder: string;
}

const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Why a `$ref` found in `fromFile` is refused, or `undefined` when it may be followed. */
export function refusalReason(policy: RefPolicy, fromFile: string, ref: string): string | undefined {
  if (ref.startsWith('#')) return undefined;
  if (URL_SCHEME.test(ref) && !/^[a-z]:[\\/]/i.test(ref)) {
    return `$ref "${ref}" points to a URL: \`generate\` never fetches anything. Save the file under ${policy.apiFolder} and reference it by a relative path.`;
  }
  const [filePart = ''] = ref.split('#');
  const target = resolve(dirname(fromFile), decodeURI(filePart));
  if (!isInside(policy, target)) {
    return `$ref "${ref}" points outside ${policy.apiFolder} (to ${target}); only files inside the API's folder${policy.roots.length > 1 ? ' and the folders its config allows' : ''} may be referenced.`;
  }
  return undefined;
}

function isInside(policy: RefPolicy, target: string): boolean {
  // symbolic links are followed before the check, so a link inside the folder cannot lead out of it
  const real = existsSync(target) ? realpathSync(target) : target;
  return policy.roots.some((root) => {
    const realRoot = existsSync(root) ? realpathSync(root) : root;
    const path = relative(realRoot, real);
    return path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !isAbsolute(path));
  });
}

/** Every `$ref` string in a parsed value, with its pointer. */
export function* findRefs(value: unknown, at: PointerSegment[] = []): Generator<{ ref: string; at: PointerSegment[] }> {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) yield* findRefs(value[index], [...at, index]);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === '$ref' && typeof child === 'string') yield { ref: child, at };
      else yield* findRefs(child, [...at, key]);
    }
  }
}

/** Problems for every refused `$ref` of a file, at the line of the `$ref`. */
export function checkRefs(policy: RefPolicy, file: SourceFile): Problem[] {
  const problems: Problem[] = [];
  for (const { ref, at } of findRefs(file.document.parsed)) {
    const reason = refusalReason(policy, file.path, ref);
    if (reason === undefined) continue;
    const { line, col } = file.positionOf([...at, '$ref'], true);
    problems.push({ file: file.display, line, col, severity: 'error', rule: REF_POLICY_RULE, message: reason });
  }
  return problems;
}

export function refPolicy(workspace: Workspace, apiFolder: string, allowedFolders: readonly string[]): RefPolicy {
  return { roots: [apiFolder, ...allowedFolders], apiFolder: `${displayPath(workspace, apiFolder)}/` };
}

/**
 * redocly's resolver, confined to the policy: it reads files inside the allowed folders and refuses everything else
 * (URLs included) with the reason, which redocly then reports as an unresolved `$ref`. The file checks above refuse
 * the same `$ref`s earlier and with positions; this guard covers files reached through other files.
 */
export class ConfinedResolver extends BaseResolver {
  readonly #policy: RefPolicy;
  /** Every URL or outside path something tried to load (tests assert it stays empty of network requests). */
  readonly refused: string[] = [];

  constructor(policy: RefPolicy) {
    super({ http: { headers: [] } });
    this.#policy = policy;
  }

  override async loadExternalRef(absoluteRef: string): Promise<Source> {
    const reason =
      URL_SCHEME.test(absoluteRef) && !/^[a-z]:[\\/]/i.test(absoluteRef)
        ? `a URL (${absoluteRef}): \`generate\` never fetches anything`
        : isInside(this.#policy, absoluteRef)
          ? undefined
          : `outside ${this.#policy.apiFolder} (${absoluteRef})`;
    if (reason !== undefined) {
      this.refused.push(absoluteRef);
      throw new ResolveError(new Error(`Refused to read ${reason}.`));
    }
    return super.loadExternalRef(absoluteRef);
  }
}
