// Matches request paths against OpenAPI path templates. A literal segment wins over a template
// parameter in the same place (`/accounts/entitlements` before `/accounts/{accountId}`), as OpenAPI says.

interface Segment {
  readonly literal: string | undefined;
  /** For a template segment like `{cardType}` or `v{version}.json`. */
  readonly pattern: RegExp | undefined;
  readonly names: readonly string[];
}

interface Entry<T> {
  readonly method: string;
  readonly template: string;
  readonly segments: readonly Segment[];
  readonly value: T;
}

export type RouteMatch<T> =
  | { kind: 'found'; value: T; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

function parseSegment(segment: string): Segment {
  if (!segment.includes('{')) return { literal: segment, pattern: undefined, names: [] };
  const names: string[] = [];
  const source = segment
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1];
      if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('');
  return { literal: undefined, pattern: new RegExp(`^${source}$`), names };
}

const splitPath = (path: string) => path.split('/').slice(1);

/** Orders entries so that, segment by segment, a literal comes before a template. */
function compareSpecificity(a: Entry<unknown>, b: Entry<unknown>): number {
  const length = Math.min(a.segments.length, b.segments.length);
  for (let index = 0; index < length; index += 1) {
    const aLiteral = a.segments[index]?.literal !== undefined;
    const bLiteral = b.segments[index]?.literal !== undefined;
    if (aLiteral !== bLiteral) return aLiteral ? -1 : 1;
  }
  return 0;
}

export class Router<T> {
  readonly #entries: Entry<T>[] = [];

  /** Adds a route; the same method and template twice is an error (two operations would share it). */
  add(method: string, template: string, value: T): void {
    const upper = method.toUpperCase();
    const shape = template.replace(/\{[^}]+\}/g, '{}');
    const clash = this.#entries.find(
      (entry) => entry.method === upper && entry.template.replace(/\{[^}]+\}/g, '{}') === shape,
    );
    if (clash) throw new TypeError(`${upper} ${template} is already served (as ${clash.template})`);
    this.#entries.push({ method: upper, template, segments: splitPath(template).map(parseSegment), value });
    this.#entries.sort(compareSpecificity);
  }

  match(method: string, pathname: string): RouteMatch<T> {
    const parts = splitPath(pathname);
    const allowed = new Set<string>();
    for (const entry of this.#entries) {
      const params = matchSegments(entry.segments, parts);
      if (!params) continue;
      if (entry.method === method.toUpperCase()) return { kind: 'found', value: entry.value, params };
      allowed.add(entry.method);
    }
    return allowed.size > 0 ? { kind: 'method-not-allowed', allowed: [...allowed] } : { kind: 'not-found' };
  }

  /** Every route, in matching order. */
  entries(): ReadonlyArray<{ method: string; template: string; value: T }> {
    return this.#entries;
  }
}

function matchSegments(segments: readonly Segment[], parts: readonly string[]): Record<string, string> | undefined {
  if (segments.length !== parts.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, segment] of segments.entries()) {
    const part = parts[index] ?? '';
    if (segment.literal !== undefined) {
      if (segment.literal !== part) return undefined;
      continue;
    }
    const found = segment.pattern?.exec(part);
    if (!found) return undefined;
    try {
      segment.names.forEach((name, position) => {
        params[name] = decodeURIComponent(found[position + 1] ?? '');
      });
    } catch {
      return undefined; // a malformed percent-encoding matches nothing
    }
  }
  return params;
}
