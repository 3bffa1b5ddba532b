/** What converting one source value for one Jira field gave. */
export type FieldValueResult = (
  | { kind: 'set'; value: unknown }
  /** Nothing to write: omitted on create, cleared on edit. */
  | { kind: 'clear' }
  | { kind: 'problem'; message: string }
) & {
  /** Emails that matched no Jira user; reported, never a problem. */
  unmatchedEmails?: readonly string[];
};

export interface ConversionContext {
  /** Keys as `collectUserEmails` returns them (trimmed, lower case); null means "no Jira user". */
  accountIdByEmail: ReadonlyMap<string, string | null>;
  /** Used for the assignee when the task's assignee has no Jira user (or none at all). */
  fallbackAssigneeAccountId: string | null;
  trackingLabel: string;
  /** Names the screen in problems, e.g. "HR/10001". */
  target?: { projectKey: string; issueTypeId: string };
  /** On edit, unmapped required fields are not reported: the issue already has them. Default create. */
  operation?: 'create' | 'edit';
}

export function problem(message: string): FieldValueResult {
  return { kind: 'problem', message };
}

export function set(value: unknown): FieldValueResult {
  return { kind: 'set', value };
}

export const CLEAR: FieldValueResult = { kind: 'clear' };

/** A value as problems quote it: in quotes, cut short, so that a description never floods a message. */
export function quote(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 59)}…` : value;
  return JSON.stringify(shown);
}

/** Comma-separated entries, trimmed, empty ones dropped, first occurrence kept. */
export function splitList(value: string): string[] {
  return unique(
    value
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  );
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
