// Provenance a user can see: every operation and every named schema of our own APIs says where it comes from, in
// `x-source` (rendered into the generated JSDoc and the docs' operation tables). Two forms:
//
//   x-source: https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/accounts/details/
//   x-source: https://jackhenry.dev/open-api-docs/consumer-api/api-reference/v0/accounts/details/ ; scopes modeled
//   x-source: 'modeled: Entity Services paths are not public; shaped after the published tags'
//
// A URL is a page of Jack Henry's reference (jackhenry.dev, its mirror banno.github.io) or Banno's public code
// (github.com/Banno/...), optionally followed by ` ; ` and a note. Anything modeled inside a published operation (a
// property, a response body) carries its own `modeled: <reason>`; this rule checks the form wherever `x-source` is.

const URL_FORM = /^(https:\/\/\S+)(?: ; (\S.*))?$/;
const MODELED_FORM = /^modeled: \S/;

/** Where a source URL may point. */
function isReferenceUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return false;
  if (url.hostname === 'jackhenry.dev' || url.hostname === 'banno.github.io') return true;
  return url.hostname === 'github.com' && url.pathname.startsWith('/Banno/');
}

/** Why an `x-source` value is malformed, or undefined when it is fine. */
export function xSourceProblem(value) {
  if (typeof value !== 'string') return '`x-source` must be a string.';
  if (MODELED_FORM.test(value)) return undefined;
  const match = URL_FORM.exec(value);
  if (!match) return '`x-source` must be a reference URL (optionally followed by ` ; <note>`) or `modeled: <reason>`.';
  if (!isReferenceUrl(match[1])) {
    return `\`x-source\` URL ${match[1]} is not a page of Jack Henry's reference (jackhenry.dev, banno.github.io) or Banno's public code (github.com/Banno/...).`;
  }
  return undefined;
}

function checkForm(node, ctx) {
  if (node === null || typeof node !== 'object' || !Object.hasOwn(node, 'x-source')) return;
  const problem = xSourceProblem(node['x-source']);
  if (problem) ctx.report({ message: problem, location: ctx.location.child('x-source') });
}

const MISSING =
  "must say where it comes from: `x-source: <Jack Henry reference URL>` or `x-source: 'modeled: <reason>'`.";

export default function xSource() {
  return {
    Operation: {
      enter(operation, ctx) {
        if (!Object.hasOwn(operation, 'x-source'))
          ctx.report({ message: `Operation ${MISSING}`, location: ctx.location.key() });
        checkForm(operation, ctx);
      },
    },
    NamedSchemas: {
      enter(schemas, ctx) {
        for (const [name, schema] of Object.entries(schemas ?? {})) {
          if (schema && typeof schema === 'object' && !Object.hasOwn(schema, 'x-source')) {
            ctx.report({
              message: `Named schema "${name}" ${MISSING}`,
              location: ctx.location.child([name]).key(),
            });
          }
        }
      },
    },
    Schema: { enter: checkForm },
    Response: { enter: checkForm },
    Parameter: { enter: checkForm },
    RequestBody: { enter: checkForm },
    PathItem: { enter: checkForm },
  };
}
