import { describeOperationMaps } from '@dtk/scripts/testing/operation-maps';
import * as maps from '../src/index.js';

describeOperationMaps({
  packageName: '@dtk/consumer-api-types',
  title: "Consumer API",
  document: new URL('../src/generated/openapi.json', import.meta.url),
  maps,
});
