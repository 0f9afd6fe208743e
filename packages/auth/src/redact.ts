/**
 * Redaction of credentials from text that may end up in logs: error messages,
 * server error descriptions, request dumps.
 *
 * The rules are generic on purpose (shapes and parameter-name fragments rather
 * than a list of exact parameter names), so they also catch credentials the
 * package never handles itself.
 */

const REDACTED = '[REDACTED]';

/** Parameter names that carry credentials: access/refresh/id tokens, secrets, assertions, codes, verifiers, keys. */
const SENSITIVE_NAME = String.raw`[\w.-]*(?:token|secret|assertion|code|verifier|password|key)[\w.-]*`;

const RULES: ReadonlyArray<readonly [RegExp, string]> = [
  // PEM blocks (private keys, certificates), even when truncated.
  [/-----BEGIN [A-Z0-9 ]+-----[\s\S]*?(?:-----END [A-Z0-9 ]+-----|$)/g, `${REDACTED} PEM`],
  // JWS (3 parts) and JWE (5 parts) compact serialisations.
  [/\beyJ[\w-]*(?:\.[\w-]*){2,4}/g, `${REDACTED} JWT`],
  // Authorization header values.
  [/\b(Bearer|Basic|DPoP)\s+[\w\-.~+/]+=*/gi, `$1 ${REDACTED}`],
  // name=value in query strings and form bodies.
  [new RegExp(String.raw`\b(${SENSITIVE_NAME})=[^&\s"',;]+`, 'gi'), `$1=${REDACTED}`],
  // "name": "value" in JSON.
  [new RegExp(String.raw`("${SENSITIVE_NAME}"\s*:\s*)"(?:[^"\\]|\\.)*"`, 'gi'), `$1"${REDACTED}"`],
  // Long opaque base64url runs: opaque tokens, codes and secrets without a name next to them.
  [/[A-Za-z0-9_-]{40,}/g, REDACTED],
];

/** Returns `text` with tokens, secrets, codes, verifiers, assertions and keys replaced by `[REDACTED]`. */
export function redactSecrets(text: string): string {
  let result = text;
  for (const [pattern, replacement] of RULES) result = result.replace(pattern, replacement);
  return result;
}
