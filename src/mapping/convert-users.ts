import type { FieldMeta } from './field-meta';
import { CLEAR, set, splitList, type ConversionContext, type FieldValueResult } from './field-value.types';

const EMAIL_SHAPE = /^[^\s@,]+@[^\s@,]+$/;

/** The form in which emails are looked up and used as keys of `accountIdByEmail`. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

export function isEmailShaped(value: string): boolean {
  return EMAIL_SHAPE.test(value.trim());
}

function accountIdFor(email: string, context: ConversionContext): string | null {
  if (!isEmailShaped(email)) return null;
  return context.accountIdByEmail.get(normalizeEmail(email)) ?? null;
}

/**
 * A user field from an email. An email without a Jira user is reported in `unmatchedEmails`, never as a
 * problem: the issue is still written. Only the assignee falls back to the configured account (the setting
 * is the fallback *assignee*); another user field is left empty.
 */
export function toUser(value: string, meta: FieldMeta, context: ConversionContext): FieldValueResult {
  const email = value.trim();
  const accountId = accountIdFor(email, context);
  if (accountId !== null) return set({ accountId });
  return { ...whenNoUser(meta, context), unmatchedEmails: [email] };
}

export function whenNoUser(meta: FieldMeta, context: ConversionContext): FieldValueResult {
  const fallback = meta.fieldId === 'assignee' ? context.fallbackAssigneeAccountId : null;
  return fallback === null ? CLEAR : set({ accountId: fallback });
}

export function toUsers(value: string, context: ConversionContext): FieldValueResult {
  const emails = splitList(value);
  const accountIds = emails.map((email) => accountIdFor(email, context));
  const matched = [...new Set(accountIds.filter((id): id is string => id !== null))];
  const unmatchedEmails = emails.filter((_email, index) => accountIds[index] === null);
  const result = matched.length === 0 ? CLEAR : set(matched.map((accountId) => ({ accountId })));
  return unmatchedEmails.length === 0 ? result : { ...result, unmatchedEmails };
}
