// Type-level checks of the maps `pnpm generate` writes into every types package (`src/generated/operations.ts`): the
// shapes `@dtk/runtime` relies on. One definition for every types package's type test and the scaffold's; whether the
// maps agree with the description is checked once, by the pipeline's own tests.

/** `true` when `A` and `B` are the same type (not merely assignable both ways). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** `true` when `A` is assignable to `B`, without distributing over unions. */
type Fits<A, B> = [A] extends [B] ? true : false;
type KeysOfEach<T> = T extends unknown ? keyof T : never;

/** What a types package exports of its generated maps. */
export interface GeneratedMaps {
  readonly operationRoutes: object;
  readonly operationSecurity: object;
  readonly operationScopes: object;
  readonly securitySchemes: object;
  readonly apiDescription: object;
}

type Route = {
  readonly method: string;
  readonly path: string;
  readonly requestContentType?: string;
  readonly server?: string;
};
type Requirement = Readonly<Record<string, readonly string[]>>;
type Requirements<Maps extends GeneratedMaps> = Maps['operationSecurity'][keyof Maps['operationSecurity']];

/**
 * For the maps of one API (`typeof import('…-types')`) and its `OperationId`: each check is `true` when it holds.
 * Use with `Failing` (`@dtk/scripts/testing/documented-pattern`): `expectTypeOf<Failing<…>>().toEqualTypeOf<never>()`.
 */
export type GeneratedMapsChecks<OperationId extends string, Maps extends GeneratedMaps> = {
  securityKeyedByOperation: Same<keyof Maps['operationSecurity'], OperationId>;
  scopesKeyedByOperation: Same<keyof Maps['operationScopes'], OperationId>;
  routesByMethodAndPath: Fits<Maps['operationRoutes'], Readonly<Record<OperationId, Route>>>;
  requirementsAreAlternatives: Fits<Maps['operationSecurity'], Readonly<Record<OperationId, readonly Requirement[]>>>;
  requirementsNameDeclaredSchemes: Fits<
    KeysOfEach<Requirements<Maps> extends readonly (infer Item)[] ? Item : never>,
    keyof Maps['securitySchemes']
  >;
  descriptionRevision: Fits<
    Maps['apiDescription'],
    {
      readonly title: string;
      readonly version: string;
      readonly openapi: string;
      readonly sha256: string;
      readonly servers: readonly string[];
    }
  >;
};
