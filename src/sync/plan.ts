import type { Config, Rule, SyncAction } from '../config/schema';
import { effectiveMappings, renderSourceValues } from '../mapping/field-mapping';
import { routeTask } from '../mapping/routing';
import type { TaskView } from '../mapping/task-view';
import type { Link } from '../state/link-store';
import { changedFields, fieldHashes, projectionFingerprint, type SourceValues } from './fingerprint';

/**
 * The pure heart of a poll: tasks + stored links + config → what to do with each task. No I/O and no clock
 * (time comes in as `now`), so every rule of reconciliation is a case in plan.test.ts.
 */
export type Direction = 'done' | 'reopen';

interface Projection {
  rule: Rule;
  action: SyncAction;
  target: string;
  sources: SourceValues;
  fieldHashes: Record<string, string>;
  fingerprint: string;
}

export type TaskPlan =
  | ({ kind: 'create'; task: TaskView; markDone: boolean } & Projection)
  | ({
      kind: 'update';
      task: TaskView;
      link: Link;
      changedFields: string[];
      transition: Direction | null;
      /** The rule now targets another project or issue type: Jira cannot move it, so fields are kept in place. */
      targetIgnored: boolean;
    } & Projection)
  | { kind: 'unchanged'; task: TaskView; link: Link }
  | { kind: 'drop'; task: TaskView; ruleId: string | null; reason: string; link: Link | null }
  | { kind: 'skip'; task: TaskView; reason: string; fingerprint: string | null }
  | { kind: 'vanished'; link: Link };

export interface PlanInput {
  openTasks: readonly TaskView[];
  completedTasks: readonly TaskView[];
  /** The lowest task id the completed list was read down to; 0 when it was read to the end. */
  completedScannedDownTo: number;
  links: ReadonlyMap<number, Link>;
  config: Config;
  initialSyncDone: boolean;
  /** Highest task id seen by earlier polls: completed tasks above it are new. */
  highWatermark: number;
  isBackingOff: (taskId: number, fingerprint: string | null) => boolean;
  /** Ids of records PeopleForce returned but that could not be read: never mistaken for vanished tasks. */
  unreadableTaskIds: ReadonlySet<number>;
  /** False while a listing continues in another invocation: nothing can be called vanished yet. */
  listingComplete?: boolean;
  /** Tasks earlier invocations of a continued listing read: present, though not in this invocation's lists. */
  seenEarlier?: ReadonlySet<number>;
}

export function planSync(input: PlanInput): TaskPlan[] {
  const tasks = uniqueTasks(input.openTasks, input.completedTasks);
  const plans = [...tasks.values()].map((task) => planTask(task, input));
  if (input.listingComplete === false) return plans;
  for (const link of input.links.values()) {
    const seen = tasks.has(link.taskId) || input.seenEarlier?.has(link.taskId) === true;
    if (!seen && !input.unreadableTaskIds.has(link.taskId) && hasVanished(link, input))
      plans.push({ kind: 'vanished', link });
  }
  return plans;
}

/** Open tasks win over completed ones if a task moved between the two lists while they were read. */
function uniqueTasks(open: readonly TaskView[], completed: readonly TaskView[]): Map<number, TaskView> {
  const byId = new Map<number, TaskView>();
  for (const task of completed) byId.set(task.id, task);
  for (const task of open) byId.set(task.id, task);
  return byId;
}

function planTask(task: TaskView, input: PlanInput): TaskPlan {
  const link = input.links.get(task.id) ?? null;
  const { config } = input;
  if (!link && isBeforeCutoff(task, config.createdAfter)) {
    return {
      kind: 'skip',
      task,
      reason: `created before the cut-off ${config.createdAfter ?? ''}`,
      fingerprint: null,
    };
  }
  const decision = routeTask(task, config.rules);
  if (decision.kind === 'drop') {
    return { kind: 'drop', task, ruleId: decision.rule?.id ?? null, reason: decision.reason, link };
  }
  const projection = project(task, decision.rule, decision.action, config.trackingLabel);
  if (input.isBackingOff(task.id, projection.fingerprint)) {
    return {
      kind: 'skip',
      task,
      reason: 'waiting to retry after a failure',
      fingerprint: projection.fingerprint,
    };
  }
  if (!link || (link.state === 'issueDeleted' && config.onIssueDeleted === 'recreate')) {
    return planCreate(task, projection, input);
  }
  if (link.state === 'issueDeleted') {
    return { kind: 'skip', task, reason: `issue ${link.issueKey} was deleted in Jira`, fingerprint: null };
  }
  return planUpdate(task, link, projection, config);
}

function project(task: TaskView, rule: Rule, action: SyncAction, trackingLabel: string): Projection {
  const sources = renderSourceValues(task, effectiveMappings(action, trackingLabel));
  const target = `${action.projectKey}/${action.issueTypeId}`;
  const hashes = fieldHashes(sources);
  return {
    rule,
    action,
    target,
    sources,
    fieldHashes: hashes,
    fingerprint: projectionFingerprint(target, hashes),
  };
}

function planCreate(task: TaskView, projection: Projection, input: PlanInput): TaskPlan {
  if (task.completed) {
    const isNew = input.initialSyncDone && task.id > input.highWatermark;
    const importOnFirstSync = !input.initialSyncDone && input.config.importCompletedOnFirstSync;
    if (!isNew && !importOnFirstSync) {
      return { kind: 'skip', task, reason: 'already completed before it was first seen', fingerprint: null };
    }
  }
  return { kind: 'create', task, markDone: task.completed, ...projection };
}

function planUpdate(task: TaskView, link: Link, projection: Projection, config: Config): TaskPlan {
  const targetIgnored = projection.target !== link.target;
  const changed = changedFields(link.fieldHashes, projection.fieldHashes);
  const transition = completionTransition(task.completed, link.completed, config);
  const completionChanged = task.completed !== link.completed;
  if (changed.length === 0 && !completionChanged && link.state === 'active' && !targetIgnored) {
    return { kind: 'unchanged', task, link };
  }
  return { kind: 'update', task, link, changedFields: changed, transition, targetIgnored, ...projection };
}

function completionTransition(
  taskCompleted: boolean,
  issueReflects: boolean,
  config: Config,
): Direction | null {
  if (taskCompleted === issueReflects) return null;
  if (taskCompleted) return config.status.transitionIssueOnTaskCompletion ? 'done' : null;
  return config.status.transitionIssueOnTaskReopen ? 'reopen' : null;
}

/**
 * A linked task missing from both lists has vanished only if the lists read would have shown it: an open one
 * whenever the completed list was read down to its id, a completed one only on a full read.
 */
function hasVanished(link: Link, input: PlanInput): boolean {
  if (link.state !== 'active') return false;
  if (link.completed) return input.completedScannedDownTo === 0;
  return link.taskId >= input.completedScannedDownTo;
}

function isBeforeCutoff(task: TaskView, createdAfter: string | null): boolean {
  if (createdAfter === null || task.created_at === null) return false;
  return task.created_at.slice(0, 10) < createdAfter;
}

/** Links the next completed-list read must reach: open when last seen, now missing from the open list. */
export function completedScanTarget(
  openTaskIds: ReadonlySet<number>,
  links: Iterable<Link>,
  highWatermark: number,
): number {
  let target = highWatermark + 1;
  for (const link of links) {
    if (link.state === 'active' && !link.completed && !openTaskIds.has(link.taskId)) {
      target = Math.min(target, link.taskId);
    }
  }
  return target;
}
