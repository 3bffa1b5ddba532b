import type { TrailEvent } from './task-trail';
import { directionText, eventAppearance, trailEventText } from './trail-text';

const event = (overrides: Partial<TrailEvent>): TrailEvent => ({
  at: '2026-12-04T10:00:00.000Z',
  action: 'created',
  direction: 'toJira',
  trigger: 'schedule',
  issueKey: 'HR-3',
  detail: null,
  ...overrides,
});

describe('trail event text', () => {
  it.each<[Partial<TrailEvent>, string]>([
    [{ action: 'created' }, 'Created HR-3'],
    [{ action: 'edited', detail: 'summary, duedate' }, 'Edited summary, duedate'],
    [{ action: 'movedToDone', detail: 'to Done' }, 'Moved the issue to done (to Done)'],
    [{ action: 'taskCompleted', direction: 'toPeopleForce' }, 'Completed the task in PeopleForce'],
    [{ action: 'failed', detail: 'jira: summary: required' }, 'Failed: jira: summary: required'],
    [{ action: 'retryScheduled', detail: 'in 30 s' }, 'Will retry in 30 s'],
  ])('%j reads "%s"', (overrides, text) => {
    expect(trailEventText(event(overrides))).toBe(text);
  });

  it('names the direction and marks failures and retries apart from successes', () => {
    expect(directionText(event({ direction: 'toPeopleForce' }))).toBe('Jira → PeopleForce');
    expect(eventAppearance(event({ action: 'failed' }))).toBe('removed');
    expect(eventAppearance(event({ action: 'retryScheduled' }))).toBe('inprogress');
    expect(eventAppearance(event({ action: 'edited' }))).toBe('success');
  });
});
