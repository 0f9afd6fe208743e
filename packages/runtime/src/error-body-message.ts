import { isBannoErrorBody } from './banno-error-body.js';

// How many entries of a list of errors make it into a message line.
const MAX_LISTED_ERRORS = 3;

type Fields = Record<string, unknown>;

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** `{ errors: [{ code, message, field? }] }` (Entity Management): `CODE (field): message; ...`. */
function errorList(body: Fields): string | undefined {
  if (!Array.isArray(body.errors)) return undefined;
  const entries = body.errors.filter(isFields).flatMap((entry) => {
    const code = text(entry.code);
    const message = text(entry.message);
    if (!code && !message) return [];
    const field = text(entry.field);
    const label = [code, field && `(${field})`].filter(Boolean).join(' ');
    return [label && message ? `${label}: ${message}` : (label || message) as string];
  });
  if (entries.length === 0) return undefined;
  const more = entries.length > MAX_LISTED_ERRORS ? ` (+${entries.length - MAX_LISTED_ERRORS} more)` : '';
  return entries.slice(0, MAX_LISTED_ERRORS).join('; ') + more;
}

/** `{ error, error_description? }` (OAuth 2.0, RFC 6749 §5.2): `error: description`. */
function oauthError(body: Fields): string | undefined {
  const error = text(body.error);
  if (!error) return undefined;
  const description = text(body.error_description);
  return description ? `${error}: ${description}` : error;
}

/** `{ type, userFriendlyMessage? }` (Consumer bill pay and Zelle): the message, else the type. */
function typedFailure(body: Fields): string | undefined {
  return text(body.userFriendlyMessage) ?? text(body.type);
}

/**
 * The server's own explanation in an error body of a shape the specs declare: Banno's
 * `{ errorCode, messages }`, Entity Management's `{ errors: [...] }`, OAuth's
 * `{ error, error_description }`, or bill pay's and Zelle's `{ type, userFriendlyMessage }`.
 * Not shortened or redacted here.
 */
export function errorBodyMessage(body: unknown): string | undefined {
  if (isBannoErrorBody(body)) return text(body.messages);
  if (!isFields(body)) return undefined;
  return errorList(body) ?? oauthError(body) ?? typedFailure(body);
}
