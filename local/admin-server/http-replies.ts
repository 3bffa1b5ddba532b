import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * The Custom UI content security policy Forge applies, plus inline styles: Atlaskit and the design-token
 * themes insert <style> elements, which the manifest allows with `permissions.content.styles: [unsafe-inline]`.
 * Serving the page under it locally makes an inline script or a remote font fail here as it would in Jira.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

export class HttpReplyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpReplyError';
  }
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

export function sendError(response: ServerResponse, status: number, message: string): void {
  sendJson(response, status, { error: { status, message } });
}

export function sendText(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body), ...headers });
  response.end(body);
}

/** Reads a JSON request body of at most `limitBytes`; a larger or unparsable body is the caller's fault (4xx). */
export async function readJsonBody(request: IncomingMessage, limitBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limitBytes)
      throw new HttpReplyError(413, `The request body is larger than ${limitBytes} bytes.`);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw new HttpReplyError(400, 'The request body is empty; send JSON.');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpReplyError(400, 'The request body is not valid JSON.');
  }
}
