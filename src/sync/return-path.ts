import { z } from 'zod';
import type { ReturnPathAction } from '../config/records';
import type { TrailAction } from '../config/task-trail';
import type { Config } from '../config/schema';
import { loadConfig } from '../state/config-store';
import { FailureQueue } from '../state/failure-queue';
import { LinkStore, type Link } from '../state/link-store';
import { recordReturnAction } from '../state/run-history';
import { errorFacts, isNotFound } from './error-facts';
import { statusCategoryOf } from './move-issue';
import type { ReturnMessage } from './queue-messages';
import { TASK_PROPERTY_KEY, type SyncDeps } from './sync.types';
import { TrailRecorder } from './trail-recorder';

/**
 * Jira → PeopleForce. An issue entering the done category completes its task; leaving it reopens the task.
 * The decision is always taken against the issue's *current* status and the stored completion state, never
 * against the event alone: a duplicate event finds nothing to do, and a late "left done" cannot undo a newer
 * "entered done". After PeopleForce accepts, the link records the new state, so the next poll sees task and
 * issue agreeing and writes nothing to Jira (no echo).
 */
export const IssueEventSchema = z.object({
  eventType: z.string(),
  issue: z.object({ id: z.string(), key: z.string().optional() }),
  changelog: z
    .object({ items: z.array(z.object({ field: z.string().optional(), fieldId: z.string().optional() })) })
    .nullable()
    .optional(),
});
export type IssueEvent = z.infer<typeof IssueEventSchema>;

export type ReturnOutcome =
  | 'ignored'
  | 'unlinked'
  | 'inStep'
  | 'switchedOff'
  | 'completed'
  | 'reopened'
  | 'deferred'
  | 'taskMissing'
  | 'issueDeleted'
  | 'failed';

/** Tries of one Jira → PeopleForce update (the event, then queue retries) before it is reported as failed. */
export const MAX_ATTEMPTS = 6;
const MAX_QUEUE_DELAY_SECONDS = 900;

export async function handleIssueEvent(deps: SyncDeps, rawEvent: unknown): Promise<ReturnOutcome> {
  const event = IssueEventSchema.parse(rawEvent);
  if (event.eventType === 'avi:jira:deleted:issue') return handleDeletedIssue(deps, event);
  const statusChanged =
    event.changelog?.items.some((item) => (item.fieldId ?? item.field) === 'status') ?? false;
  if (!statusChanged) return 'ignored';
  return reconcileIssue(deps, event.issue.id, 'event', 0);
}

export function handleReturnMessage(deps: SyncDeps, message: ReturnMessage): Promise<ReturnOutcome> {
  return reconcileIssue(deps, message.issueId, 'queue', message.attempt);
}

/** Brings the task in line with the issue's current status: shared by events, the queue and the sweep. */
export async function reconcileIssue(
  deps: SyncDeps,
  issueId: string,
  via: ReturnPathAction['via'],
  attempt: number,
): Promise<ReturnOutcome> {
  const issue = await deps.jira.getIssue(issueId, { fields: ['status'], properties: [TASK_PROPERTY_KEY] });
  const taskId = issue ? linkedTaskId(issue.properties?.[TASK_PROPERTY_KEY]) : null;
  if (!issue || taskId === null) return 'unlinked';
  const done = statusCategoryOf(issue.fields.status) === 'done';
  const [config, links] = await Promise.all([loadConfig(deps.kv), LinkStore.loadFor(deps.kv, [taskId])]);
  const link = links.get(taskId);
  if (!link || link.state !== 'active' || link.issueId !== issueId) return 'unlinked';
  if (link.completed === done) return 'inStep';
  if (!directionEnabled(config, done)) return 'switchedOff';
  return syncTaskCompletion(deps, { links, link, done, via, attempt, issueKey: issue.key });
}

export interface TaskUpdate {
  links: LinkStore;
  link: Link;
  done: boolean;
  via: ReturnPathAction['via'];
  attempt: number;
  issueKey: string;
}

export async function syncTaskCompletion(deps: SyncDeps, update: TaskUpdate): Promise<ReturnOutcome> {
  const { link, done } = update;
  try {
    if (done) await deps.peopleforce.completeTask(link.taskId);
    else await deps.peopleforce.incompleteTask(link.taskId);
  } catch (error) {
    return handleTaskError(deps, update, error);
  }
  update.links.put({ ...link, completed: done });
  await update.links.flush();
  await record(deps, update, done ? 'completed' : 'reopened');
  return done ? 'completed' : 'reopened';
}

