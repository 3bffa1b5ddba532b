import { emptyCounts } from '../config/records';
import type { TrailEvent } from '../config/task-trail';
import type { TaskView } from '../mapping/task-view';
import { loadConfig } from '../state/config-store';
import { FailureQueue } from '../state/failure-queue';
import { LinkStore } from '../state/link-store';
import { acquireRunLock } from '../state/run-lock';
import { readPollCursor } from '../state/sync-cursor';
import { readTaskRecord } from '../state/task-trail';
import { UserDirectory } from '../state/user-directory';
import { ApplyContext } from './apply-context';
import { applyDrops, applyUpdates } from './apply-updates';
import { errorFacts } from './error-facts';
import { planSync } from './plan';
import { linkedTaskId, reconcileIssue, type ReturnOutcome } from './return-path';
import { newRunId } from './run-poll';
import { TASK_PROPERTY_KEY, type SyncDeps, type TaskSource } from './sync.types';

/**
 * "Sync this issue now" from the issue panel: reconciles one linked task in both directions inside one
 * resolver call (25 s). Jira → PeopleForce first, against the issue's current status, so a status an agent just
 * set is not undone; then the task is looked up in PeopleForce and planned and applied exactly as a poll would
 * (same plan, same apply steps, same trail). PeopleForce has no `GET /tasks/{id}`: the task is found by reading
 * the id-descending lists only as far down as its id, and the search stops before the resolver's time runs out.
 */
export type IssueSyncOutcome = 'synced' | 'unlinked' | 'paused' | 'busy' | 'notReached';

export interface IssueSyncResult {
  outcome: IssueSyncOutcome;
  taskId: number | null;
  message: string;
  /** What this call did, newest first, as the trail recorded it. */
  events: TrailEvent[];
}

/** Keep this much of the call for applying and storing once the task is found. */
const FIND_MARGIN_MS = 10_000;
const LEASE_SECONDS = 60;

export async function syncOneIssue(deps: SyncDeps, issueId: string): Promise<IssueSyncResult> {
  const started = deps.clock.now();
  const issue = await deps.jira.getIssue(issueId, { fields: ['status'], properties: [TASK_PROPERTY_KEY] });
  const taskId = issue ? linkedTaskId(issue.properties?.[TASK_PROPERTY_KEY]) : null;
  if (taskId === null) return result('unlinked', null, 'This issue is not linked to a PeopleForce task.');
  const config = await loadConfig(deps.kv);
  if (!config.enabled) return result('paused', taskId, 'Sync is paused: an admin can resume it on Health.');
  const runId = newRunId(started);
  const lock = await acquireRunLock(deps.kv, deps.clock, runId, LEASE_SECONDS);
  if (lock.kind === 'held') {
    return result('busy', taskId, `A sync run (${lock.holderRunId}) is in progress; try again in a minute.`);
  }
  try {
    const returned = await reconcileIssue(deps, issueId, 'issuePanel', 0);
    const assigneeId = (await readTaskRecord(deps.kv, taskId))?.snapshot?.assignee?.id ?? null;
    const found = await findTask(deps, taskId, assigneeId);
    const toJira = found ? await applyTask(deps, runId, found) : null;
    const events = await eventsSince(deps, taskId, started);
    if (!found) {
      const message = `${describeReturn(returned)} Task ${taskId} was not reached in PeopleForce in time; the next poll checks it.`;
      return { outcome: 'notReached', taskId, message, events };
    }
    return {
      outcome: 'synced',
      taskId,
      message: `${describeReturn(returned)} ${toJira ?? ''}`.trim(),
      events,
    };
  } finally {
    await lock.lease.release();
  }
}

function result(outcome: IssueSyncOutcome, taskId: number | null, message: string): IssueSyncResult {
  return { outcome, taskId, message, events: [] };
}

/**
 * First among the tasks of the assignee the snapshot names (a few pages at most), then in the open list and
 * the completed list, each read only down to the task's id (both are newest first).
 */
async function findTask(deps: SyncDeps, taskId: number, assigneeId: number | null): Promise<TaskView | null> {
  const outOfTime = () => deps.clock.remainingMs() < FIND_MARGIN_MS;
  const byAssignee =
    assigneeId === null ? null : await findAmongAssigned(deps, taskId, assigneeId, outOfTime);
  if (byAssignee) return byAssignee;
  for (const completed of [false, true]) {
    if (outOfTime()) return null;
    const task = await findInList(deps.peopleforce, completed, taskId, outOfTime);
    if (task !== 'absent') return task;
  }
  return null;
}

