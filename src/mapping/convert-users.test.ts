import { isEmailShaped, normalizeEmail, toUser, toUsers } from './convert-users';
import type { ConversionContext } from './field-value.types';
import { assigneeMeta, reporterMeta } from './test-field-metas';

const context: ConversionContext = {
  accountIdByEmail: new Map([
    ['jane@example.com', 'acc-jane'],
    ['gone@example.com', null],
  ]),
  fallbackAssigneeAccountId: 'acc-fallback',
  trackingLabel: 'PeopleForce',
};
const noFallback: ConversionContext = { ...context, fallbackAssigneeAccountId: null };

describe('user fields', () => {
  it('finds the account of an email in any case', () => {
    expect(toUser(' Jane@Example.com ', assigneeMeta, context)).toEqual({
      kind: 'set',
      value: { accountId: 'acc-jane' },
    });
  });

  it.each<[string, string, ConversionContext, object]>([
    [
      'an unknown assignee gets the fallback',
      'who@example.com',
      context,
      { kind: 'set', value: { accountId: 'acc-fallback' } },
    ],
    [
      'an assignee known to have no user gets the fallback',
      'gone@example.com',
      context,
      { kind: 'set', value: { accountId: 'acc-fallback' } },
    ],
    ['an unknown assignee without fallback is cleared', 'who@example.com', noFallback, { kind: 'clear' }],
  ])('%s and is reported as unmatched', (_title, email, ctx, expected) => {
    expect(toUser(email, assigneeMeta, ctx)).toEqual({ ...expected, unmatchedEmails: [email] });
  });

  it('never gives another user field the fallback assignee', () => {
    expect(toUser('who@example.com', reporterMeta, context)).toEqual({
      kind: 'clear',
      unmatchedEmails: ['who@example.com'],
    });
  });

  it('does not look up a value that is not an email', () => {
    expect(toUser('Jane Doe', reporterMeta, context)).toEqual({
      kind: 'clear',
      unmatchedEmails: ['Jane Doe'],
    });
  });

  it('fills a multi-user field with the emails that have users', () => {
    expect(toUsers('jane@example.com, who@example.com, JANE@example.com', context)).toEqual({
      kind: 'set',
      value: [{ accountId: 'acc-jane' }],
      unmatchedEmails: ['who@example.com'],
    });
    expect(toUsers('who@example.com', context)).toEqual({
      kind: 'clear',
      unmatchedEmails: ['who@example.com'],
    });
  });

  it('normalises and recognises emails', () => {
    expect(normalizeEmail(' A+b@X.io ')).toBe('a+b@x.io');
    expect(isEmailShaped('a+b@x.io')).toBe(true);
    expect(isEmailShaped('Jane Doe')).toBe(false);
    expect(isEmailShaped('a@b, c@d')).toBe(false);
  });
});
