import {
  listCreateIntents,
  writeCreateIntent,
  type CreateIntent,
  type WrittenProjection,
} from '../state/create-intents';
import type { ApplyContext } from './apply-context';
import { TASK_PROPERTY_ALIAS, TASK_PROPERTY_KEY, type IssueSummary } from './sync.types';

/**
 * Heals the crash window between "Jira created the issues" and "we stored the links". Each leftover intent's
 * tasks are looked up by the indexed entity property; found issues are linked with the field hashes the intent
 * recorded, which are what the bulk create wrote (so nothing is rewritten). Jira's search is eventually consistent, so a task not found while its
 * intent is younger than SETTLE_MS stays pending — it is neither linked nor created this run — and is looked up
 * again next run. Only after that may it be created: exactly one issue per task.
 */
export const SETTLE_MS = 5 * 60_000;
const LOOKUP_ATTEMPTS = 3;
const LOOKUP_PAUSE_MS = 1_500;

export async function healCreateIntents(ctx: ApplyContext): Promise<Set<number>> {
  const pending = new Set<number>();
  for (const intent of await listCreateIntents(ctx.deps.kv)) {
    const unresolved = await linkFoundIssues(ctx, intent);
    const settled = ctx.now().getTime() - Date.parse(intent.createdAt) >= SETTLE_MS;
    if (unresolved.length === 0 || settled) {
      // Retired by the checkpoint below, after the links it found are stored.
      ctx.noteChange(intent.id);
    } else {
      unresolved.forEach((taskId) => pending.add(taskId));
      await writeCreateIntent(ctx.deps.kv, { ...intent, taskIds: unresolved });
    }
    ctx.deps.log.log('warn', 'sync.create_intent_healed', {
      runId: ctx.runId,
      intentId: intent.id,
      tasks: intent.taskIds.length,
      linked: intent.taskIds.length - unresolved.length,
      stillPending: settled ? 0 : unresolved.length,
    });
  }
  await ctx.checkpoint(true);
  return pending;
}

async function linkFoundIssues(ctx: ApplyContext, intent: CreateIntent): Promise<number[]> {
  let unresolved = intent.taskIds.filter((taskId) => !ctx.links.get(taskId));
  for (let attempt = 0; attempt < LOOKUP_ATTEMPTS && unresolved.length > 0; attempt++) {
    if (attempt > 0) await ctx.deps.clock.sleep(LOOKUP_PAUSE_MS);
    for (const issue of await findIssuesForTasks(ctx, unresolved)) linkIssue(ctx, issue, intent);
    unresolved = unresolved.filter((taskId) => !ctx.links.get(taskId));
  }
  return unresolved;
}

async function findIssuesForTasks(ctx: ApplyContext, taskIds: readonly number[]): Promise<IssueSummary[]> {
  const quoted = taskIds.map((id) => `"${String(id)}"`).join(', ');
  return ctx.deps.jira.searchAllJql({
    jql: `${TASK_PROPERTY_ALIAS} in (${quoted})`,
    fields: ['project', 'issuetype', 'status'],
    properties: [TASK_PROPERTY_KEY],
  });
}

function linkIssue(ctx: ApplyContext, issue: IssueSummary, intent: CreateIntent): void {
  const taskId = taskIdOf(issue);
  if (taskId === null || ctx.links.get(taskId)) return;
  // Without a record of what was written (an older intent) empty hashes make the next plan refresh every field.
  const written: WrittenProjection = intent.written?.[String(taskId)] ?? {
    ruleId: 'recovered',
    fingerprint: '',
    fieldHashes: {},
  };
  const project = issue.fields.project as { key?: string } | undefined;
  const issueType = issue.fields.issuetype as { id?: string } | undefined;
  const category = (issue.fields.status as { statusCategory?: { key?: string } } | undefined)?.statusCategory
    ?.key;
  ctx.links.put({
    taskId,
    issueId: issue.id,
    issueKey: issue.key,
    ruleId: written.ruleId,
    target: `${project?.key ?? ''}/${issueType?.id ?? ''}`,
    fingerprint: written.fingerprint,
    fieldHashes: written.fieldHashes,
    completed: category === 'done',
    state: 'active',
  });
}

function taskIdOf(issue: IssueSummary): number | null {
  const property = issue.properties?.[TASK_PROPERTY_KEY] as { taskId?: unknown } | undefined;
  const taskId = Number(property?.taskId);
  return Number.isInteger(taskId) ? taskId : null;
}
