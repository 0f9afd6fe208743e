import type { CollectionStore } from './collections.js';
import type { OperationDescriptor } from './description.js';
import type { VerifiedToken } from './security.js';
import type { ParameterValues } from './validators.js';

/** An answer of the mock. `body` undefined means no body. */
export interface MockResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Default `application/json` when there is a body. */
  mediaType?: string;
}

/** A request that passed authorization and validation. */
export interface MockRequest {
  readonly api: string;
  readonly operation: OperationDescriptor;
  /** Coerced to their schema types, defaults applied; header names lower-cased. */
  readonly params: ParameterValues;
  /** The parsed body (JSON, or a form as an object), undefined when none was sent. */
  readonly body: unknown;
  /** The caller's token; undefined for public operations called without one. */
  readonly token: VerifiedToken | undefined;
  /** Aborted when the client goes away or the sandbox stops (a long poll ends early). */
  readonly signal: AbortSignal;
}

/** What a handler can fall back on. */
export interface MockTools {
  /** An error answer in the API's error shape (the operation's declared one for that status, when it has one). */
  error(status: number, message: string, headers?: Record<string, string>): MockResult;
  /** What the mock would answer without this handler: the collection behaviour, else the described example. */
  generic(): MockResult;
  /**
   * A success answer with `values` fitted to the operation's declared response schema (for `status`,
   * default the declared success status): unknown fields dropped, missing required ones from the example.
   */
  respond(values: unknown, status?: number): MockResult;
  readonly collections: CollectionStore;
  now(): Date;
  /** A new id, deterministic for a given seed. */
  newId(): string;
}

/**
 * Behaviour of one operation that needs state beyond what the description implies. Returning
 * undefined hands the request to the generic behaviour.
 */
export type OperationHandler = (
  request: MockRequest,
  tools: MockTools,
) => MockResult | undefined | Promise<MockResult | undefined>;
