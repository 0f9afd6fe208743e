// The bottom layer shared by @dtk/auth and @dtk/runtime (which never import each other): redaction, the error
// convention, option validation (bearer-token syntax included), an abortable delay, and the types packages'
// error-body adjustment. Everything here is universal (browsers and Node).

export { DtkError, type DtkErrorOptions, hasErrorCode, isDtkError, MAX_ERROR_MESSAGE_LENGTH } from './errors.js';
export type {
  DescribedOperation,
  DescribedOperations,
  DescribedPaths,
  UndocumentedErrorBody,
} from './openapi-types.js';
export {
  type DurationBounds,
  describeValue,
  durationOption,
  integerOption,
  isBearerToken,
  MAX_TIMER_MS,
  MAX_TOKEN_LENGTH,
  numberOption,
  type UrlOptionRules,
  urlOption,
} from './options.js';
export {
  cleanText,
  isSecret,
  isSecretName,
  MAX_SCANNED_TEXT,
  REDACTED,
  redactHeaders,
  redactPath,
  redactText,
  redactUrl,
  redactValue,
  type SafeMessageOptions,
  SecretSet,
  safeMessage,
} from './redaction.js';
export { sleep } from './timers.js';
