import { z } from 'zod';
import { PeopleForceError } from './errors';

export type PeopleForceMethod = 'GET' | 'PUT' | 'POST';

export interface RequestLabel {
  method: PeopleForceMethod;
  /** Path below the API base, without the query. */
  path: string;
  /** What the request is about, for messages: "task 42". */
  subject?: string;
}

export interface FailedResponse {
  status: number;
  /** The body with the API key already redacted. */
  bodyText: string;
  retryAfterSeconds: number | null;
}

/** GET and PUT (complete/incomplete) can be repeated safely; POST /tasks would create a second task. */
export function isIdempotent(method: PeopleForceMethod): boolean {
  return method !== 'POST';
}

/** The one place that turns a non-2xx PeopleForce answer into an error. */
export function errorFromResponse(label: RequestLabel, response: FailedResponse): PeopleForceError {
  const { status } = response;
  const request = `${label.method} ${label.path}`;
  const said = serverSays(response.bodyText);
  const base = { status, request, retryAfterSeconds: response.retryAfterSeconds };
  if (status === 401) {
    return new PeopleForceError(
      'PeopleForce rejected the API key (401 Bad Credentials). Create a Company API key in PeopleForce ' +
        '(Settings → API keys) and save it in the app’s connection settings.',
      { ...base, code: 'unauthorized' },
    );
  }
  if (status === 403) {
    return new PeopleForceError(
      `PeopleForce refused ${request} (403 Forbidden): the API key lacks permission for it, or the request came ` +
        `from an IP address outside the key's IP allow-list.${said}`,
      { ...base, code: 'forbidden' },
    );
  }
  if (status === 404) return notFoundError(label, base);
  if (status === 429) {
    return new PeopleForceError(`PeopleForce rate limit reached (429) on ${request}.`, {
      ...base,
      code: 'rate_limited',
      retryable: true,
    });
  }
  if (status >= 500) {
    const unsafe = isIdempotent(label.method)
      ? ''
      : ' The task may or may not have been created; check before trying again.';
    return new PeopleForceError(`PeopleForce failed with ${status} on ${request}.${said}${unsafe}`, {
      ...base,
      code: 'server',
      retryable: isIdempotent(label.method),
    });
  }
  return new PeopleForceError(`PeopleForce rejected ${request} (${status}).${said}`, {
    ...base,
    code: 'validation',
  });
}

function notFoundError(label: RequestLabel, base: { status: number; request: string }): PeopleForceError {
  const message = label.subject
    ? `PeopleForce ${label.subject} was not found (404); it may have been deleted in PeopleForce.`
    : `PeopleForce answered 404 for ${base.request}; check the API base URL.`;
  return new PeopleForceError(message, { ...base, code: 'not_found' });
}

export function networkError(label: RequestLabel, detail: string): PeopleForceError {
  const unsafe = isIdempotent(label.method)
    ? ''
    : ' The task may or may not have been created; check before trying again.';
  return new PeopleForceError(
    `Could not reach PeopleForce for ${label.method} ${label.path}: ${detail}.${unsafe}`,
    {
      code: 'network',
      request: `${label.method} ${label.path}`,
      retryable: isIdempotent(label.method),
    },
  );
}

const ServerMessageSchema = z.object({
  message: z.string().optional(),
  error: z.string().optional(),
  errors: z.unknown().optional(),
});

/** PeopleForce's error bodies are undocumented: read `message`, `error` or `errors` in any of their shapes. */
function serverSays(bodyText: string): string {
  const parsed = ServerMessageSchema.safeParse(safeJson(bodyText));
  if (!parsed.success) return '';
  const { message, error, errors } = parsed.data;
  const text = (message ?? error ?? flattenErrors(errors).join('; ')).trim();
  return text === '' ? '' : ` PeopleForce said: "${text.length > 300 ? `${text.slice(0, 300)}…` : text}"`;
}

function flattenErrors(errors: unknown): string[] {
  if (typeof errors === 'string') return [errors];
  if (Array.isArray(errors))
    return errors.flatMap((item) => (isRecord(item) ? flattenErrors(item.message) : flattenErrors(item)));
  if (isRecord(errors)) {
    return Object.entries(errors).flatMap(([field, messages]) =>
      flattenErrors(messages).map((text) => `${field} ${text}`),
    );
  }
  return [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
