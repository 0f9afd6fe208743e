// Money is a decimal string (never a float): `type: string` with a decimal `pattern`.
// A property is money when its name is a known money name or it is marked `x-dtk-money: true`.
export const MONEY_PROPERTY_NAMES = new Set([
  'amount', 'balance', 'availableBalance', 'currentBalance', 'ledgerBalance', 'principalBalance', 'payoffAmount',
  'creditLimit', 'availableCredit', 'paymentAmount', 'minimumPaymentAmount', 'fee',
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

function checkMoneySchema(schema, location, what, report) {
  if (schema.type !== 'string') {
    report({
      message: `${what} must be \`type: string\` (decimal string), not ${schema.type === undefined ? 'untyped' : `\`${JSON.stringify(schema.type)}\``}.`,
      location: schema.type === undefined ? location.key() : location.child('type'),
    });
  }
  if (typeof schema.pattern !== 'string') {
    report({ message: `${what} must have a decimal \`pattern\` such as '^-?[0-9]+(\\.[0-9]+)?$'.`, location: location.key() });
  } else if (!isDecimalPattern(schema.pattern)) {
    report({ message: `${what} has a \`pattern\` that is not a decimal pattern.`, location: location.child('pattern') });
  }
}

export default function moneyAsDecimalString() {
  return {
    Schema: {
      enter(schema, ctx) {
        if (schema['x-dtk-money'] === true) {
          checkMoneySchema(schema, ctx.location, 'Schema marked `x-dtk-money`', ctx.report);
        }
        const properties = schema.properties;
        if (!properties || typeof properties !== 'object') return;
        for (const [name, property] of Object.entries(properties)) {
          if (!MONEY_PROPERTY_NAMES.has(name) || !property || typeof property !== 'object') continue;
          const location = ctx.location.child(['properties', name]);
          if (typeof property.$ref === 'string') {
            ctx.report({ message: `Money property "${name}" must be written inline, not via $ref.`, location: location.key() });
          } else if (property['x-dtk-money'] !== true) {
            // marked properties are checked when visited themselves
            checkMoneySchema(property, location, `Money property "${name}"`, ctx.report);
          }
        }
      },
    },
  };
}
