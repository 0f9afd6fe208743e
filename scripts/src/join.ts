// Join step: the resource files of one API become one OpenAPI document.
// Same-name components must be identical; same-name security schemes merge their scope lists.
import { isDeepStrictEqual } from 'node:util';
import type { ApiDefinition } from './apis.js';
import { HTTP_METHODS, isRecord } from './openapi-walk.js';
import type { Problem } from './problems.js';
import type { PointerSegment, SpecFile } from './spec-file.js';

type Json = Record<string, unknown>;

export interface JoinResult {
  readonly document: Json;
  readonly problems: readonly Problem[];
}

const COMPONENT_SECTIONS = ['schemas', 'responses', 'parameters', 'examples', 'requestBodies', 'headers', 'links', 'callbacks'];

export function joinSpecs(api: ApiDefinition, files: readonly SpecFile[]): JoinResult {
  const problems: Problem[] = [];
  const conflict = (file: SpecFile, segments: PointerSegment[], rule: string, message: string): void => {
    const { line, col } = file.positionOf(segments);
    problems.push({ file: file.display, line, col, severity: 'error', rule, message });
  };

  const versions = new Set<string>();
  const servers: unknown[] = [];
  let serversOrigin: { file: SpecFile; urls: unknown[] } | undefined;
  const tags: Json[] = [];
  const paths: Json = {};
  const components: Record<string, Json> = {};
  // where each joined key came from, to name both files in a conflict
  const origin = new Map<string, SpecFile>();

  for (const file of files) {
    const data = isRecord(file.data) ? file.data : {};
    const info = isRecord(data['info']) ? data['info'] : {};
    if (typeof info['version'] === 'string') versions.add(info['version']);
    const fileServers: unknown[] = Array.isArray(data['servers']) ? data['servers'] : [];
    const urls = fileServers.map((server) => (isRecord(server) ? server['url'] : undefined));
    if (serversOrigin === undefined) {
      serversOrigin = { file, urls };
      servers.push(...fileServers);
    } else if (api.servers === undefined && !isDeepStrictEqual(urls, serversOrigin.urls)) {
      // paths are relative to the server URL: files with other servers cannot share one document
      conflict(file, ['servers'], 'dtk/join-servers-conflict',
        `Server URLs ${JSON.stringify(urls)} differ from ${JSON.stringify(serversOrigin.urls)} in ${serversOrigin.file.display}; set them in the API's registry entry (redocly.yaml) if intended.`);
    }
    for (const tag of Array.isArray(data['tags']) ? data['tags'] : []) {
      // tags are documentation only: the first description of a name wins
      if (isRecord(tag) && !tags.some((known) => known['name'] === tag['name'])) tags.push(tag);
    }

    for (const [path, pathItem] of Object.entries(isRecord(data['paths']) ? data['paths'] : {})) {
      if (!isRecord(pathItem)) continue;
      const joined = (paths[path] ??= {}) as Json;
      for (const [key, value] of Object.entries(pathItem)) {
        const originKey = `paths ${path} ${key}`;
        const first = origin.get(originKey);
        if (first === undefined) {
          joined[key] = value;
          origin.set(originKey, file);
        } else if (!isDeepStrictEqual(joined[key], value)) {
          const what = (HTTP_METHODS as readonly string[]).includes(key) ? `Operation ${key.toUpperCase()} ${path}` : `"${key}" of path ${path}`;
          conflict(file, ['paths', path, key], 'dtk/join-path-conflict', `${what} is also defined, differently, in ${first.display}.`);
        }
      }
    }

    const fileComponents = isRecord(data['components']) ? data['components'] : {};
    for (const [section, entries] of Object.entries(fileComponents)) {
      if (!isRecord(entries)) continue;
      const joined = (components[section] ??= {});
      for (const [name, value] of Object.entries(entries)) {
        const originKey = `components ${section} ${name}`;
        const first = origin.get(originKey);
        if (first === undefined) {
          joined[name] = value;
          origin.set(originKey, file);
        } else if (section === 'securitySchemes') {
          const merged = mergeSecuritySchemes(joined[name], value);
          if (merged === undefined) {
            conflict(file, ['components', section, name], 'dtk/join-security-scheme-conflict',
              `Security scheme "${name}" differs (beyond its scopes) from the one in ${first.display}.`);
          } else {
            joined[name] = merged;
          }
        } else if (!isDeepStrictEqual(joined[name], value)) {
          conflict(file, ['components', section, name], 'dtk/join-component-conflict',
            `Component ${section}/${name} differs from the one in ${first.display}; make them identical or give them distinct names.`);
        }
      }
    }
  }

  if (versions.size > 1) {
    const file = files[0];
    if (file) conflict(file, ['info', 'version'], 'dtk/join-info-version', `The files of ${api.name} disagree on info.version: ${[...versions].join(', ')}.`);
  }

  const document: Json = {
    openapi: '3.0.3',
    info: {
      title: api.title,
      version: [...versions][0] ?? '0.0',
      ...(api.description !== undefined && { description: api.description }),
    },
    servers: api.servers ?? servers,
    tags,
    paths,
    components: Object.fromEntries(COMPONENT_SECTIONS.concat('securitySchemes').filter((s) => components[s]).map((s) => [s, components[s]])),
  };
  return { document, problems };
}

/** Two schemes that differ only in their declared OAuth scopes merge into one with the union of the scopes. */
function mergeSecuritySchemes(first: unknown, second: unknown): unknown {
  if (!isRecord(first) || !isRecord(second)) return undefined;
  if (isDeepStrictEqual(withoutScopes(first), withoutScopes(second))) {
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
  return undefined;
}

function scopesOf(flow: unknown): Json {
  return isRecord(flow) && isRecord(flow['scopes']) ? flow['scopes'] : {};
}

function withoutScopes(scheme: Json): Json {
  if (!isRecord(scheme['flows'])) return scheme;
  const flows = Object.fromEntries(
    Object.entries(scheme['flows']).map(([name, flow]) => [name, isRecord(flow) ? { ...flow, scopes: undefined } : flow]),
  );
  return { ...scheme, flows };
}
