// The bottom layer shared by @dtk/auth and @dtk/runtime (which never import each other): redaction, the error
// convention, option validation and an abortable delay. Everything here is universal (browsers and Node).
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
  safeMessage,
  SecretSet,
  type SafeMessageOptions,
} from './redaction.js';
export { DtkError, hasErrorCode, isDtkError, MAX_ERROR_MESSAGE_LENGTH, type DtkErrorOptions } from './errors.js';
export {
  describeValue,
  durationOption,
  integerOption,
  MAX_TIMER_MS,
  numberOption,
  urlOption,
  type DurationBounds,
  type UrlOptionRules,
} from './options.js';
export { sleep } from './timers.js';
