import { decodeBase64Url } from './base64url.js';

export type JsonObject = Record<string, unknown>;

function decodeSegment(segment: string | undefined): JsonObject | undefined {
  if (!segment) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(decodeBase64Url(segment)));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a compact JWS's header and payload WITHOUT verifying it. Only for
 * values already verified elsewhere, or used as hints (an access token's `exp`).
 */
export function decodeJwtUnverified(token: string): { header: JsonObject; payload: JsonObject } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const header = decodeSegment(parts[0]);
  const payload = decodeSegment(parts[1]);
  return header && payload ? { header, payload } : undefined;
}
