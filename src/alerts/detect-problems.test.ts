import { defaultAlertSettings } from '../config/alerts';
import { emptyCounts, type FailedTask, type RunRecord } from '../config/records';
import { detectProblems, ruleCheckNeeded, type AlertFacts } from './detect-problems';

const run = (outcome: RunRecord['outcome']): RunRecord => ({
  runId: 'run-1',
  trigger: 'schedule',
  startedAt: '2026-12-04T12:00:00.000Z',
  finishedAt: '2026-12-04T12:01:00.000Z',
  outcome,
  counts: emptyCounts(),
  durationMs: 60_000,
  message: 'PeopleForce answered 500 on GET /tasks',
  actions: [],
});

const failure = (taskId: number, overrides: Partial<FailedTask> = {}): FailedTask => ({
  taskId,
  taskTitle: 'Order a laptop for the new designer',
  issueKey: `HR-${taskId}`,
  kind: 'jira',
  reason: 'customfield_10050: Option value is not valid',
  attempts: 3,
  firstSeenAt: '2026-12-04T10:00:00.000Z',
  lastSeenAt: '2026-12-04T12:00:30.000Z',
  nextRetryAt: '2026-12-04T12:20:00.000Z',
  ...overrides,
});

const facts = (overrides: Partial<AlertFacts>): AlertFacts => ({
  run: run('success'),
  keyRejection: null,
  failures: [],
  ruleProblems: null,
  ...overrides,
});
const settings = defaultAlertSettings();
const keys = (input: Partial<AlertFacts>) =>
  detectProblems(facts(input), settings).problems.map((p) => p.key);

describe('detectProblems', () => {
  it.each([
    ['a successful run', { run: run('success') }, []],
    ['a failed run', { run: run('failed') }, ['run-failed']],
    [
      'a failed run whose key PeopleForce refuses',
      { run: run('failed'), keyRejection: '401' },
      ['peopleforce-key'],
    ],
  ])('sees %s', (_, input: Partial<AlertFacts>, expected) => {
    expect(keys(input)).toEqual(expected);
  });

  it('alerts a task once it has failed the configured number of times, and never a reported one', () => {
    const failures = [
      failure(1, { attempts: 2 }),
      failure(2, { attempts: 3 }),
      failure(3, { attempts: 9, kind: 'deletedIssue' }),
      failure(4, { attempts: 9, kind: 'vanishedTask' }),
      failure(5, { attempts: 3, kind: 'mapping', issueKey: null }),
    ];
    const detected = detectProblems(facts({ failures }), settings).problems;
    expect(detected.map((problem) => [problem.key, problem.subject])).toEqual([
      ['task:2', '2 (HR-2)'],
      ['task:5', '5'],
    ]);
  });

  it('never puts a task title or a failure reason into a message', () => {
    const failures = [failure(1), failure(2, { kind: 'peopleforce' })];
    const text = JSON.stringify(detectProblems(facts({ run: run('failed'), failures }), settings));
    expect(text).not.toContain('laptop');
    expect(text).not.toContain('Option value');
    expect(text).not.toContain('answered 500');
  });

  it('gathers return-path failures into one problem naming the first tasks', () => {
    const failures = [1, 2, 3, 4, 5, 6, 7].map((id) => failure(id, { kind: 'peopleforce', attempts: 1 }));
    const [only, ...rest] = detectProblems(facts({ failures }), settings).problems;
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ key: 'return-path', kind: 'returnPath' });
    expect(only?.summary).toContain('7 task(s): 1 (HR-1), 2 (HR-2), 3 (HR-3), 4 (HR-4), 5 (HR-5) and 2 more');
  });

  it('makes one problem per invalid rule, naming its fields, and judges rules only when they were checked', () => {
    const ruleProblems = ['customfield_10050', 'duedate'].map((fieldId) => ({
      ruleIndex: 1,
      ruleId: 'hr',
      ruleName: 'People Ops',
      path: `rules.1.action.fieldMappings.${fieldId}`,
      message: `field ${fieldId} is not on the create screen of HR`,
    }));
    const checked = detectProblems(facts({ ruleProblems }), settings);
    expect(checked.problems.map((problem) => problem.summary)).toEqual([
      'Rule "People Ops" no longer validates against Jira (customfield_10050, duedate); fix it on the Rules tab',
    ]);
    expect(checked.judged.has('ruleInvalid')).toBe(true);
    expect(detectProblems(facts({ ruleProblems: null }), settings).judged.has('ruleInvalid')).toBe(false);
  });
});

describe('ruleCheckNeeded', () => {
  it.each([
    ['no mapping failure is left', [failure(1)], 'clear'],
    ['this run had a mapping failure', [failure(1, { kind: 'mapping' })], 'check'],
    [
      'mapping failures are older than the run',
      [failure(1, { kind: 'mapping', lastSeenAt: '2026-12-04T11:00:00.000Z' })],
      'keep',
    ],
  ])('says what to do with the rules when %s', (_, failures, expected) => {
    expect(ruleCheckNeeded(run('partial'), failures)).toBe(expected);
  });
});
