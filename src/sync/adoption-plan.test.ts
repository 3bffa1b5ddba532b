import type { Link } from '../state/link-store';
import { gatewayTaskId, planAdoption, type AdoptionPlanInput, type GatewayIssue } from './adoption-plan';
import { hrPlanConfig, planTask } from './test-plan-fixtures';

const config = hrPlanConfig;
const task = planTask;

function issue(id: number, taskId: number | null, overrides: Partial<GatewayIssue> = {}): GatewayIssue {
  return {
    id: String(id),
    key: `HR-${id}`,
    created: `2026-10-${String(10 + (id % 10)).padStart(2, '0')}T09:00:00.000+0000`,
    done: false,
    target: 'HR/10001',
    summary: taskId === null ? 'Someone else' : `Task ${taskId}`,
    gatewayProperty: taskId === null ? undefined : { pf_task_id: String(taskId) },
    ourTaskId: null,
    ...overrides,
  };
}

function link(taskId: number, issueId: number): Link {
  return {
    taskId,
    issueId: String(issueId),
    issueKey: `HR-${issueId}`,
    ruleId: 'hr',
    target: 'HR/10001',
    fingerprint: 'f',
    fieldHashes: {},
    completed: false,
    state: 'active',
  };
}

function plan(overrides: Partial<AdoptionPlanInput>) {
  const links = new Map<number, Link>();
  return planAdoption({
    issues: [],
    tasks: new Map([1, 2, 3].map((id) => [id, task(id)])),
    linkOf: (taskId) => links.get(taskId),
    isTaskUnknown: () => false,
    config,
    ...overrides,
  });
}

describe('gatewayTaskId', () => {
  it.each([
    ['top level string', { pf_task_id: '42' }, 42],
    ['top level number', { pf_task_id: 42 }, 42],
    ['nested one level', { sync: { pf_task_id: '42', hash: 'x' } }, 42],
    ['nested two levels', { meta: { gateway: { pf_task_id: 7 } } }, 7],
    ['the whole value as a JSON string', '{"pf_task_id":"9"}', 9],
    ['padded digits', { pf_task_id: ' 12 ' }, 12],
    ['no id', { last_sync_hash: 'abc' }, null],
    ['not a number', { pf_task_id: 'abc' }, null],
    ['zero', { pf_task_id: 0 }, null],
    ['a fraction', { pf_task_id: 1.5 }, null],
    ['absent property', undefined, null],
    ['null', null, null],
  ])('%s', (_title, value, expected) => {
    expect(gatewayTaskId(value)).toBe(expected);
  });
});

