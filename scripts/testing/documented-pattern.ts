// Type-level model of openapi-fetch's documented style, for the type tests of every types package:
//
//   const { data, error } = await client.GET(…);
//   if (error) throw error;
//   data.…            // must compile: after the check only the success member of the result union is left
//
// TypeScript drops a member of the result union at `if (error) throw` only when that member's `error` cannot be
// falsy, i.e. when it is an object type. These types compute which members survive, so a test can check every
// operation of an API at once (a new operation is covered without being listed).
import type { FetchResponse } from 'openapi-fetch';

/** Whether a value of type `Value` can be falsy (distributes over unions; `unknown` and primitives can). */
type MayBeFalsy<Value> = unknown extends Value
  ? true
  : Value extends object
    ? false
    : Value extends true
      ? false
      : Value extends string
        ? Value extends ''
          ? true
          : string extends Value
            ? true
            : false
        : Value extends number
          ? Value extends 0
            ? true
            : number extends Value
              ? true
              : false
          : true;

/** The `error` of one member of a result union (`undefined` for the success member's `error?: never`). */
type ErrorOf<Member> = Member extends { error?: unknown } ? Member['error'] : undefined;

/** The members of a `{ data, error }` result union that are left after `if (error) throw …`. */
export type AfterErrorCheck<Result> = Result extends unknown
  ? true extends MayBeFalsy<ErrorOf<Result>>
    ? Result
    : never
  : never;

/** `true` when only success members (those with a `data` key) are left after `if (error) throw …`. */
export type NarrowsAfterErrorCheck<Result> = [AfterErrorCheck<Result>] extends [{ data: unknown }] ? true : false;

/** The keys of `Checks` whose check is not `true`: an empty union (`never`) when every one passes. */
export type Failing<Checks> = { [Key in keyof Checks]: Checks[Key] extends true ? never : Key }[keyof Checks];

/** What openapi-fetch resolves a call of `Operation` with (JSON responses, default parsing). */
// biome-ignore lint/complexity/noBannedTypes: `{}` is openapi-fetch's own type for a call without options
type ResultOf<Operation> = FetchResponse<Operation & Record<string, unknown>, {}, `${string}/${string}`>;

/** For each operation (e.g. a types package's `operations`): whether `if (error) throw` narrows its `data`. */
export type DocumentedPatternChecks<Operations> = {
  [Id in keyof Operations]: NarrowsAfterErrorCheck<ResultOf<Operations[Id]>>;
};
