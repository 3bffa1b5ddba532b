import { ConfigSchema } from '../config/schema';
import type { TaskView } from '../mapping/task-view';
import type { Link } from '../state/link-store';
import { completedScanTarget, planSync, type PlanInput, type TaskPlan } from './plan';
import { hrPlanConfig, planTask } from './test-plan-fixtures';

const config = hrPlanConfig;
const task = planTask;

function input(overrides: Partial<PlanInput>): PlanInput {
  return {
    openTasks: [],
    completedTasks: [],
    completedScannedDownTo: 0,
    links: new Map(),
    config,
    initialSyncDone: true,
    highWatermark: 0,
    isBackingOff: () => false,
    unreadableTaskIds: new Set(),
    ...overrides,
  };
}

/** The link a previous poll would have stored after syncing `source`. */
function linkFor(source: TaskView, overrides: Partial<Link> = {}): Link {
  const [plan] = planSync(input({ openTasks: [source] }));
  if (plan?.kind !== 'create') throw new Error('expected a create');
  return {
    taskId: source.id,
    issueId: `${10000 + source.id}`,
    issueKey: `HR-${source.id}`,
    ruleId: plan.rule.id,
    target: plan.target,
    fingerprint: plan.fingerprint,
    fieldHashes: plan.fieldHashes,
    completed: source.completed,
    state: 'active',
    ...overrides,
  };
}

const kinds = (plans: TaskPlan[]) => plans.map((plan) => plan.kind);