describe('planAdoption', () => {
  it('adopts an issue whose task exists, with the link a create would have stored', () => {
    const result = plan({ issues: [issue(10, 1)] });
    expect(result.counts).toMatchObject({ found: 1, adopted: 1, conflicts: 0, orphans: 0, unmatched: 0 });
    const [write] = result.writes;
    expect(write).toMatchObject({ taskId: 1, link: { issueKey: 'HR-10', ruleId: 'hr', state: 'active' } });
    expect(Object.keys(write!.link!.fieldHashes)).toEqual(expect.arrayContaining(['summary', 'labels']));
  });

  it('leaves the summary hash out when the issue summary differs, so the next poll writes only it', () => {
    const result = plan({ issues: [issue(10, 1, { summary: 'Old title' })] });
    const hashes = result.writes[0]!.link!.fieldHashes;
    expect(hashes.summary).toBeUndefined();
    expect(hashes.labels).toBeDefined();
    expect(result.examples.adopted[0]!.detail).toContain('summary differs');
  });

  it('compares the summary as a create would write it: a title cut to 255 characters is no difference', () => {
    const long = 'x'.repeat(300);
    const written = `${'x'.repeat(254)}…`;
    const result = plan({
      issues: [issue(10, 1, { summary: written }), issue(11, 2, { summary: 'Task  2 ' })],
      tasks: new Map([
        [1, task(1, { title: long })],
        [2, task(2)],
      ]),
    });
    expect(result.writes.map((write) => write.link!.fieldHashes.summary)).toEqual([
      expect.any(String),
      expect.any(String),
    ]);
  });

  it('records a done issue as completed and an open one as not', () => {
    const result = plan({ issues: [issue(10, 1, { done: true }), issue(11, 2)] });
    expect(result.writes.map((write) => write.link!.completed)).toEqual([true, false]);
  });

  it('keeps the oldest of two issues for one task and lists the other as a conflict', () => {
    const newer = issue(10, 1, { created: '2026-10-20T09:00:00.000+0000' });
    const older = issue(11, 1, { created: '2026-10-05T09:00:00.000+0000' });
    const result = plan({ issues: [newer, older] });
    expect(result.writes.map((write) => write.issue.key)).toEqual(['HR-11']);
    expect(result.conflicts).toEqual([{ taskId: 1, keptKey: 'HR-11', duplicateKeys: ['HR-10'] }]);
    expect(result.counts).toMatchObject({ adopted: 1, conflicts: 1 });
  });

  it('keeps the issue already linked, whatever its age', () => {
    const links = new Map([[1, link(1, 12)]]);
    const result = plan({
      issues: [issue(11, 1), issue(12, 1, { ourTaskId: 1, gatewayProperty: undefined })],
      linkOf: (taskId) => links.get(taskId),
    });
    expect(result.counts).toMatchObject({ alreadyOurs: 1, conflicts: 1, adopted: 0 });
    expect(result.conflicts[0]).toEqual({ taskId: 1, keptKey: 'HR-12', duplicateKeys: ['HR-11'] });
  });

  it('lists every labelled issue as a conflict when the task is linked to an issue without the label', () => {
    const links = new Map([[1, link(1, 99)]]);
    const result = plan({ issues: [issue(11, 1)], linkOf: (taskId) => links.get(taskId) });
    expect(result.writes).toHaveLength(0);
    expect(result.conflicts).toEqual([{ taskId: 1, keptKey: 'HR-99', duplicateKeys: ['HR-11'] }]);
  });

  it('finishes an interrupted adoption: linked but without our property', () => {
    const links = new Map([[1, link(1, 11)]]);
    const result = plan({ issues: [issue(11, 1)], linkOf: (taskId) => links.get(taskId) });
    expect(result.writes).toEqual([expect.objectContaining({ taskId: 1, link: null })]);
    expect(result.counts.adopted).toBe(1);
  });

  it('counts an issue linked and marked as already ours, and writes nothing for it', () => {
    const links = new Map([[1, link(1, 11)]]);
    const result = plan({
      issues: [issue(11, 1, { ourTaskId: 1 })],
      linkOf: (taskId) => links.get(taskId),
    });
    expect(result.writes).toHaveLength(0);
    expect(result.counts.alreadyOurs).toBe(1);
  });

  it('reports an issue whose task PeopleForce no longer has as an orphan', () => {
    const result = plan({ issues: [issue(10, 404)] });
    expect(result.writes).toHaveLength(0);
    expect(result.counts.orphans).toBe(1);
    expect(result.examples.orphans[0]).toMatchObject({ issueKey: 'HR-10', taskId: 404 });
  });

  it('never calls an issue an orphan when its task could not be read', () => {
    const result = plan({ issues: [issue(10, 404)], isTaskUnknown: (taskId) => taskId === 404 });
    expect(result.counts).toMatchObject({ orphans: 0, unmatched: 1 });
  });

  it('reports issues without a task id as unmatched, saying why', () => {
    const result = plan({
      issues: [issue(10, null), issue(11, null, { gatewayProperty: { hash: 'x' } })],
    });
    expect(result.counts.unmatched).toBe(2);
    expect(result.examples.unmatched.map((example) => example.detail)).toEqual([
      'has no such property',
      'its property holds no pf_task_id',
    ]);
  });

  it('links a task no rule syncs as unrouted, so no rule change can create a second issue', () => {
    const candidate = task(3, { associated_to: { ...task(3).associated_to!, type: 'Candidate' } });
    const result = plan({ issues: [issue(10, 3)], tasks: new Map([[3, candidate]]) });
    expect(result.writes[0]!.link).toMatchObject({ state: 'unrouted', fieldHashes: {} });
  });
});
