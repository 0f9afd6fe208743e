// Renders src/generated/operations.ts: the maps of CONTRACTS.md as `as const` TypeScript constants. Every string from
// the description is written as a JSON string literal, and every comment text is escaped, so no title, summary or
// path can end a comment or a string and become code.
import { type DescriptionInfo, type OperationInfo, provenanceLines, type SecuritySchemeInfo } from './operations.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
const key = (name: string): string => (IDENTIFIER.test(name) ? name : JSON.stringify(name));
const literal = (value: string | readonly string[]): string =>
  typeof value === 'string' ? JSON.stringify(value) : `[${value.map((item) => JSON.stringify(item)).join(', ')}]`;

/** Text safe inside a block comment: no comment terminator, no line breaks. */
export function commentText(text: string): string {
  return text
    .replace(/\*\//g, '*\\/')
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .trim();
}

/** A JSDoc block for an entry, or nothing when there is nothing to say. */
function jsDoc(lines: readonly string[], indent: string): string {
  const body = lines.map(commentText).filter((line) => line !== '');
  if (body.length === 0) return '';
  if (body.length === 1) return `${indent}/** ${body[0]} */\n`;
  return `${indent}/**\n${body.map((line) => `${indent} * ${line}`).join('\n')}\n${indent} */\n`;
}

function operationDoc(operation: OperationInfo): string {
  const lines = [
    `${operation.method.toUpperCase()} ${operation.path}${operation.summary ? ` — ${operation.summary}` : ''}`,
    ...(operation.operationId === undefined ? ['(no operationId in the description: derived key)'] : []),
    ...(operation.provenance ? provenanceLines(operation.provenance) : []),
    ...(operation.deprecated ? ['@deprecated'] : []),
  ];
  return jsDoc(lines, '  ');
}

export interface OperationsModuleInput {
  readonly header: string;
  readonly operations: readonly OperationInfo[];
  readonly schemes: Readonly<Record<string, SecuritySchemeInfo>>;
  readonly description: DescriptionInfo;
  /** sha256 of the published openapi.json, hex. */
  readonly sha256: string;
}

export function renderOperationsModule({
  header,
  operations,
  schemes,
  description,
  sha256,
}: OperationsModuleInput): string {
  const section = (entries: (operation: OperationInfo) => string, withDoc = false): string =>
    operations
      .map((operation) => `${withDoc ? operationDoc(operation) : ''}  ${key(operation.key)}: ${entries(operation)},`)
      .join('\n');
  const route = (o: OperationInfo): string =>
    `{ method: ${literal(o.method)}, path: ${literal(o.path)}${o.requestContentType ? `, requestContentType: ${literal(o.requestContentType)}` : ''}${o.server ? `, server: ${literal(o.server)}` : ''} }`;
  const requirement = (r: Readonly<Record<string, readonly string[]>>): string => {
    const entries = Object.entries(r).map(([scheme, scopes]) => `${key(scheme)}: ${literal(scopes)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  };
  const scheme = (info: SecuritySchemeInfo): string =>
    `{ ${Object.entries(info)
      .map(([name, value]) => `${name}: ${literal(String(value))}`)
      .join(', ')} }`;
  return `${header}
/**
 * The root server URLs as written in the description. Apart from \`apiDescription\` so that a client, which needs only
 * these, does not bundle the rest of it.
 */
export const apiServers = ${literal(description.servers)} as const;

/**
 * The description these maps were generated from: its title, \`info.version\`, OpenAPI version, root server URLs
 * as written, and the sha256 of the published \`openapi.json\` (this package's \`./openapi.json\` export).
 */
export const apiDescription = {
  title: ${literal(description.title)},
  version: ${literal(description.version)},
  openapi: ${literal(description.openapi)},
  servers: apiServers,
  sha256: ${literal(sha256)},
} as const;

/**
 * Route of every operation: HTTP method, path template, the request media type when it is not JSON, and the
 * operation's own server when it (or its path item) declares \`servers\`.
 */
export const operationRoutes = {
${section(route, true)}
} as const;

/** The operation keys of this API: operationIds, and derived keys for operations without one. */
export type OperationId = keyof typeof operationRoutes;

/**
 * Effective security of each operation (after inheriting the root \`security\`), as OpenAPI means it: a list of
 * alternatives, each requiring all its schemes with all their scopes. \`[]\` = public; \`[{}]\` = authentication optional.
 */
export const operationSecurity = {
${section((o) => `[${o.security.map(requirement).join(', ')}]`)}
} as const satisfies Record<OperationId, readonly Readonly<Record<string, readonly string[]>>[]>;

/** Every scope named by any requirement of each operation (informational; \`operationSecurity\` says which combine). */
export const operationScopes = {
${section((o) => literal(o.scopes))}
} as const satisfies Record<OperationId, readonly string[]>;

/** The security schemes the requirements name: how each one is presented. */
export const securitySchemes = {${Object.entries(schemes)
    .map(([name, info]) => `\n  ${key(name)}: ${scheme(info)},`)
    .join('')}
} as const;
`;
}
