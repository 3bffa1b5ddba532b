import type { AdminErrorCode, Problem } from '../../../../src/config/admin-api';

/** Codes after which the same call may succeed when tried again later. */
const retryableCodes: ReadonlySet<AdminErrorCode> = new Set([
  'busy',
  'peopleforce_error',
  'jira_error',
  'internal',
]);

export interface AdminApiErrorData {
  code: AdminErrorCode;
  message: string;
  problems?: readonly Problem[];
}

/**
 * A failed admin call: the backend's `{ ok: false, error }` answer, a payload the page refused to send, or a
 * bridge failure. Carries the code and the per-field problems so that forms can show each next to its field.
 */
export class AdminApiError extends Error {
  readonly key: string;
  readonly code: AdminErrorCode;
  readonly problems: readonly Problem[];
  readonly retryable: boolean;

  constructor(key: string, data: AdminApiErrorData) {
    super(data.message);
    this.name = 'AdminApiError';
    this.key = key;
    this.code = data.code;
    this.problems = data.problems ?? [];
    this.retryable = retryableCodes.has(data.code);
  }
}

/** The text to show for any error a hook caught, whether the API or the browser raised it. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return 'Something went wrong and no reason was given.';
}
