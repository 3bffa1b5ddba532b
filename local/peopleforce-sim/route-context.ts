import type { EnvelopeShape } from './page-envelope';
import type { SimulatorFaults } from './simulator-faults';
import type { SimulatorState } from './simulator-state';

/** A request as the route handlers see it: the path below `/api/public/v3`, the parsed query, the raw body. */
export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
}

/** A string body is sent as HTML, `undefined` as an empty body, anything else as JSON. */
export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface RouteContext {
  state: SimulatorState;
  faults: SimulatorFaults;
  pageSize: number;
  envelope: EnvelopeShape;
  now: () => Date;
}

export function notFound(what: string): SimResponse {
  return { status: 404, body: { message: `${what} not found` } };
}

export function unprocessable(errors: Record<string, string[]>): SimResponse {
  const sentences = Object.entries(errors).flatMap(([field, messages]) =>
    messages.map((message) => `${humanField(field)} ${message}`),
  );
  return { status: 422, body: { message: `Validation failed: ${sentences.join(', ')}`, errors } };
}

function humanField(field: string): string {
  const words = field.replace(/_id$/, '').replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
