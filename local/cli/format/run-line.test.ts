import type { z } from 'zod';
import { RunRecordSchema, type RunRecord } from '../../../src/config/records';
import { formatAction, formatFailure, formatRunLine } from './run-line';

function run(overrides: Partial<z.input<typeof RunRecordSchema>>): RunRecord {
  return RunRecordSchema.parse({
    runId: 'run-20261126-abc',
    trigger: 'schedule',
    startedAt: '2026-11-26T05:00:00.000Z',
    finishedAt: '2026-11-26T05:00:01.200Z',
    outcome: 'success',
    counts: { created: 12, transitioned: 3, failed: 1 },
    durationMs: 1234,
    ...overrides,
  });
}

describe('formatRunLine', () => {
  it('gives a poll its writes and errors with the duration', () => {
    expect(formatRunLine(run({}))).toBe(
      'run-20261126-abc schedule success: created 12, updated 0, transitioned 3, errors 1 (1.2 s)',
    );
  });

  it('adds the message of a run that did not succeed', () => {
    expect(formatRunLine(run({ outcome: 'failed', message: 'PeopleForce answered 500' }))).toMatch(
      / failed: .* \(1\.2 s\) — PeopleForce answered 500$/,
    );
  });

  it('counts what went back to PeopleForce for a Jira → PeopleForce hour', () => {
    const hour = run({
      runId: 'jira-2026112605',
      trigger: 'event',
      counts: { returned: 4 },
      message: 'updates this hour',
    });
    expect(formatRunLine(hour)).toBe('jira-2026112605 event success: returned 4, errors 0 (1.2 s)');
  });
});

describe('formatAction and formatFailure', () => {
  it('names issue, task and path of a return-path action', () => {
    const action = {
      action: 'completed',
      taskId: 42,
      issueId: '10001',
      issueKey: 'HR-7',
      via: 'event',
      at: '',
    } as const;
    expect(formatAction(action)).toBe('HR-7 → PeopleForce task 42 completed (event)');
    expect(formatAction({ ...action, issueKey: null, action: 'taskMissing', via: 'sweep' })).toBe(
      'issue 10001 → PeopleForce task 42 no longer exists; the link is closed (sweep)',
    );
  });

  it('says which task failed, why, and when it is tried again', () => {
    const line = formatFailure({
      taskId: 42,
      taskTitle: 'Order laptop',
      issueKey: null,
      kind: 'mapping',
      reason: 'customfield_10050: no option "x"',
      attempts: 2,
      firstSeenAt: '2026-11-26T05:00:00.000Z',
      lastSeenAt: '2026-11-26T05:05:00.000Z',
      nextRetryAt: '2026-11-26T05:15:00.000Z',
    });
    expect(line).toBe(
      'task 42 "Order laptop", mapping, attempt 2, next try 2026-11-26 05:15:00: customfield_10050: no option "x"',
    );
  });
});
