// The shipped openapi.json, read with a JSON Schema validator: response enums stay open to values Banno may add,
// every operation carries its provenance, and every security requirement names one scope.
import { describeOpenResponseEnums, describeProvenanceAndSecurity } from '@dtk/scripts/testing/bundled-document';

const document = new URL('../src/generated/openapi.json', import.meta.url);
describeOpenResponseEnums({ title: 'Consumer API', document });
describeProvenanceAndSecurity({ title: 'Consumer API', document });
