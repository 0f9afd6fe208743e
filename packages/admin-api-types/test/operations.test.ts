import { describeOperationMaps } from '@dtk/scripts/testing/operation-maps';
import * as maps from '../src/index.js';

describeOperationMaps({
  packageName: '@dtk/admin-api-types',
  title: "Admin API",
  document: new URL('../src/generated/openapi.json', import.meta.url),
  maps,
});
