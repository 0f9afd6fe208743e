// The house rules for the Banno specs (see the spec conventions) and the `dtk/house` policy that enables them.
// Loaded by redocly through `plugins:` in each API's specs/<api>/redocly.yaml.
import { housePolicy } from './house-policy.js';
import moneyAsDecimalString from './rules/money-as-decimal-string.js';
import operationSecurityExplicit from './rules/operation-security-explicit.js';
import pathParameterExample from './rules/path-parameter-example.js';
import responseBodyExample from './rules/response-body-example.js';
import responseEnumOpen from './rules/response-enum-open.js';
import xSource from './rules/x-source.js';

export default function dtkHouseRules() {
  return {
    id: 'dtk',
    rules: {
      oas3: {
        'operation-security-explicit': operationSecurityExplicit,
        'money-as-decimal-string': moneyAsDecimalString,
        'response-body-example': responseBodyExample,
        'path-parameter-example': pathParameterExample,
        'response-enum-open': responseEnumOpen,
        'x-source': xSource,
      },
    },
    configs: {
      house: housePolicy,
    },
  };
}
