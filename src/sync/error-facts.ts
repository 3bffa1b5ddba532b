/**
 * What the engine needs to know of any error thrown by a client: a readable message, the HTTP status, how long
 * the remote asked us to wait, and which side failed. Read structurally so that the engine does not depend on
 * the clients' class hierarchy.
 */
export interface ErrorFacts {
  message: string;
  status: number | null;
  retryAfterSeconds: number | null;
  source: 'jira' | 'peopleforce' | 'mapping';
}

export function errorFacts(error: unknown): ErrorFacts {
  if (!(error instanceof Error))
    return { message: String(error), status: null, retryAfterSeconds: null, source: 'jira' };
  const fields = error as Error & { status?: unknown; retryAfterSeconds?: unknown };
  const status = typeof fields.status === 'number' ? fields.status : null;
  const retryAfterSeconds = typeof fields.retryAfterSeconds === 'number' ? fields.retryAfterSeconds : null;
  const source = error.name.toLowerCase().includes('peopleforce') ? 'peopleforce' : 'jira';
  return { message: error.message, status, retryAfterSeconds, source };
}

export function isNotFound(error: unknown): boolean {
  return errorFacts(error).status === 404;
}

/** "summary: Field required; customfield_10050: Option 'x' is not valid" from a Jira per-item error. */
export function describeJiraErrors(errors: Record<string, string>, errorMessages: readonly string[]): string {
  const fieldErrors = Object.entries(errors).map(([field, message]) => `${field}: ${message}`);
  return [...errorMessages, ...fieldErrors].join('; ') || 'Jira refused the issue without saying why';
}
