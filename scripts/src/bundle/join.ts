// Join step: the description files of one API become one OpenAPI document, keeping what each file means.
// - One file is taken as it is: the joined document IS that file's parsed document.
// - Several files: paths, webhooks, tags, x- extensions and every components section are merged (same name must
//   mean the same thing; same-name security schemes merge their scope lists); `openapi` keeps its minor version
//   (3.0.x stays 3.0.x, 3.1.x stays 3.1.x); root `security` stays at the root when every file states the same, and
//   otherwise moves onto the operations of the file that stated it, so no operation changes its requirements.
//   `info.title`/`info.description` come from the API's config; `info.version` must agree.

import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Document, Source } from '@redocly/openapi-core';
import { HTTP_METHODS, isRecord } from '../load/openapi-walk.js';
import type { PointerSegment, SourceFile } from '../load/source-file.js';
import type { ApiDefinition } from '../registry/api-registry.js';
import type { Problem } from '../report/problems.js';

type Json = Record<string, unknown>;

export interface JoinResult {
  readonly document: Document;
  readonly problems: readonly Problem[];
  /** The file a pointer of the joined document was taken from (for file:line positions). */
  readonly originOf: (segments: readonly PointerSegment[]) => SourceFile | undefined;
}

const ROOT_ORDER = [
  'openapi',
  'info',
  'jsonSchemaDialect',
  'servers',
  'security',
  'tags',
  'paths',
  'webhooks',
  'components',
  'externalDocs',
];
const MERGED_BY_NAME = ['paths', 'webhooks'] as const;

export function joinSpecs(api: ApiDefinition, files: readonly SourceFile[]): JoinResult {
  const [only] = files;
  if (files.length === 1 && only) return { document: only.document, problems: [], originOf: () => only };
  return new Joiner(api, files).join();
}

class Joiner {
  readonly #problems: Problem[] = [];
  /** `section\0name[\0key]` → the file that first supplied it. */
  readonly #origin = new Map<string, SourceFile>();

  constructor(
    private readonly api: ApiDefinition,
    private readonly files: readonly SourceFile[],
  ) {}

  join(): JoinResult {
    const root: Json = {};
    const info: Json = {};
    const tags: Json[] = [];
    const components: Record<string, Json> = {};
    const byName: Record<string, Json> = {};
    const security = this.rootSecurity();

    for (const file of this.files) {
      const data = parsedOf(file);
      this.mergeOpenApiVersion(root, file, data['openapi']);
      this.mergeInfo(info, file, isRecord(data['info']) ? data['info'] : {});
      this.mergeServers(root, file, data['servers']);
      for (const key of ['jsonSchemaDialect', 'externalDocs', ...Object.keys(data).filter((k) => k.startsWith('x-'))]) {
        if (data[key] !== undefined) this.mergeValue(root, key, data[key], file, [key], `\`${key}\``);
      }
      for (const tag of Array.isArray(data['tags']) ? data['tags'] : []) {
        // tags are documentation: the first description of a name wins
        if (isRecord(tag) && !tags.some((known) => known['name'] === tag['name'])) tags.push(tag);
      }
      const pushDown = security.pushDown ? (Array.isArray(data['security']) ? data['security'] : undefined) : undefined;
      for (const section of MERGED_BY_NAME) {
        for (const [name, item] of Object.entries(isRecord(data[section]) ? data[section] : {})) {
          if (!isRecord(item)) continue;
          byName[section] ??= {};
          const joined = byName[section];
          joined[name] ??= {};
          const target = joined[name] as Json;
          for (const [key, value] of Object.entries(pushDown ? withSecurity(item, pushDown) : item)) {
            const what = (HTTP_METHODS as readonly string[]).includes(key)
              ? `Operation ${key.toUpperCase()} ${name}`
              : `"${key}" of ${section} ${name}`;
            this.mergeValue(target, key, value, file, [section, name, key], what);
          }
        }
      }
      for (const [section, entries] of Object.entries(isRecord(data['components']) ? data['components'] : {})) {
        if (!isRecord(entries)) continue;
        components[section] ??= {};
        const joined = components[section];
        for (const [name, value] of Object.entries(entries)) this.mergeComponent(joined, section, name, value, file);
      }
    }

    root['info'] = {
      title: this.api.title,
      ...info,
      ...(this.api.description !== undefined && { description: this.api.description }),
    };
    if (this.api.servers !== undefined) root['servers'] = this.api.servers;
    if (security.keep !== undefined) root['security'] = security.keep;
    if (tags.length > 0) root['tags'] = tags;
    Object.assign(root, byName);
    if (Object.keys(components).length > 0) root['components'] = components;

    const document: Json = {};
    for (const key of ROOT_ORDER) if (root[key] !== undefined) document[key] = root[key];
    for (const [key, value] of Object.entries(root)) if (!(key in document)) document[key] = value;
    const virtualPath = join(this.api.specDir, `${this.api.name}.joined.json`);
    return {
      document: { source: new Source(virtualPath, '', 'application/json'), parsed: document },
      problems: this.#problems,
      originOf: (segments) => this.originOf(segments),
    };
  }

