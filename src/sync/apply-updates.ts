import type { TaskView } from '../mapping/task-view';
import type { Link } from '../state/link-store';
import type { ApplyContext } from './apply-context';
import type { ApplyOutcome } from './apply-creates';
import { isNotFound } from './error-facts';
import { moveIssue } from './move-issue';
import type { TaskPlan } from './plan';

export type UpdatePlan = Extract<TaskPlan, { kind: 'update' }>;
type VanishedPlan = Extract<TaskPlan, { kind: 'vanished' }>;
type DropPlan = Extract<TaskPlan, { kind: 'drop' }>;

export async function applyUpdates(ctx: ApplyContext, updates: readonly UpdatePlan[]): Promise<ApplyOutcome> {
  for (const plan of updates) {
    if (ctx.outOfTime()) return 'outOfTime';
    await applyUpdate(ctx, plan);
    await ctx.checkpoint();
  }
  return 'done';
}

async function applyUpdate(ctx: ApplyContext, plan: UpdatePlan): Promise<void> {
  const { link, task } = plan;
  try {
    if (plan.targetIgnored) warnTargetIgnored(ctx, plan);
    if (plan.changedFields.length > 0 && !(await editChangedFields(ctx, plan))) return;
    const completed = await applyCompletion(ctx, plan);
    ctx.noteChange();
    ctx.trail.remember(task);
    ctx.links.put({
      ...link,
      ruleId: plan.rule.id,
      fingerprint: plan.fingerprint,
      fieldHashes: plan.fieldHashes,
      completed,
      state: 'active',
    });
    if (completed === task.completed) ctx.failures.resolve(task.id);
  } catch (error) {
    if (isNotFound(error)) markIssueDeleted(ctx, task, link);
    else ctx.failFromError(task, error, plan.fingerprint, link.issueKey);
  }
}

async function editChangedFields(ctx: ApplyContext, plan: UpdatePlan): Promise<boolean> {
  const metas = await ctx.fieldMetaFor(plan.link.target);
  const conversion = await ctx.convert(plan.sources, metas, 'edit');
  const problems = conversion.problems.filter((problem) => plan.changedFields.includes(problem.fieldId));
  if (problems.length > 0) {
    const reason = problems.map((p) => `${p.fieldId}: ${p.message}`).join('; ');
    ctx.fail(plan.task, {
      kind: 'mapping',
      reason,
      fingerprint: plan.fingerprint,
      issueKey: plan.link.issueKey,
    });
    return false;
  }
  const fields = Object.fromEntries(
    plan.changedFields.map((fieldId) => [fieldId, conversion.fields[fieldId] ?? null]),
  );
  if (Array.isArray(fields.labels)) fields.labels = await keepPeoplesLabels(ctx, plan.link, fields.labels);
  await ctx.deps.jira.editIssue(plan.link.issueId, fields);
  ctx.counts.updated += 1;
  ctx.trail.toJira(plan.task.id, 'edited', plan.link.issueKey, plan.changedFields.join(', '));
  return true;
}

/**
 * Setting `labels` replaces them all: labels people added in Jira are read first and kept, so a changed
 * labels mapping only ever adds.
 */
async function keepPeoplesLabels(ctx: ApplyContext, link: Link, mapped: unknown[]): Promise<unknown[]> {
  const issue = await ctx.deps.jira.getIssue(link.issueId, { fields: ['labels'] });
  const current = Array.isArray(issue?.fields.labels) ? (issue.fields.labels as unknown[]) : [];
  return [...new Set([...current, ...mapped])];
}

/** Returns the completion state the issue now reflects. */
async function applyCompletion(ctx: ApplyContext, plan: UpdatePlan): Promise<boolean> {
  if (plan.transition === null) return plan.task.completed;
  const moved = await moveIssue(ctx, plan.task, plan.link, plan.transition);
  return moved ? plan.task.completed : plan.link.completed;
}

function warnTargetIgnored(ctx: ApplyContext, plan: UpdatePlan): void {
  ctx.deps.log.log('warn', 'sync.target_changed', {
    runId: ctx.runId,
    taskId: plan.task.id,
    issueKey: plan.link.issueKey,
    from: plan.link.target,
    to: plan.target,
    action: 'issue stays where it is; Jira cannot move issues between projects through the API',
  });
}

function markIssueDeleted(ctx: ApplyContext, task: TaskView, link: Link): void {
  ctx.links.put({ ...link, state: 'issueDeleted' });
  const next =
    ctx.config.onIssueDeleted === 'recreate'
      ? 'it will be created again'
      : 'it will not be re-created (see Settings)';
  ctx.fail(task, {
    kind: 'deletedIssue',
    reason: `Issue ${link.issueKey} was deleted in Jira; ${next}`,
    fingerprint: null,
    issueKey: link.issueKey,
  });
}

/** A linked task PeopleForce no longer returns: keep, label or close its issue, as configured. */
export async function applyVanished(ctx: ApplyContext, plans: readonly VanishedPlan[]): Promise<void> {
  for (const { link } of plans) {
    try {
      await handleVanished(ctx, link);
      ctx.links.put({ ...link, state: 'taskVanished' });
      ctx.noteChange();
      ctx.trail.toJira(link.taskId, 'taskVanished', link.issueKey, `issue ${ctx.config.onTaskVanished}`);
      ctx.deps.log.log('info', 'sync.task_vanished', {
        runId: ctx.runId,
        taskId: link.taskId,
        issueKey: link.issueKey,
        policy: ctx.config.onTaskVanished,
      });
    } catch (error) {
      if (isNotFound(error)) ctx.links.put({ ...link, state: 'issueDeleted' });
      else
        ctx.fail(null, {
          taskId: link.taskId,
          kind: 'vanishedTask',
          reason: String(error),
          fingerprint: null,
          issueKey: link.issueKey,
        });
    }
  }
}

async function handleVanished(ctx: ApplyContext, link: Link): Promise<void> {
  const { jira } = ctx.deps;
  if (ctx.config.onTaskVanished === 'label') {
    const issue = await jira.getIssue(link.issueId, { fields: ['labels'] });
    const labels = Array.isArray(issue?.fields.labels) ? (issue.fields.labels as string[]) : [];
    const marker = `${ctx.config.trackingLabel}-removed`;
    if (!labels.includes(marker)) await jira.editIssue(link.issueId, { labels: [...labels, marker] });
  } else if (ctx.config.onTaskVanished === 'transitionDone' && !link.completed) {
    await moveIssue(ctx, { id: link.taskId, title: null }, link, 'done');
  }
}

/** A linked task that no rule syncs any more: its issue is left alone and the link stops being updated. */
export function applyDrops(ctx: ApplyContext, drops: readonly DropPlan[]): void {
  for (const drop of drops) {
    ctx.counts.dropped += 1;
    if (drop.link?.state === 'active') {
      ctx.links.put({ ...drop.link, state: 'unrouted' });
      ctx.trail.toJira(drop.task.id, 'unrouted', drop.link.issueKey, drop.reason);
    }
  }
}
