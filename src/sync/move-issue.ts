import type { Link } from '../state/link-store';
import type { ApplyContext, TaskRef } from './apply-context';
import type { Direction } from './plan';
import { chooseTransition } from './transitions';

/**
 * Moves a linked issue to done or back to open, as the status mapping of its project and issue type says.
 * Returns false (and queues the task's failure) when no suitable transition exists or Jira refuses it.
 */
export async function moveIssue(
  ctx: ApplyContext,
  task: TaskRef,
  link: Link,
  direction: Direction,
): Promise<boolean> {
  const mapping = ctx.config.status.mappings.find((m) => `${m.projectKey}/${m.issueTypeId}` === link.target);
  const configured = (direction === 'done' ? mapping?.doneStatus : mapping?.reopenStatus) ?? null;
  const transitions = await ctx.deps.jira.getTransitions(link.issueId);
  const choice = chooseTransition(transitions, direction, configured);
  if (!choice.ok) {
    if (await isAlreadyThere(ctx, link, direction)) return true;
    ctx.fail(task, {
      kind: 'jira',
      reason: choice.reason,
      fingerprint: link.fingerprint,
      issueKey: link.issueKey,
    });
    return false;
  }
  await ctx.deps.jira.transitionIssue(link.issueId, choice.transition.id);
  ctx.counts.transitioned += 1;
  const action = direction === 'done' ? 'movedToDone' : 'reopenedIssue';
  ctx.trail.toJira(task.id, action, link.issueKey, `to ${choice.transition.to.name}`);
  return true;
}

async function isAlreadyThere(ctx: ApplyContext, link: Link, direction: Direction): Promise<boolean> {
  const issue = await ctx.deps.jira.getIssue(link.issueId, { fields: ['status'] });
  const category = statusCategoryOf(issue?.fields.status);
  return direction === 'done' ? category === 'done' : category !== null && category !== 'done';
}

export function statusCategoryOf(status: unknown): string | null {
  if (typeof status !== 'object' || status === null) return null;
  const category = (status as { statusCategory?: { key?: unknown } }).statusCategory?.key;
  return typeof category === 'string' ? category : null;
}
