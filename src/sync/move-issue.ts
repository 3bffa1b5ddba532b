import type { Link } from '../state/link-store';
import { TransitionCache } from '../state/transition-cache';
import type { ApplyContext, TaskRef } from './apply-context';
import { errorFacts } from './error-facts';
import type { Direction } from './plan';
import { chooseTransition } from './transitions';

/**
 * Moves a linked issue to done or back to open, as the status mapping of its project and issue type says.
 * The transition last chosen for that project, issue type and wanted status is tried first; only when Jira
 * refuses it from the issue's current status are the issue's transitions looked up.
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
  const cache = await ctx.transitionCache();
  const cacheKey = TransitionCache.keyOf(link.target, direction, configured);
  if (await tryKnownTransition(ctx, link, cache, cacheKey)) {
    noteMoved(ctx, task, link, direction, null);
    return true;
  }
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
  cache.remember(cacheKey, choice.transition.id, ctx.now());
  ctx.counts.transitioned += 1;
  noteMoved(ctx, task, link, direction, choice.transition.to.name);
  return true;
}

async function tryKnownTransition(
  ctx: ApplyContext,
  link: Link,
  cache: TransitionCache,
  cacheKey: string,
): Promise<boolean> {
  const known = cache.get(cacheKey, ctx.now());
  if (known === null) return false;
  try {
    await ctx.deps.jira.transitionIssue(link.issueId, known);
  } catch (error) {
    // 400: not a transition from the issue's current status. Anything else (a deleted issue, an outage) is real.
    if (errorFacts(error).status !== 400) throw error;
    cache.forget(cacheKey);
    return false;
  }
  ctx.counts.transitioned += 1;
  return true;
}

function noteMoved(ctx: ApplyContext, task: TaskRef, link: Link, direction: Direction, to: string | null) {
  const action = direction === 'done' ? 'movedToDone' : 'reopenedIssue';
  ctx.trail.toJira(task.id, action, link.issueKey, to === null ? null : `to ${to}`);
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