  private originOf(segments: readonly PointerSegment[]): SourceFile | undefined {
    const [section, name, key] = segments.map(String);
    if (section === 'components' && name !== undefined && key !== undefined)
      return this.#origin.get(`components\0${name}\0${key}`);
    if ((section === 'paths' || section === 'webhooks') && name !== undefined) {
      return (
        (key !== undefined ? this.#origin.get(`${section}\0${name}\0${key}`) : undefined) ??
        this.firstWith(section, name)
      );
    }
    return this.files[0];
  }

  private firstWith(section: string, name: string): SourceFile | undefined {
    return this.files.find((file) => isRecord(parsedOf(file)[section]) && name in (parsedOf(file)[section] as Json));
  }

  /** Root `security` is kept when all files agree, else pushed down onto the operations that inherit it. */
  private rootSecurity(): { keep?: unknown[]; pushDown: boolean } {
    const stated = this.files.map((file) => parsedOf(file)['security']);
    const first = stated[0];
    if (stated.every((security) => isDeepStrictEqual(security, first))) {
      return Array.isArray(first) ? { keep: first, pushDown: false } : { pushDown: false };
    }
    return { pushDown: true };
  }

  private mergeOpenApiVersion(root: Json, file: SourceFile, version: unknown): void {
    if (typeof version !== 'string') return;
    const current = root['openapi'];
    if (typeof current !== 'string') {
      root['openapi'] = version;
    } else if (minorOf(current) !== minorOf(version)) {
      this.problem(
        file,
        ['openapi'],
        'dtk/join-openapi-version',
        `OpenAPI ${version} cannot be joined with OpenAPI ${current} of ${this.files[0]?.display}: all files of an API use one minor version.`,
      );
    } else if (comparePatch(version, current) > 0) {
      root['openapi'] = version;
    }
  }

  private mergeInfo(info: Json, file: SourceFile, fileInfo: Json): void {
    for (const [key, value] of Object.entries(fileInfo)) {
      if (key === 'title' || key === 'description' || key === 'summary') continue; // per-file page texts
      if (key === 'version' && info['version'] !== undefined && info['version'] !== value) {
        this.problem(
          file,
          ['info', 'version'],
          'dtk/join-info-version',
          `The files of ${this.api.name} disagree on info.version: ${String(info['version'])} in ${this.files[0]?.display}, ${String(value)} here.`,
        );
        continue;
      }
      this.mergeValue(info, key, value, file, ['info', key], `info.${key}`);
    }
  }

  private mergeServers(root: Json, file: SourceFile, servers: unknown): void {
    const list = Array.isArray(servers) ? servers : [];
    if (!this.#origin.has('servers')) {
      if (list.length > 0) root['servers'] = list;
      this.#origin.set('servers', file);
      return;
    }
    const urls = (value: unknown) =>
      Array.isArray(value) ? value.map((server) => (isRecord(server) ? server['url'] : server)) : [];
    if (this.api.servers === undefined && !isDeepStrictEqual(urls(list), urls(root['servers']))) {
      // paths are relative to the server URL: files with other servers cannot share one document's root servers
      this.problem(
        file,
        ['servers'],
        'dtk/join-servers-conflict',
        `Server URLs ${JSON.stringify(urls(list))} differ from ${JSON.stringify(urls(root['servers']))} in ${this.#origin.get('servers')?.display}; set \`x-dtk.servers\` in the API's redocly.yaml if intended, or give the paths their own \`servers\`.`,
      );
    }
  }

  private mergeComponent(joined: Json, section: string, name: string, value: unknown, file: SourceFile): void {
    const key = `components\0${section}\0${name}`;
    const first = this.#origin.get(key);
    if (first === undefined) {
      joined[name] = value;
      this.#origin.set(key, file);
    } else if (section === 'securitySchemes') {
      const merged = mergeSecuritySchemes(joined[name], value);
      if (merged === undefined) {
        this.problem(
          file,
          ['components', section, name],
          'dtk/join-security-scheme-conflict',
          `Security scheme "${name}" differs (beyond its scopes) from the one in ${first.display}.`,
        );
      } else {
        joined[name] = merged;
      }
    } else if (!isDeepStrictEqual(joined[name], value)) {
      this.problem(
        file,
        ['components', section, name],
        'dtk/join-component-conflict',
        `Component ${section}/${name} differs from the one in ${first.display}; make them identical or give them distinct names.`,
      );
    }
  }

  /** Sets `target[key]`, or reports a conflict when another file set it differently. */
  private mergeValue(
    target: Json,
    key: string,
    value: unknown,
    file: SourceFile,
    at: PointerSegment[],
    what: string,
  ): void {
    const originKey = at.join('\0');
    const first = this.#origin.get(originKey);
    if (first === undefined) {
      target[key] = value;
      this.#origin.set(originKey, file);
    } else if (!isDeepStrictEqual(target[key], value)) {
      const rule = at[0] === 'paths' || at[0] === 'webhooks' ? 'dtk/join-path-conflict' : 'dtk/join-root-conflict';
      this.problem(file, at, rule, `${what} is also defined, differently, in ${first.display}.`);
    }
  }

  private problem(file: SourceFile, at: PointerSegment[], rule: string, message: string): void {
    const { line, col } = file.positionOf(at);
    this.#problems.push({ file: file.display, line, col, severity: 'error', rule, message });
  }
}

const parsedOf = (file: SourceFile): Json => (isRecord(file.document.parsed) ? file.document.parsed : {});
const minorOf = (version: string): string => version.split('.').slice(0, 2).join('.');
const comparePatch = (a: string, b: string): number => Number(a.split('.')[2] ?? 0) - Number(b.split('.')[2] ?? 0);

/** A path item whose operations without their own `security` get the file's root requirements. */
function withSecurity(pathItem: Json, security: unknown[]): Json {
  const copy: Json = { ...pathItem };
  for (const method of HTTP_METHODS) {
    const operation = copy[method];
    if (isRecord(operation) && !('security' in operation)) copy[method] = { ...operation, security };
  }
  return copy;
}

/** Two schemes that differ only in their declared OAuth scopes merge into one with the union of the scopes. */
function mergeSecuritySchemes(first: unknown, second: unknown): unknown {
  if (!isRecord(first) || !isRecord(second)) return undefined;
  if (!isDeepStrictEqual(withoutScopes(first), withoutScopes(second))) return undefined;
  if (!isRecord(first['flows']) || !isRecord(second['flows'])) return first;
  const flows: Json = {};
  for (const [flowName, flow] of Object.entries(first['flows'])) {
    const other = second['flows'][flowName];
    // keys in first-seen order; a scope described in both files keeps the first description
    const scopes = { ...scopesOf(flow), ...scopesOf(other), ...scopesOf(flow) };
    flows[flowName] = { ...(flow as Json), scopes };
  }
  return { ...first, flows };
}

function scopesOf(flow: unknown): Json {
  return isRecord(flow) && isRecord(flow['scopes']) ? flow['scopes'] : {};
}

function withoutScopes(scheme: Json): Json {
  if (!isRecord(scheme['flows'])) return scheme;
  const flows = Object.fromEntries(
    Object.entries(scheme['flows']).map(([name, flow]) => [
      name,
      isRecord(flow) ? { ...flow, scopes: undefined } : flow,
    ]),
  );
  return { ...scheme, flows };
}
