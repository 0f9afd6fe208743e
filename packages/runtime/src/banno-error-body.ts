/** Banno's generic error body (`{ errorCode, messages }`), the most common of its error shapes. */
export interface BannoErrorBody {
  errorCode: number;
  messages: string;
}

/** True when a parsed error body has Banno's generic `{ errorCode, messages }` shape. */
export function isBannoErrorBody(body: unknown): body is BannoErrorBody {
  if (typeof body !== 'object' || body === null) return false;
  const { errorCode, messages } = body as Record<string, unknown>;
  return typeof errorCode === 'number' && typeof messages === 'string';
}
