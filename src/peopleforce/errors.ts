/**
 * Every failure of the PeopleForce client, with the data a caller needs to decide what to do next: the HTTP
 * status, whether trying again later can help, and how long the server asked to wait. Messages say what is
 * wrong and what to do about it; they never contain the API key.
 */
export type PeopleForceErrorCode =
  | 'missing_key'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'validation'
  | 'rate_limited'
  | 'server'
  | 'network'
  | 'malformed'
  | 'pagination_broken';

export interface PeopleForceErrorDetails {
  code: PeopleForceErrorCode;
  status?: number | null;
  retryable?: boolean;
  retryAfterSeconds?: number | null;
  /** The request that failed, e.g. `PUT /tasks/42/complete` (no host, no query). */
  request?: string | null;
  cause?: unknown;
}

export class PeopleForceError extends Error {
  override readonly name = 'PeopleForceError';
  readonly code: PeopleForceErrorCode;
  readonly status: number | null;
  readonly retryable: boolean;
  readonly retryAfterSeconds: number | null;
  readonly request: string | null;

  constructor(message: string, details: PeopleForceErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.code = details.code;
    this.status = details.status ?? null;
    this.retryable = details.retryable ?? false;
    this.retryAfterSeconds = details.retryAfterSeconds ?? null;
    this.request = details.request ?? null;
  }

  /** The same failure, handed back to a caller who cannot afford to wait `seconds` now (a queue can). */
  deferred(seconds: number): PeopleForceError {
    return new PeopleForceError(
      `${this.message} Waiting ${seconds} s is more than this run can afford; retry later.`,
      {
        code: this.code,
        status: this.status,
        retryable: true,
        retryAfterSeconds: seconds,
        request: this.request,
        cause: this.cause,
      },
    );
  }
}

export function isPeopleForceError(error: unknown): error is PeopleForceError {
  return error instanceof PeopleForceError;
}
