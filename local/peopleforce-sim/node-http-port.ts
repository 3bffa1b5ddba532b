import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { HttpPort, HttpResponse } from '../../src/platform/ports';

/**
 * An `HttpPort` on Node's own http client, for tests and local tools that talk to the simulator. It does not
 * go through `global.fetch`, which the local Forge host replaces to enforce the manifest's egress list.
 */
export function createNodeHttpPort(): HttpPort {
  return (url, init) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const target = new URL(url);
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      const body = init.body === undefined ? undefined : Buffer.from(init.body, 'utf8');
      const headers = { ...init.headers, ...(body ? { 'Content-Length': String(body.length) } : {}) };
      const outgoing = send(target, { method: init.method, headers }, (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({
            status: incoming.statusCode ?? 0,
            headers: { get: (name) => headerValue(incoming.headers[name.toLowerCase()]) },
            text: () => Promise.resolve(text),
          });
        });
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}
