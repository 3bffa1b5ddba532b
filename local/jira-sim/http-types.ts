import type { Actor } from './actor';

export interface SimRequest {
  method: string;
  /** Path below `/rest/api/3`, e.g. `/issue/HR-1`. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  actor: Actor;
}

export interface SimResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (request: SimRequest) => SimResponse;

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Segments starting with ':' capture a decoded path segment, e.g. `/issue/:issueIdOrKey`. */
  pattern: string;
  handler: RouteHandler;
}

export const json = (body: unknown, status = 200): SimResponse => ({ status, body });
export const noContent = (): SimResponse => ({ status: 204 });
