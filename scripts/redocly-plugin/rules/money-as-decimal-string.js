// Money is a string (never a float), as Jack Henry publishes it ("Currency values are returned ... in string
// format"). A property is money when its name is a known money name or it is marked `x-dtk-money: true`.
//
// The pattern depends on the direction:
// - in what we send (request bodies, parameters) money carries a decimal `pattern`: we control that format;
// - in what Banno sends (responses) money carries no `pattern`: Jack Henry publishes only "a string" (examples
//   `"-1543.00"`, `"741.41"`), so a pattern could reject a real value (more decimals, a leading `+`, ...) in a
//   validating client, the sandbox or our own checks. Parse it where it is used (e.g. `parseMoney`).
// A money schema that both directions reach cannot satisfy both: give each direction its own schema.
import { schemaVisitorWithReach } from './schema-reach.js';
export const MONEY_PROPERTY_NAMES = new Set([
  'amount',
  'balance',
  'availableBalance',
  'currentBalance',
  'ledgerBalance',
  'principalBalance',
  'payoffAmount',
  'creditLimit',
  'availableCredit',
  'paymentAmount',
  'minimumPaymentAmount',
  'fee',
]);

// A pattern may require two decimals or forbid a sign (a fee), but must accept these...
const MUST_MATCH = ['1543.00', '0.00'];
// ...and reject what a float or a localized string would look like.
const MUST_NOT_MATCH = ['', 'abc', '1e3', '1.5e3', '1.2.3', '12.', '.5', '1,000.00', '12,50', ' 1.00', '1.00 ', 'NaN'];

/** A pattern is "decimal" when it accepts plain decimals and rejects exponents, separators and junk. */
export function isDecimalPattern(pattern) {
  let regex;
  try {
    regex = new RegExp(pattern, 'u');
  } catch {
    return false;
  }
  return MUST_MATCH.every((s) => regex.test(s)) && MUST_NOT_MATCH.every((s) => !regex.test(s));
}

function checkMoneySchema(schema, location, what, report, reach) {
  if (schema.type !== 'string') {
    report({
      message: `${what} must be \`type: string\` (decimal string), not ${schema.type === undefined ? 'untyped' : `\`${JSON.stringify(schema.type)}\``}.`,
      location: schema.type === undefined ? location.key() : location.child('type'),
    });
  }
  const inResponse = reach.response.has(schema);
  const inRequest = reach.request.has(schema);
  if (inResponse && inRequest) {
    report({
      message: `${what} is used in a response and in a request: give each its own schema (a pattern only in the request).`,
      location: location.key(),
    });
  } else if (inResponse) {
    if (schema.pattern !== undefined) {
      report({
        message: `${what} is in a response: no \`pattern\` (Jack Henry publishes money only as a string; a pattern may reject a real value).`,
        location: location.child('pattern'),
      });
    }
  } else if (inRequest) {
    if (typeof schema.pattern !== 'string') {
      report({
        message: `${what} is in a request: it must have a decimal \`pattern\` such as '^-?[0-9]+(\\.[0-9]+)?$'.`,
        location: location.key(),
      });
    } else if (!isDecimalPattern(schema.pattern)) {
      report({
        message: `${what} has a \`pattern\` that is not a decimal pattern.`,
        location: location.child('pattern'),
      });
    }
  }
}

export default function moneyAsDecimalString() {
  return schemaVisitorWithReach((schema, ctx, reach) => {
    if (schema['x-dtk-money'] === true) {
      checkMoneySchema(schema, ctx.location, 'Schema marked `x-dtk-money`', ctx.report, reach);
    }
    const properties = schema.properties;
    if (!properties || typeof properties !== 'object') return;
    for (const [name, property] of Object.entries(properties)) {
      if (!MONEY_PROPERTY_NAMES.has(name) || !property || typeof property !== 'object') continue;
      const location = ctx.location.child(['properties', name]);
      if (typeof property.$ref === 'string') {
        ctx.report({
          message: `Money property "${name}" must be written inline, not via $ref.`,
          location: location.key(),
        });
      } else if (property['x-dtk-money'] !== true) {
        // marked properties are checked when visited themselves
        checkMoneySchema(property, location, `Money property "${name}"`, ctx.report, reach);
      }
    }
  });
}
