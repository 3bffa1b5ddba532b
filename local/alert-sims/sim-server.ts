import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimReply {
  status: number;
  /** A string is sent as text/plain, anything else as JSON. */
  body: unknown;
}

export interface SimServer {
  origin: string;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 (port 0 unless given) answering each request with `answer`. */
export async function startSimServer(
  answer: (method: string, path: string, body: string) => SimReply,
  port = 0,
): Promise<SimServer> {
  const server = createServer((request, response) => {
    readBody(request)
      .then((body) => {
        send(
          response,
          answer(request.method ?? 'GET', new URL(request.url ?? '/', 'http://x').pathname, body),
        );
      })
      .catch((error: unknown) => {
        send(response, { status: 500, body: `simulator error: ${String(error)}` });
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('error', reject);
    request.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
  });
}

function send(response: ServerResponse, reply: SimReply): void {
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    'Content-Type': typeof reply.body === 'string' ? 'text/plain' : 'application/json',
  });
  response.end(text);
}

export function parseJsonBody(body: string): Record<string, unknown> | null {
  try {
    const parsed: unknown = JSON.parse(body);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** What both alert simulators keep: the messages they accepted, the failures asked for, and who listens. */
export interface MessageLog<Message> {
  readonly messages: readonly Message[];
  /** The next `count` requests fail with this answer. */
  failNext(count: number, reply: SimReply): void;
  /** Calls `listener` with every accepted message; returns the unsubscribe function. */
  onMessage(listener: (message: Message) => void): () => void;
  clear(): void;
}

export interface MessageRecorder<Message> extends MessageLog<Message> {
  /** The failure queued for this request, if any. */
  takeFailure(): SimReply | undefined;
  record(message: Message): void;
}

export function createMessageRecorder<Message>(): MessageRecorder<Message> {
  const messages: Message[] = [];
  const failures: SimReply[] = [];
  const listeners = new Set<(message: Message) => void>();
  return {
    messages,
    failNext(count, reply) {
      for (let index = 0; index < count; index += 1) failures.push(reply);
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear() {
      messages.length = 0;
      failures.length = 0;
    },
    takeFailure: () => failures.shift(),
    record(message) {
      messages.push(message);
      for (const listener of listeners) listener(message);
    },
  };
}
