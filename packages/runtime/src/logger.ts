/** Fields of one log entry. URLs and headers in them are already redacted. */
export interface LogFields {
  method: string;
  /** Path and query, secret-looking query values and the call's credentials redacted. */
  path: string;
  operationId?: string | undefined;
  /** 1 for the first attempt; counts across the whole call, a re-send after a 401 included. */
  attempt: number;
  status?: number;
  durationMs?: number;
  requestId?: string | undefined;
  /** Wait before the next attempt. */
  delayMs?: number;
  /** Request headers, Authorization, cookies, API keys and other secrets redacted (debug entries only). */
  headers?: Record<string, string>;
  /** Name and message of a failure. */
  error?: string;
}

/**
 * Any object with some of these methods: `console` works as it is. Entries: `debug('http request')` before each
 * attempt, `info('http response')` after it, `warn('http retry')` before waiting to retry, `warn('http failure')` when
 * no response came.
 */
export interface Logger {
  debug?(message: string, fields: LogFields): void;
  info?(message: string, fields: LogFields): void;
  warn?(message: string, fields: LogFields): void;
}

/**
 * Writes one entry; a logger that throws never breaks the request it describes. The fields are built only when the
 * logger has a method for `level`: redacting them costs more than the request itself when nobody reads them.
 */
export function writeLog(
  logger: Logger | undefined,
  level: keyof Logger,
  message: string,
  fields: () => LogFields,
): void {
  if (logger === undefined) return;
  try {
    const write = logger[level];
    if (write) write.call(logger, message, fields());
  } catch {
    // Logging is best effort.
  }
}
