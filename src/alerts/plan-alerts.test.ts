import { defaultAlertSettings, type AlertProblemKind, type OpenProblem } from '../config/alerts';
import type { DetectedProblem, Detection } from './detect-problems';
import { planAlerts } from './plan-alerts';

const now = new Date('2026-12-04T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000).toISOString();
const settings = { ...defaultAlertSettings(), adminPageUrl: 'https://site.example/admin', digestAbove: 3 };
const allKinds: AlertProblemKind[] = [
  'runFailed',
  'peopleforceKey',
  'taskFailing',
  'ruleInvalid',
  'returnPath',
];

const problem = (key: string, kind: AlertProblemKind = 'runFailed'): DetectedProblem => ({
  key,
  kind,
  subject: key,
  summary: `summary of ${key}`,
});
const task = (id: number) => problem(`task:${id}`, 'taskFailing');
const open = (detected: DetectedProblem, sentHoursAgo: number): OpenProblem => ({
  ...detected,
  openedAt: hoursAgo(sentHoursAgo + 1),
  lastSentAt: hoursAgo(sentHoursAgo),
});
const detection = (problems: DetectedProblem[], judged = allKinds): Detection => ({
  problems,
  judged: new Set(judged),
});

describe('planAlerts', () => {
  it('announces a new problem once, with the title and the admin page link', () => {
    const plan = planAlerts(detection([problem('run-failed')]), [], now, settings);
    expect(plan.messages).toEqual([
      {
        kind: 'problem',
        keys: ['run-failed'],
        text: 'PeopleForce ⇄ Jira Sync\n🚨 summary of run-failed\nAdmin page: https://site.example/admin',
      },
    ]);
    expect(plan.opened).toEqual(['run-failed']);
    expect(plan.open[0]).toMatchObject({ key: 'run-failed', lastSentAt: now.toISOString() });
  });

  it.each([
    ['within the period', 5.9, 0],
    ['once the period has passed', 6, 1],
  ])('says nothing more about a known problem %s', (_, sentHoursAgo, expected) => {
    const known = open(problem('run-failed'), sentHoursAgo);
    const plan = planAlerts(detection([problem('run-failed')]), [known], now, settings);
    expect(plan.messages).toHaveLength(expected);
    expect(plan.opened).toEqual([]);
    expect(plan.open[0]?.openedAt).toBe(known.openedAt);
  });

  it('announces a problem that is gone as resolved and forgets it', () => {
    const plan = planAlerts(
      detection([]),
      [open(problem('peopleforce-key', 'peopleforceKey'), 1)],
      now,
      settings,
    );
    expect(plan.messages.map((message) => [message.kind, message.text.split('\n')[1]])).toEqual([
      ['resolved', '✅ Resolved: summary of peopleforce-key'],
    ]);
    expect(plan.resolved).toEqual(['peopleforce-key']);
    expect(plan.open).toEqual([]);
  });

  it('keeps a problem of a kind this evaluation could not judge, and says nothing of it', () => {
    const rule = open(problem('rule:hr', 'ruleInvalid'), 1);
    const judged = allKinds.filter((kind) => kind !== 'ruleInvalid');
    const plan = planAlerts(detection([], judged), [rule], now, settings);
    expect(plan.messages).toEqual([]);
    expect(plan.open).toEqual([rule]);
  });

  it.each([
    [3, 3],
    [4, 1],
  ])('sends %i failing tasks as %i message(s), a digest above the threshold', (count, messages) => {
    const tasks = Array.from({ length: count }, (_, index) => task(index + 1));
    const plan = planAlerts(detection(tasks), [], now, settings);
    expect(plan.messages).toHaveLength(messages);
    if (messages === 1) {
      expect(plan.messages[0]).toMatchObject({ kind: 'digest', keys: tasks.map((t) => t.key) });
      expect(plan.messages[0]?.text).toContain(
        '4 tasks keep failing to sync: task:1, task:2, task:3, task:4',
      );
    }
  });

  it('resolves many tasks at once in one digest, after the other problems', () => {
    const previous = [
      open(problem('return-path', 'returnPath'), 1),
      ...[1, 2, 3, 4, 5].map((id) => open(task(id), 1)),
    ];
    const plan = planAlerts(detection([]), previous, now, settings);
    expect(plan.messages.map((message) => message.text.split('\n')[1])).toEqual([
      '✅ Resolved: summary of return-path',
      '✅ Resolved: 5 tasks sync again: task:1, task:2, task:3, task:4, task:5',
    ]);
  });

  it('leaves the link out when none is set', () => {
    const plan = planAlerts(detection([problem('run-failed')]), [], now, { ...settings, adminPageUrl: null });
    expect(plan.messages[0]?.text).toBe('PeopleForce ⇄ Jira Sync\n🚨 summary of run-failed');
  });
});