/** The assignee may have changed or left since the snapshot: any miss falls back to the lists. */
async function findAmongAssigned(
  deps: SyncDeps,
  taskId: number,
  assigneeId: number,
  outOfTime: () => boolean,
): Promise<TaskView | null> {
  const pages = deps.peopleforce.listEmployeeTaskPages?.(assigneeId);
  if (!pages) return null;
  try {
    for await (const page of pages) {
      const task = page.tasks.find((candidate) => candidate.id === taskId);
      if (task) return task;
      if (outOfTime()) return null;
    }
  } catch (error) {
    deps.log.log('info', 'panel.assignee_lookup_failed', { taskId, reason: errorFacts(error).message });
  }
  return null;
}

async function findInList(
  source: TaskSource,
  completed: boolean,
  taskId: number,
  outOfTime: () => boolean,
): Promise<TaskView | 'absent' | null> {
  for await (const page of source.listTaskPages(completed)) {
    const task = page.tasks.find((candidate) => candidate.id === taskId);
    if (task) return task;
    if (page.tasks.some((candidate) => candidate.id < taskId)) return 'absent';
    if (outOfTime()) return null;
  }
  return 'absent';
}

/** Plans and applies the one task exactly as a poll would, and refreshes its snapshot even when unchanged. */
async function applyTask(deps: SyncDeps, runId: string, task: TaskView): Promise<string> {
  const [config, links, failures, users, cursor] = await Promise.all([
    loadConfig(deps.kv),
    LinkStore.loadFor(deps.kv, [task.id]),
    FailureQueue.load(deps.kv),
    UserDirectory.load(deps.kv, (email) => deps.jira.findUserByEmail(email)),
    readPollCursor(deps.kv),
  ]);
  const link = links.get(task.id);
  const counts = emptyCounts();
  const ctx = new ApplyContext(deps, runId, config, links, failures, users, counts, 'issuePanel');
  const plans = planSync({
    openTasks: task.completed ? [] : [task],
    completedTasks: task.completed ? [task] : [],
    completedScannedDownTo: 0,
    links: new Map(link ? [[task.id, link]] : []),
    config,
    initialSyncDone: true,
    highWatermark: Math.max(cursor.highWatermark, task.id),
    isBackingOff: () => false,
    unreadableTaskIds: new Set(),
  });
  const plan = plans[0];
  if (plan?.kind === 'update') await applyUpdates(ctx, [plan]);
  else if (plan?.kind === 'drop') applyDrops(ctx, [plan]);
  if (plan?.kind !== 'update') ctx.trail.remember(task);
  await ctx.checkpoint(true);
  await failures.save();
  await users.save(deps.clock.now());
  return describePlan(plan?.kind, counts);
}

function describePlan(kind: string | undefined, counts: ReturnType<typeof emptyCounts>): string {
  if (counts.failed > 0) return 'PeopleForce → Jira failed; see the error below.';
  if (kind === 'update') {
    const parts = [
      counts.updated > 0 ? 'fields updated' : null,
      counts.transitioned > 0 ? 'status moved' : null,
    ];
    const done = parts.filter((part) => part !== null).join(' and ');
    return `PeopleForce → Jira: ${done === '' ? 'in step' : done}.`;
  }
  if (kind === 'drop')
    return 'PeopleForce → Jira: no rule syncs this task any more; the issue is left alone.';
  if (kind === 'unchanged') return 'PeopleForce → Jira: already in step.';
  return 'PeopleForce → Jira: nothing to do for this link.';
}

function describeReturn(outcome: ReturnOutcome): string {
  const texts: Record<ReturnOutcome, string> = {
    ignored: 'Jira → PeopleForce: nothing to do.',
    unlinked: 'Jira → PeopleForce: the link is not active.',
    inStep: 'Jira → PeopleForce: already in step.',
    switchedOff: 'Jira → PeopleForce: this direction is switched off.',
    completed: 'Jira → PeopleForce: task completed.',
    reopened: 'Jira → PeopleForce: task reopened.',
    deferred: 'Jira → PeopleForce: PeopleForce refused for now; retrying shortly.',
    taskMissing: 'Jira → PeopleForce: the task no longer exists in PeopleForce.',
    issueDeleted: 'Jira → PeopleForce: the issue was deleted.',
    failed: 'Jira → PeopleForce: failed; see the error below.',
  };
  return texts[outcome];
}

async function eventsSince(deps: SyncDeps, taskId: number, since: Date): Promise<TrailEvent[]> {
  const record = await readTaskRecord(deps.kv, taskId);
  return (record?.events ?? []).filter((event) => event.at >= since.toISOString());
}