describe('planSync', () => {
  it('creates an issue for a new open task routed to a project', () => {
    const [plan] = planSync(input({ openTasks: [task(1)] }));
    expect(plan).toMatchObject({ kind: 'create', target: 'HR/10001', markDone: false });
  });

  it('drops a task whose first matching rule drops it', () => {
    const candidateTask = task(2, {
      associated_to: { id: 9, full_name: 'C', email: 'c@x.io', type: 'Candidate' },
    });
    expect(planSync(input({ openTasks: [candidateTask] }))).toEqual([
      expect.objectContaining({ kind: 'drop', ruleId: 'drop-candidates' }),
    ]);
  });

  it('leaves an unchanged task alone even when only updated_at moved', () => {
    const original = task(3);
    const touched = { ...original, updated_at: '2026-11-20T00:00:00Z' };
    expect(
      kinds(planSync(input({ openTasks: [touched], links: new Map([[3, linkFor(original)]]) }))),
    ).toEqual(['unchanged']);
  });

  it('edits only the fields whose projected value changed', () => {
    const original = task(4);
    const changed = { ...original, title: 'New title', ends_on: '2026-12-24' };
    const [plan] = planSync(input({ openTasks: [changed], links: new Map([[4, linkFor(original)]]) }));
    expect(plan).toMatchObject({ kind: 'update', changedFields: ['duedate', 'summary'], transition: null });
  });

  it('transitions to done when a linked task is completed, and back when it is reopened', () => {
    const open = task(5);
    const completed = { ...open, completed: true, completed_at: '2026-11-21T00:00:00Z' };
    const [done] = planSync(input({ completedTasks: [completed], links: new Map([[5, linkFor(open)]]) }));
    expect(done).toMatchObject({ kind: 'update', changedFields: [], transition: 'done' });
    const [reopened] = planSync(
      input({ openTasks: [open], links: new Map([[5, linkFor(open, { completed: true })]]) }),
    );
    expect(reopened).toMatchObject({ kind: 'update', transition: 'reopen' });
  });

  it('records a completion without a transition when that direction is switched off', () => {
    const off = ConfigSchema.parse({ ...config, status: { transitionIssueOnTaskCompletion: false } });
    const open = task(6);
    const [plan] = planSync(
      input({
        config: off,
        completedTasks: [{ ...open, completed: true }],
        links: new Map([[6, linkFor(open)]]),
      }),
    );
    expect(plan).toMatchObject({ kind: 'update', transition: null });
  });

  it.each([
    ['skips completed tasks on the first sync by default', false, false, 0, 'skip'],
    ['imports completed tasks on the first sync when configured', false, true, 0, 'create'],
    ['creates a task completed since the last poll', true, false, 6, 'create'],
    ['skips an old completed task it never synced', true, false, 100, 'skip'],
  ] as const)('%s', (_title, initialSyncDone, importCompletedOnFirstSync, highWatermark, expected) => {
    const plans = planSync(
      input({
        config: { ...config, importCompletedOnFirstSync },
        initialSyncDone,
        highWatermark,
        completedTasks: [task(7, { completed: true })],
      }),
    );
    expect(kinds(plans)).toEqual([expected]);
  });

  it('skips tasks created before the cut-off unless already linked', () => {
    const old = task(8, { created_at: '2025-01-01T00:00:00Z' });
    const cutoff = { ...config, createdAfter: '2026-01-01' };
    expect(kinds(planSync(input({ config: cutoff, openTasks: [old] })))).toEqual(['skip']);
    const linked = planSync(input({ config: cutoff, openTasks: [old], links: new Map([[8, linkFor(old)]]) }));
    expect(kinds(linked)).toEqual(['unchanged']);
  });

  it('waits out the backoff of a failed task unless the task changed', () => {
    const failing = task(9);
    const [first] = planSync(input({ openTasks: [failing] }));
    const fingerprint = first?.kind === 'create' ? first.fingerprint : '';
    const isBackingOff = (_id: number, fp: string | null) => fp === fingerprint;
    expect(kinds(planSync(input({ openTasks: [failing], isBackingOff })))).toEqual(['skip']);
    expect(kinds(planSync(input({ openTasks: [{ ...failing, title: 'Fixed' }], isBackingOff })))).toEqual([
      'create',
    ]);
  });

  it('reports a deleted issue instead of re-creating it, unless configured to re-create', () => {
    const t = task(10);
    const links = new Map([[10, linkFor(t, { state: 'issueDeleted' })]]);
    expect(kinds(planSync(input({ openTasks: [t], links })))).toEqual(['skip']);
    const recreate = { ...config, onIssueDeleted: 'recreate' as const };
    expect(kinds(planSync(input({ config: recreate, openTasks: [t], links })))).toEqual(['create']);
  });

  it('re-projects every linked task when a rule mapping changes', () => {
    const t = task(11);
    const remapped = ConfigSchema.parse({
      ...config,
      rules: [
        {
          id: 'hr',
          name: 'HR with template summary',
          action: {
            type: 'sync',
            projectKey: 'HR',
            issueTypeId: '10001',
            fieldMappings: [
              { fieldId: 'summary', source: { kind: 'template', template: '{{title}} ({{id}})' } },
            ],
          },
        },
      ],
    });
    const [plan] = planSync(input({ config: remapped, openTasks: [t], links: new Map([[11, linkFor(t)]]) }));
    expect(plan).toMatchObject({ kind: 'update', changedFields: ['summary'] });
  });

  it('keeps the issue where it is when a rule now targets another project', () => {
    const t = task(12);
    const link = linkFor(t, { target: 'IT/10001' });
    const [plan] = planSync(input({ openTasks: [t], links: new Map([[12, link]]) }));
    expect(plan).toMatchObject({ kind: 'update', targetIgnored: true });
  });

  describe('vanished tasks', () => {
    it('notices an open linked task missing from both lists once the completed list was read past it', () => {
      const links = new Map([[13, linkFor(task(13))]]);
      expect(kinds(planSync(input({ links, completedScannedDownTo: 5 })))).toEqual(['vanished']);
      expect(kinds(planSync(input({ links, completedScannedDownTo: 20 })))).toEqual([]);
    });

    it('notices a completed linked task missing only on a full read', () => {
      const links = new Map([[14, linkFor(task(14, { completed: true }))]]);
      expect(kinds(planSync(input({ links, completedScannedDownTo: 1 })))).toEqual([]);
      expect(kinds(planSync(input({ links, completedScannedDownTo: 0 })))).toEqual(['vanished']);
    });

    it('never takes an unreadable record for a vanished task', () => {
      const links = new Map([[15, linkFor(task(15))]]);
      expect(kinds(planSync(input({ links, unreadableTaskIds: new Set([15]) })))).toEqual([]);
    });

    it('calls nothing vanished while the listing continues in another invocation', () => {
      const links = new Map([[16, linkFor(task(16))]]);
      expect(kinds(planSync(input({ links, listingComplete: false })))).toEqual([]);
      expect(kinds(planSync(input({ links, listingComplete: true })))).toEqual(['vanished']);
    });

    it('counts a task an earlier invocation of a continued listing read as present', () => {
      const links = new Map([[17, linkFor(task(17))]]);
      expect(kinds(planSync(input({ links, seenEarlier: new Set([17]) })))).toEqual([]);
    });
  });
});

describe('completedScanTarget', () => {
  const link = (taskId: number, completed: boolean): Link => ({
    taskId,
    issueId: '1',
    issueKey: 'HR-1',
    ruleId: 'hr',
    target: 'HR/10001',
    fingerprint: '',
    fieldHashes: {},
    completed,
    state: 'active',
  });

  it.each([
    ['reads only above the watermark when every open link is still open', [1, 2], [link(1, false)], 50, 51],
    ['reads down to an open link that left the open list', [2], [link(1, false), link(2, false)], 50, 1],
    ['ignores links already completed', [], [link(1, true)], 50, 51],
  ])('%s', (_title, openIds, links, watermark, expected) => {
    expect(completedScanTarget(new Set(openIds), links, watermark)).toBe(expected);
  });
});
