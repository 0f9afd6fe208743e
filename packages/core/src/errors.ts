import { redactValue, SecretSet, safeMessage } from './redaction.js';

/** Node's `util.inspect` hook; a registered symbol, so referring to it is browser-safe. */
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

/**
 * The codes of an error's class and of every class above it, most specific first. A registered symbol, so two
 * installed copies of a package (or of this one) see the same brand: `instanceof` and the guards then work on
 * errors thrown by the other copy, which a prototype check cannot do.
 */
const LINEAGE = Symbol.for('@dtk/error.lineage');

/** Longest message an error keeps; server text beyond it is cut. */
export const MAX_ERROR_MESSAGE_LENGTH = 2_000;

/** A class in a {@link DtkError} hierarchy: it names its own stable code. */
interface ErrorClass {
  readonly code: string;
}

function ownCode(errorClass: unknown): string | undefined {
  return typeof errorClass === 'function' && Object.hasOwn(errorClass, 'code')
    ? ((errorClass as unknown as ErrorClass).code as string)
    : undefined;
}

/** Options every {@link DtkError} takes besides its message and details. */
export interface DtkErrorOptions {
  /** The error that caused this one. One that is not a DtkError is kept as a redacted copy (name, code, message). */
  cause?: unknown;
  /** Exact secret values to remove from the message and the cause (the tokens, codes or keys the failing step sent). */
  secrets?: Iterable<string> | undefined;
}

/**
 * A cause that is safe to keep: our own errors are safe by construction; anything else (a platform TypeError, a
 * library's error carrying a response body) is replaced by a plain Error with its name, code and redacted message.
 */
function safeCause(cause: unknown, secrets: SecretSet | undefined, depth = 0): unknown {
  if (cause === undefined || isDtkError(cause)) return cause;
  const source = cause as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
  const text = cause instanceof Error || (typeof cause === 'object' && cause !== null) ? source.message : cause;
  const copy = new Error(safeMessage(String(text ?? ''), { secrets, maxLength: MAX_ERROR_MESSAGE_LENGTH }));
  copy.name = typeof source?.name === 'string' ? source.name.slice(0, 64) : 'Error';
  if (typeof source?.code === 'string' || typeof source?.code === 'number') {
    Object.defineProperty(copy, 'code', { value: source.code, enumerable: true });
  }
  // Network failures nest the useful part (`ECONNRESET`) one level down: keep a short chain.
  if (depth < 3 && typeof source === 'object' && source !== null && source.cause !== undefined) {
    copy.cause = safeCause(source.cause, secrets, depth + 1);
  }
  return copy;
}

/**
 * The base of every error our packages throw. Each class declares `static readonly code` (`'ERR_DTK_…'`) and
 * `override readonly name`; an instance carries its class's `code`, one `details` object, a message with secrets
 * removed (server text cleaned, cut and redacted), and prints only safe fields through `toString`, `toJSON` and
 * `util.inspect`. `instanceof` recognises errors from another installed copy of the package by their codes.
 */
export abstract class DtkError<Details extends object = Record<string, unknown>> extends Error {
  /** The code of errors of this class; every subclass declares its own. */
  static readonly code: string = 'ERR_DTK';

  /** Stable, documented code of this failure (`'ERR_DTK_…'`): match on it rather than on the message. */
  readonly code: string;
  /** What is known about the failure, secrets removed. */
  readonly details: Details;
  declare readonly [LINEAGE]: readonly string[];

  constructor(message: string, details: Details, options: DtkErrorOptions = {}) {
    const secrets = options.secrets ? new SecretSet(options.secrets) : undefined;
    const cause = safeCause(options.cause, secrets);
    super(
      safeMessage(message, { secrets, maxLength: MAX_ERROR_MESSAGE_LENGTH }),
      cause === undefined ? undefined : { cause },
    );
    const lineage: string[] = [];
    for (let current: unknown = new.target; current && current !== Error; current = Object.getPrototypeOf(current)) {
      const code = ownCode(current);
      if (code) lineage.push(code);
    }
    this.code = lineage[0] ?? DtkError.code;
    this.details = details;
    Object.defineProperty(this, LINEAGE, { value: Object.freeze(lineage) });
  }

  /**
   * `error instanceof SomeDtkError` is true for errors of that class or a subclass, from this copy of the package
   * or another one. A user subclass that declares no code of its own falls back to the prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class instanceof was asked about, a subclass included
    const code = ownCode(this);
    const lineage =
      typeof value === 'object' && value !== null ? (value as { [LINEAGE]?: unknown })[LINEAGE] : undefined;
    // biome-ignore lint/complexity/noThisInStatic: the prototype check must run against the class asked about
    if (code === undefined || !Array.isArray(lineage)) return Function.prototype[Symbol.hasInstance].call(this, value);
    return lineage.includes(code);
  }

  override toString(): string {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  /** What `JSON.stringify` shows: name, code, message, details (redacted once more) and the cause's summary. */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {
      name: this.name,
      code: this.code,
      message: this.message,
      details: redactValue(this.details),
    };
    if (this.cause !== undefined) json.cause = describeCause(this.cause);
    return json;
  }

  [inspectCustom](): string {
    const details = JSON.stringify(redactValue(this.details));
    const frames = (this.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    const cause = this.cause === undefined ? [] : [`  [cause]: ${JSON.stringify(describeCause(this.cause))}`];
    return [`${this.toString()} ${details === '{}' ? '' : details}`.trimEnd(), ...frames, ...cause].join('\n');
  }
}

function describeCause(cause: unknown): unknown {
  if (isDtkError(cause)) return cause.toJSON();
  const source = cause as { name?: unknown; message?: unknown; code?: unknown };
  return {
    name: String(source?.name ?? 'Error'),
    code: source?.code,
    message: safeMessage(String(source?.message ?? cause)),
  };
}

/** True for an error of any of our packages, from any installed copy. */
export function isDtkError(value: unknown): value is DtkError {
  return typeof value === 'object' && value !== null && Array.isArray((value as { [LINEAGE]?: unknown })[LINEAGE]);
}

/** True when `value` is one of our errors whose class or a class above it has `code`. */
export function hasErrorCode(value: unknown, code: string): value is DtkError {
  return isDtkError(value) && value[LINEAGE].includes(code);
}
