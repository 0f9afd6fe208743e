// The generated types (src/generated/, by `pnpm generate`) and the maps, with `@dtk/core`'s one adjustment for
// openapi-fetch's `{ data, error }` style: error responses whose body Jack Henry does not describe get a body type
// (`UndocumentedErrorBody`), so that `if (error)` narrows `data`.
import type { DescribedOperations, DescribedPaths } from '@dtk/core';
import type { operations as GeneratedOperations, paths as GeneratedPaths } from './generated/schema.js';

export type { UndocumentedErrorBody } from '@dtk/core';
export * from './generated/operations.js';
export type { $defs, components, webhooks } from './generated/schema.js';

/** Every path of the API (openapi-typescript's `paths`), with undescribed error bodies typed `UndocumentedErrorBody`. */
export type paths = DescribedPaths<GeneratedPaths>;

/** Every operation by operationId (openapi-typescript's `operations`), adjusted like `paths`. */
export type operations = DescribedOperations<GeneratedOperations>;
