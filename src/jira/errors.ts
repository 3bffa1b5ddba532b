/**
 * One error hierarchy for Jira, built from HTTP in one place (`jiraErrorFromResponse`). Errors carry what the
 * caller needs to decide: the status, Jira's own messages keyed by field, whether a retry can help, and how
 * long to wait. Messages name the path without its query string and never include request bodies.
 */
import { z } from 'zod';

export interface JiraErrorDetails {
  status: number;
  method: string;
  path: string;
  errorMessages?: readonly string[];
  errors?: Readonly<Record<string, string>>;
  retryAfterSeconds?: number;
  cause?: unknown;
  summary?: string;
}

const RETRYABLE_STATUSES = new Set([0, 429, 500, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

function describe(details: JiraErrorDetails): string {
  const fieldProblems = Object.entries(details.errors ?? {}).map(
    ([field, message]) => `${field}: ${message}`,
  );
  const problems = [...fieldProblems, ...(details.errorMessages ?? [])];
  const what =
    details.summary ?? (details.status === 0 ? 'could not be sent' : `failed with ${details.status}`);
  const why = problems.length > 0 ? `: ${problems.join('; ')}` : '';
  const wait = details.retryAfterSeconds === undefined ? '' : ` (retry after ${details.retryAfterSeconds}s)`;
  return `Jira ${details.method} ${details.path} ${what}${why}${wait}`;
}

export class JiraError extends Error {
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly errorMessages: readonly string[];
  readonly errors: Readonly<Record<string, string>>;
  readonly retryable: boolean;
  readonly retryAfterSeconds: number | undefined;

  constructor(details: JiraErrorDetails) {
    super(describe(details), details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'JiraError';
    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.errorMessages = details.errorMessages ?? [];
    this.errors = details.errors ?? {};
    this.retryable = isRetryableStatus(details.status);
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** 404: the issue, property, project or user does not exist, or the app may not see it. */
export class JiraNotFoundError extends JiraError {
  constructor(details: JiraErrorDetails) {
    super(details);
    this.name = 'JiraNotFoundError';
  }
}

/** Jira answered 2xx with a body that does not have the documented shape. */
export class JiraResponseShapeError extends JiraError {
  constructor(details: JiraErrorDetails) {
    super({ ...details, summary: 'answered with an unexpected body' });
    this.name = 'JiraResponseShapeError';
  }
}

const ErrorBody = z.looseObject({
  errorMessages: z.array(z.string()).optional(),
  errors: z.record(z.string(), z.unknown()).optional(),
  message: z.string().optional(),
});

/** Jira's `{errorMessages, errors}` body (or a proxy's `{message}`), tolerating anything else. */
export function parseErrorBody(text: string): { errorMessages: string[]; errors: Record<string, string> } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { errorMessages: [], errors: {} };
  }
  const parsed = ErrorBody.safeParse(json);
  if (!parsed.success) return { errorMessages: [], errors: {} };
  const { errorMessages = [], errors = {}, message } = parsed.data;
  return {
    errorMessages: message === undefined ? errorMessages : [...errorMessages, message],
    errors: Object.fromEntries(Object.entries(errors).map(([field, value]) => [field, String(value)])),
  };
}

export function jiraErrorFromResponse(
  request: { method: string; path: string },
  status: number,
  bodyText: string,
  retryAfterSeconds?: number,
): JiraError {
  const details: JiraErrorDetails = {
    status,
    method: request.method,
    path: request.path,
    ...parseErrorBody(bodyText),
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
  return status === 404 ? new JiraNotFoundError(details) : new JiraError(details);
}
