// The `dtk/house` lint policy: redocly's `recommended` set plus the house rules of the spec conventions, for the
// descriptions we write ourselves. An API chooses it with `extends: [dtk/house]` in specs/<api>/redocly.yaml
// (an imported description uses `recommended` instead); per-API `rules:` there override any of these.
export const housePolicy = {
  extends: ['recommended'],
  rules: {
    // Jack Henry's published pages carry no license; the joined document does not need one either
    'info-license': 'off',
    'info-license-strict': 'off',
    // operationId: required, camelCase (uniqueness across the files of one API is checked by the pipeline)
    'operation-operationId': 'error',
    'rule/operation-id-camel-case': {
      subject: { type: 'Operation', property: 'operationId' },
      message: 'operationId must be camelCase (^[a-z][a-zA-Z0-9]*$).',
      severity: 'error',
      assertions: { pattern: '/^[a-z][a-zA-Z0-9]*$/' },
    },
    // tags + summary on every operation
    'operation-summary': 'error',
    'operation-tag-defined': 'error',
    'rule/operation-tags': {
      subject: { type: 'Operation', property: 'tags' },
      message: 'Operation must have at least one tag.',
      severity: 'error',
      assertions: { defined: true, nonEmpty: true },
    },
    // examples are served by the sandbox as mock responses: they must conform to their schemas
    'no-invalid-media-type-examples': { severity: 'error', allowAdditionalProperties: false },
    'no-invalid-schema-examples': 'error',
    'no-invalid-parameter-examples': 'error',
    // every component is used; every scheme an operation names is declared
    'no-unused-components': 'error',
    'security-defined': 'error',
    // the house rules (./rules)
    'dtk/operation-security-explicit': 'error',
    'dtk/money-as-decimal-string': 'error',
    'dtk/response-body-example': 'error',
    'dtk/path-parameter-example': 'error',
    'dtk/response-enum-open': 'error',
    'dtk/x-source': 'error',
  },
};
