// The APIs the sandbox serves: one entry per API of the registry (specs/<api>/ → @dtk/<api>-types).
// `pnpm new-api <name>` adds an API here itself: one import pair among the imports, one entry at the
// `new-api: entries` line (and the types package to this package's dependencies); everything else is
// driven by the description and maps. Keep both `new-api:` lines.
import * as adminApiMaps from '@dtk/admin-api-types';
import adminApiDescription from '@dtk/admin-api-types/openapi.json' with { type: 'json' };
import * as consumerApiMaps from '@dtk/consumer-api-types';
import consumerApiDescription from '@dtk/consumer-api-types/openapi.json' with { type: 'json' };
import * as entityManagementMaps from '@dtk/entity-management-types';
import entityManagementDescription from '@dtk/entity-management-types/openapi.json' with { type: 'json' };
// new-api: imports
import type { ServedApi } from './served-api.js';

export const servedApis: readonly ServedApi[] = [
  {
    name: 'consumer-api',
    description: consumerApiDescription,
    maps: consumerApiMaps,
    host: 'consumer',
    // Banno's Consumer API takes user tokens, and Admin API tokens where it declares client credentials.
    tokenIssuers: { OpenID_Connect: ['consumer'], clientCredentials: ['admin'] },
    // A Consumer machine token stands for no user: it may not reach any user's data.
    userTokenSchemes: ['OpenID_Connect'],
  },
  { name: 'admin-api', description: adminApiDescription, maps: adminApiMaps, host: 'admin' },
  {
    name: 'entity-management',
    description: entityManagementDescription,
    maps: entityManagementMaps,
    host: 'entityManagement',
  },
  // new-api: entries
];
