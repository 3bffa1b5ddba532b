import type { SimTask } from '../../../local/peopleforce-sim';
import { storageKeys } from '../../../src/state/keys';
import type { TestApp } from '../../support/app-harness';

/**
 * What must hold once the app has gone quiet, whatever crashed, overlapped or failed on the way:
 * - every routed task has exactly one issue (duplicates: issues beyond the first; missing ones are lost updates);
 * - every task is in the completion state people last asked for, in PeopleForce or in Jira;
 * - every issue shows its task's projection — summary (title, or the offboarding rule's template), due date —
 *   and is done exactly when its task is completed (a difference is a lost update, in either direction);
 * - no create intent is left, and the run lock is free.
 *
 * The projection is written out here independently of the engine, for the demo configuration's three rules.
 */
export interface InvariantReport {
  tasksChecked: number;
  duplicates: number;
  lostUpdates: number;
  orphanIntents: number;
  lockHeld: boolean;
  problems: string[];
}

/** Tasks that never get an issue: completed before the first sync (not imported), or dropped by a rule. */
export function isRouted(task: SimTask, completedBeforeFirstSync: ReadonlySet<number>): boolean {
  return task.associated_to?.type !== 'Candidate' && !completedBeforeFirstSync.has(task.id);
}

export function expectedSummary(task: SimTask): string {
  if (task.type === 'Tasks::Offboarding') {
    return `${task.title} — ${task.associated_to?.full_name ?? ''}`.trim();
  }
  return task.title.trim();
}

/** `expectedCompletion`: the state people last asked for per task; a task that ended elsewhere lost an update. */
export async function checkInvariants(
  app: TestApp,
  completedBeforeFirstSync: ReadonlySet<number>,
  expectedCompletion: ReadonlyMap<number, boolean> = new Map(),
): Promise<InvariantReport> {
  const report: InvariantReport = {
    tasksChecked: 0,
    duplicates: 0,
    lostUpdates: 0,
    orphanIntents: 0,
    lockHeld: false,
    problems: [],
  };
  const issuesByTask = app.issuesByTask();
  for (const task of app.peopleforceSim!.state.tasks.values()) {
    const keys = issuesByTask.get(task.id) ?? [];
    if (!isRouted(task, completedBeforeFirstSync)) {
      if (keys.length > 0) {
        report.duplicates += keys.length;
        report.problems.push(`task ${task.id} is not routed but has ${keys.join(', ')}`);
      }
      continue;
    }
    report.tasksChecked += 1;
    const expected = expectedCompletion.get(task.id);
    if (expected !== undefined && expected !== task.completed) {
      report.lostUpdates += 1;
      report.problems.push(`task ${task.id} was last ${expected ? 'completed' : 'reopened'} but is not`);
    }
    if (keys.length > 1) {
      report.duplicates += keys.length - 1;
      report.problems.push(`task ${task.id} has ${keys.length} issues: ${keys.join(', ')}`);
    }
    const [key] = keys;
    if (key === undefined) {
      report.lostUpdates += 1;
      report.problems.push(`task ${task.id} has no issue`);
      continue;
    }
    const mismatch = projectionMismatch(task, app.jiraSim!.control.issue(key)?.fields ?? {});
    if (mismatch !== null) {
      report.lostUpdates += 1;
      report.problems.push(`task ${task.id} / ${key}: ${mismatch}`);
    }
  }
  const intents = await app.host.kv.list(storageKeys.createIntentPrefix);
  report.orphanIntents = intents.length;
  if (intents.length > 0)
    report.problems.push(`create intents left: ${intents.map((e) => e.key).join(', ')}`);
  report.lockHeld = (await app.host.kv.get(storageKeys.runLock)) !== undefined;
  if (report.lockHeld) report.problems.push('the run lock is still held');
  return report;
}

function projectionMismatch(task: SimTask, fields: Record<string, unknown>): string | null {
  const summary = fields.summary;
  if (summary !== expectedSummary(task)) {
    return `summary ${JSON.stringify(summary)} ≠ ${JSON.stringify(expectedSummary(task))}`;
  }
  const dueDate = (fields.duedate as string | null | undefined) ?? null;
  if (dueDate !== task.ends_on) return `due date ${String(dueDate)} ≠ ${String(task.ends_on)}`;
  const status = fields.status as { statusCategory?: { key?: string } } | undefined;
  const done = status?.statusCategory?.key === 'done';
  if (done !== task.completed)
    return `issue ${done ? 'done' : 'open'} but task ${task.completed ? 'completed' : 'open'}`;
  return null;
}