async function handleTaskError(deps: SyncDeps, update: TaskUpdate, error: unknown): Promise<ReturnOutcome> {
  const { link } = update;
  if (isNotFound(error)) {
    update.links.put({ ...link, state: 'taskVanished' });
    await update.links.flush();
    await reportFailure(
      deps,
      link,
      'vanishedTask',
      `PeopleForce no longer has task ${link.taskId}; the link is closed`,
    );
    await record(deps, update, 'taskMissing');
    return 'taskMissing';
  }
  const facts = errorFacts(error);
  if (update.attempt + 1 < MAX_ATTEMPTS) {
    const delay = Math.min(facts.retryAfterSeconds ?? 30 * 2 ** update.attempt, MAX_QUEUE_DELAY_SECONDS);
    const message: ReturnMessage = { kind: 'return', issueId: link.issueId, attempt: update.attempt + 1 };
    await deps.queue.push(message, delay);
    await noteTrail(deps, update, 'retryScheduled', `in ${delay} s after: ${facts.message}`);
    deps.log.log('info', 'return.deferred', {
      taskId: link.taskId,
      issueKey: link.issueKey,
      delaySeconds: delay,
      reason: facts.message,
    });
    return 'deferred';
  }
  const reason = `Could not update the PeopleForce task from ${link.issueKey}: ${facts.message}`;
  await reportFailure(deps, link, 'peopleforce', reason);
  await noteTrail(deps, update, 'failed', reason);
  return 'failed';
}

async function handleDeletedIssue(deps: SyncDeps, event: IssueEvent): Promise<ReturnOutcome> {
  const links = await LinkStore.load(deps.kv);
  const link = links.findByIssueId(event.issue.id);
  if (!link) return 'unlinked';
  links.put({ ...link, state: 'issueDeleted' });
  await links.flush();
  const config = await loadConfig(deps.kv);
  const next =
    config.onIssueDeleted === 'recreate' ? 'the next poll creates it again' : 'it will not be re-created';
  await reportFailure(deps, link, 'deletedIssue', `Issue ${link.issueKey} was deleted in Jira; ${next}`);
  await record(
    deps,
    { links, link, done: link.completed, via: 'event', attempt: 0, issueKey: link.issueKey },
    'issueDeleted',
  );
  return 'issueDeleted';
}

export function directionEnabled(config: Config, done: boolean): boolean {
  if (!config.enabled) return false;
  return done ? config.status.completeTaskWhenIssueDone : config.status.reopenTaskWhenIssueReopened;
}

export function linkedTaskId(property: unknown): number | null {
  const taskId = Number((property as { taskId?: unknown } | undefined)?.taskId);
  return Number.isInteger(taskId) && taskId > 0 ? taskId : null;
}

async function reportFailure(
  deps: SyncDeps,
  link: Link,
  kind: 'vanishedTask' | 'deletedIssue' | 'peopleforce',
  reason: string,
) {
  const failures = await FailureQueue.load(deps.kv);
  failures.record(
    { taskId: link.taskId, taskTitle: null, issueKey: link.issueKey, kind, reason, fingerprint: null },
    deps.clock.now(),
  );
  await failures.save();
  deps.log.log('warn', 'return.failed', { taskId: link.taskId, issueKey: link.issueKey, kind, reason });
}

const trailActions = {
  completed: 'taskCompleted',
  reopened: 'taskReopened',
  taskMissing: 'taskVanished',
  issueDeleted: 'issueDeleted',
} as const satisfies Record<ReturnPathAction['action'], TrailAction>;

async function noteTrail(deps: SyncDeps, update: TaskUpdate, action: TrailAction, detail: string | null) {
  const trail = new TrailRecorder(deps.kv, deps.clock, update.via);
  trail.toPeopleForce(update.link.taskId, action, update.issueKey, detail);
  if (action === 'taskCompleted' || action === 'taskReopened') {
    trail.completedInPeopleForce(update.link.taskId, action === 'taskCompleted');
  }
  await trail.flush();
}

async function record(deps: SyncDeps, update: TaskUpdate, action: ReturnPathAction['action']): Promise<void> {
  await noteTrail(deps, update, trailActions[action], null);
  const at = deps.clock.now();
  await recordReturnAction(
    deps.kv,
    {
      action,
      taskId: update.link.taskId,
      issueId: update.link.issueId,
      issueKey: update.issueKey,
      via: update.via,
      at: at.toISOString(),
    },
    at,
  );
  deps.log.log('info', 'return.applied', {
    action,
    taskId: update.link.taskId,
    issueKey: update.issueKey,
    via: update.via,
  });
}
