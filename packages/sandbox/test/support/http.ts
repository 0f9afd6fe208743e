// Calling the sandbox's APIs as a plain HTTP client would.
export interface ApiResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON, the text when not JSON, undefined when empty. */
  body: any;
  /** The media type the answer declared. */
  mediaType: string | undefined;
}

export async function call(
  method: string,
  url: string,
  options: { token?: string; body?: unknown; contentType?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    headers['content-type'] = options.contentType ?? 'application/json';
    body =
      typeof options.body === 'string'
        ? options.body
        : headers['content-type'].includes('x-www-form-urlencoded')
          ? new URLSearchParams(options.body as Record<string, string>).toString()
          : JSON.stringify(options.body);
  }
  const response = await fetch(url, { method, headers, ...(body !== undefined && { body }) });
  const text = await response.text();
  const mediaType = response.headers.get('content-type')?.split(';')[0]?.trim();
  let parsed: unknown = text === '' ? undefined : text;
  if (text !== '' && mediaType && /json/.test(mediaType)) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed, mediaType };
}
