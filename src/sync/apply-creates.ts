import type { FieldMeta } from '../mapping/field-meta';
import { writeCreateIntent } from '../state/create-intents';
import type { Link } from '../state/link-store';
import type { ApplyContext } from './apply-context';
import { describeJiraErrors } from './error-facts';
import { moveIssue } from './move-issue';
import type { TaskPlan } from './plan';
import { TASK_PROPERTY_KEY } from './sync.types';

export type CreatePlan = Extract<TaskPlan, { kind: 'create' }>;
export type ApplyOutcome = 'done' | 'outOfTime';

const BULK_CREATE_LIMIT = 50;

interface ReadyCreate {
  plan: CreatePlan;
  fields: Record<string, unknown>;
}

/**
 * Creates issues in bulk, 50 at a time, each carrying the entity property that names its task. A create
 * intent is stored before each bulk call and removed by the checkpoint that stores the links, so a crash in
 * between is healed by a lookup (heal-create-intents.ts), never by a second create. Fields are converted one
 * chunk at a time: a first sync of thousands of tasks never holds thousands of issue payloads at once.
 */
export async function applyCreates(ctx: ApplyContext, creates: readonly CreatePlan[]): Promise<ApplyOutcome> {
  for (const [target, plans] of groupByTarget(creates)) {
    const metas = await fieldMetaOrFail(ctx, target, plans);
    if (!metas) continue;
    let chunk: ReadyCreate[] = [];
    let offset = 0;
    for (const plan of plans) {
      const ready = await prepareCreate(ctx, plan, metas);
      if (ready) chunk.push(ready);
      if (chunk.length < BULK_CREATE_LIMIT) continue;
      if (ctx.outOfTime()) return 'outOfTime';
      await createChunk(ctx, chunk, offset);
      offset += chunk.length;
      chunk = [];
    }
    if (chunk.length === 0) continue;
    if (ctx.outOfTime()) return 'outOfTime';
    await createChunk(ctx, chunk, offset);
  }
  return 'done';
}

function groupByTarget(creates: readonly CreatePlan[]): Map<string, CreatePlan[]> {
  const groups = new Map<string, CreatePlan[]>();
  for (const plan of creates) {
    const group = groups.get(plan.target);
    if (group) group.push(plan);
    else groups.set(plan.target, [plan]);
  }
  return groups;
}

async function fieldMetaOrFail(ctx: ApplyContext, target: string, plans: CreatePlan[]) {
  try {
    return await ctx.fieldMetaFor(target);
  } catch (error) {
    for (const plan of plans) ctx.failFromError(plan.task, error, plan.fingerprint, null);
    return null;
  }
}

async function prepareCreate(
  ctx: ApplyContext,
  plan: CreatePlan,
  metas: FieldMeta[],
): Promise<ReadyCreate | null> {
  const conversion = await ctx.convert(plan.sources, metas, 'create');
  if (conversion.problems.length > 0) {
    const reason = conversion.problems.map((p) => `${p.fieldId}: ${p.message}`).join('; ');
    ctx.fail(plan.task, { kind: 'mapping', reason, fingerprint: plan.fingerprint, issueKey: null });
    return null;
  }
  const [projectKey = '', issueTypeId = ''] = plan.target.split('/');
  return {
    plan,
    fields: { ...conversion.fields, project: { key: projectKey }, issuetype: { id: issueTypeId } },
  };
}

async function createChunk(ctx: ApplyContext, chunk: ReadyCreate[], offset: number): Promise<void> {
  const { kv, jira } = ctx.deps;
  const intent = {
    id: `${ctx.runId}-${chunk[0]?.plan.target.replace('/', '-') ?? 'x'}-${offset}`,
    taskIds: chunk.map((item) => item.plan.task.id),
    createdAt: ctx.now().toISOString(),
    written: Object.fromEntries(
      chunk.map(({ plan }) => [
        String(plan.task.id),
        { ruleId: plan.rule.id, fingerprint: plan.fingerprint, fieldHashes: plan.fieldHashes },
      ]),
    ),
  };
  await writeCreateIntent(kv, intent);
  let results;
  try {
    results = await jira.bulkCreate(
      chunk.map(({ plan, fields }) => ({
        fields,
        properties: [{ key: TASK_PROPERTY_KEY, value: { taskId: String(plan.task.id) } }],
      })),
    );
  } catch (error) {
    // Jira may have created some of them before failing: the intent stays, and the next run looks them up.
    for (const { plan } of chunk) ctx.failFromError(plan.task, error, plan.fingerprint, null);
    return;
  }
  const created: Array<{ plan: CreatePlan; link: Link }> = [];
  results.forEach((result, index) => {
    const item = chunk[index];
    if (!item) return;
    const { plan } = item;
    if (!result.ok) {
      const reason = describeJiraErrors(result.errors, result.errorMessages);
      ctx.fail(plan.task, { kind: 'jira', reason, fingerprint: plan.fingerprint, issueKey: null });
      return;
    }
    const link = linkFor(plan, result.id, result.key);
    ctx.links.put(link);
    ctx.noteChange(intent.id);
    ctx.failures.resolve(plan.task.id);
    ctx.counts.created += 1;
    ctx.trail.toJira(plan.task.id, 'created', result.key, plan.target);
    ctx.trail.remember(plan.task);
    created.push({ plan, link });
  });
  await ctx.checkpoint();
  await closeCompletedOnes(ctx, created);
}

function linkFor(plan: CreatePlan, issueId: string, issueKey: string): Link {
  return {
    taskId: plan.task.id,
    issueId,
    issueKey,
    ruleId: plan.rule.id,
    target: plan.target,
    fingerprint: plan.fingerprint,
    fieldHashes: plan.fieldHashes,
    completed: false,
    state: 'active',
  };
}

/** A task already completed when first synced becomes a done issue; if that fails the next poll retries it. */
async function closeCompletedOnes(ctx: ApplyContext, created: Array<{ plan: CreatePlan; link: Link }>) {
  const toClose = created.filter(
    ({ plan }) => plan.markDone && ctx.config.status.transitionIssueOnTaskCompletion,
  );
  for (const { plan, link } of toClose) {
    try {
      if (await moveIssue(ctx, plan.task, link, 'done')) {
        ctx.links.put({ ...link, completed: true });
        ctx.noteChange();
      }
    } catch (error) {
      ctx.failFromError(plan.task, error, plan.fingerprint, link.issueKey);
    }
  }
}
