// The classification rules of `spec:diff`: redocly's verdicts where it has one, and the cases it leaves unrated
// or rates differently from what our clients experience. Every rule here has a fixture in
// scripts/test/release/fixtures/diff/ (a test fails when one has none).
import type { Bump } from './bump.js';

export interface Rule {
  readonly bump: Bump;
  /** One line for docs/maintaining.md and `spec:diff --rules`. */
  readonly summary: string;
  /** Whether redocly rates it (true) or spec:diff adds or re-rates it (false). */
  readonly fromRedocly: boolean;
}

const redocly = (bump: Bump, summary: string): Rule => ({ bump, summary, fromRedocly: true });
const added = (bump: Bump, summary: string): Rule => ({ bump, summary, fromRedocly: false });

export const RULES = {
  // removals and renames
  'path-removed': redocly('major', 'a path and every operation on it removed'),
  'operation-removed': redocly('major', 'an operation removed'),
  'operation-id-changed': redocly('major', 'an operationId changed (clients call operations by it)'),
  'path-parameter-renamed': added('major', 'a path parameter renamed (`params.path.<name>` changes)'),
  'parameter-removed': redocly('major', 'a parameter removed'),
  'request-body-removed': redocly('major', 'a request body removed'),
  'request-property-removed': added('major', 'a request field removed (an object literal sending it stops compiling)'),
  'property-removed': redocly('major', 'a response field removed'),
  'response-removed': redocly('major', 'a documented response status removed'),
  'response-header-removed': redocly('major', 'a response header removed'),
  'media-type-removed': redocly('major', 'a request or response media type removed'),
  'received-schema-removed': added(
    'major',
    "what the client receives loses its schema or body (a response's type becomes `unknown`, a webhook's body goes)",
  ),
  'enum-values-removed': redocly('major', 'an enum value a client may send removed'),
  'server-removed': redocly('major', 'a server URL removed or changed'),
  'component-removed': added('major', "a named component removed (its `components['…']['…']` type is gone)"),
  // new obligations
  'parameter-became-required': redocly('major', 'a new required parameter, or an optional one made required'),
  'request-body-became-required': redocly('major', 'a request body made required'),
  'required-properties-added': redocly('major', 'a new required request field, or an optional one made required'),
  'required-properties-removed': redocly('major', 'a response field no longer always present'),
  // types
  'schema-type-changed': redocly(
    'major',
    'a type changed, or narrowed in a request (a money string becoming a number included)',
  ),
  'schema-type-narrowed': added('major', 'a type narrowed in a response (e.g. no longer nullable)'),
  'schema-type-widened': added('minor', 'a type widened in a request (the client may send more)'),
  'schema-constraint-changed': redocly('major', 'a constraint tightened on what the client sends'),
  'schema-combinator-changed': redocly('major', 'a oneOf/anyOf/allOf alternative changed'),
  'parameter-serialization-changed': redocly('major', 'a parameter serialized differently'),
  // security
  'security-requirement-changed': redocly('major', 'a security alternative removed, or a scope added to a requirement'),
  'security-scheme-changed': redocly('major', 'a security scheme changed in a way clients must follow'),
  'security-alternative-added': added('minor', 'a new security alternative accepted'),
  'security-scope-removed': added('minor', 'a requirement needs fewer scopes'),
  // additions
  'operation-added': added('minor', 'a new operation (or a new path with its operations)'),
  'parameter-added': added('minor', 'a new optional parameter'),
  'request-property-added': added('minor', 'a new optional request field'),
  'response-property-added': added('minor', 'a new response field'),
  'request-enum-value-added': added('minor', 'a new enum value the client may send'),
  'response-enum-value-added': added(
    'minor',
    'a new enum value in a response: response enums are open, clients handle unknown values',
  ),
  'response-enum-value-removed': added('minor', 'an enum value a response no longer uses'),
  'response-added': added('minor', 'a new documented response status'),
  'media-type-added': added('minor', 'a new request or response media type'),
  'response-header-added': added('minor', 'a new response header'),
  'component-added': added('minor', 'a new named component (a new exported type)'),
  'operation-deprecated': added('minor', 'an operation or field deprecated'),
  'other-addition': added('minor', 'anything else added that redocly rates as an addition'),
  // documentation
  'documentation-changed': added('patch', 'a description, summary, title, tag, external doc or x- extension changed'),
  'example-changed': added('patch', 'an example changed'),
  // catch-alls: nothing is left out of the report
  'unrated-change': added('patch', 'a change redocly rates patch without a rule (e.g. a server or token URL)'),
  'unrecognized-change': added('minor', 'a difference no rule recognizes: rated minor so it ships, review it'),
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export function isRuleId(id: string): id is RuleId {
  return Object.hasOwn(RULES, id);
}

/** Keys whose change is documentation only. */
export function isDocumentationKey(key: string): boolean {
  return ['description', 'summary', 'title', 'externalDocs', 'tags', 'x-source'].includes(key) || key.startsWith('x-');
}

export function isExampleKey(key: string): boolean {
  return key === 'example' || key === 'examples';
}
