// Type tests of the generated-maps checks every types package runs: they pass on maps of the generated shape and
// name what is wrong with a broken one, so a types package's check can fail.
import { describe, expectTypeOf, it } from 'vitest';
import type { Failing } from '../testing/documented-pattern.js';
import type { GeneratedMapsChecks } from '../testing/generated-maps.js';

type Maps = {
  readonly operationRoutes: {
    readonly listAccounts: { readonly method: 'get'; readonly path: '/users/{userId}/accounts' };
    readonly getUser: { readonly method: 'get'; readonly path: '/users/{userId}'; readonly server: 'https://x' };
  };
  readonly operationSecurity: {
    readonly listAccounts: readonly [{ readonly bearer: readonly ['accounts.read'] }];
    readonly getUser: readonly [];
  };
  readonly operationScopes: { readonly listAccounts: readonly ['accounts.read']; readonly getUser: readonly [] };
  readonly securitySchemes: { readonly bearer: { readonly type: 'oauth2' } };
  readonly apiDescription: {
    readonly title: 'API';
    readonly version: '1';
    readonly openapi: '3.1.0';
    readonly sha256: 'abc';
    readonly servers: readonly ['https://{host}/api'];
  };
};
type Id = 'listAccounts' | 'getUser';
type With<Key extends keyof Maps, Value> = Omit<Maps, Key> & { readonly [K in Key]: Value };

describe('GeneratedMapsChecks', () => {
  it('passes maps of the generated shape', () => {
    expectTypeOf<Failing<GeneratedMapsChecks<Id, Maps>>>().toEqualTypeOf<never>();
  });

  it('names each check a broken map fails', () => {
    type OneOperationLess = With<
      'operationSecurity',
      { readonly listAccounts: Maps['operationSecurity']['listAccounts'] }
    >;
    expectTypeOf<Failing<GeneratedMapsChecks<Id, OneOperationLess>>>().toEqualTypeOf<
      'securityKeyedByOperation' | 'requirementsAreAlternatives'
    >();
    type UndeclaredScheme = With<
      'operationSecurity',
      {
        readonly listAccounts: Maps['operationSecurity']['listAccounts'];
        readonly getUser: readonly [{ readonly apiKey: readonly [] }];
      }
    >;
    expectTypeOf<
      Failing<GeneratedMapsChecks<Id, UndeclaredScheme>>
    >().toEqualTypeOf<'requirementsNameDeclaredSchemes'>();
    type RouteWithoutPath = With<
      'operationRoutes',
      { readonly listAccounts: { readonly method: 'get' }; readonly getUser: Maps['operationRoutes']['getUser'] }
    >;
    expectTypeOf<Failing<GeneratedMapsChecks<Id, RouteWithoutPath>>>().toEqualTypeOf<'routesByMethodAndPath'>();
    type ExtraScopesKey = With<'operationScopes', Maps['operationScopes'] & { readonly removed: readonly [] }>;
    expectTypeOf<Failing<GeneratedMapsChecks<Id, ExtraScopesKey>>>().toEqualTypeOf<'scopesKeyedByOperation'>();
    type NoDigest = With<'apiDescription', Omit<Maps['apiDescription'], 'sha256'>>;
    expectTypeOf<Failing<GeneratedMapsChecks<Id, NoDigest>>>().toEqualTypeOf<'descriptionRevision'>();
  });
});
