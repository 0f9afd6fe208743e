import { describeOperationMaps } from '@dtk/scripts/testing/operation-maps';
import * as maps from '../src/index.js';

describeOperationMaps({
  packageName: '@dtk/entity-management-types',
  title: "Entity Management API",
  document: new URL('../src/generated/openapi.json', import.meta.url),
  maps,
});
