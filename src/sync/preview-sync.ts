import type { PreviewResult } from '../config/admin-api';
import { emptyCounts } from '../config/records';
import type { Config } from '../config/schema';
import { collectUserEmails, convertFields } from '../mapping/field-mapping';
import type { FieldMeta } from '../mapping/field-meta';
import type { UserDirectory } from '../state/user-directory';
import { errorFacts } from './error-facts';
import type { TaskPlan } from './plan';
import { listAndPlan, loadPollState } from './poll-state';
import type { SyncDeps } from './sync.types';

/**
 * A dry run: the same listing, routing and planning as a poll, plus the Jira field conversion of every planned
 * write (so mapping problems and unmatched users show up), and not a single write anywhere — not to Jira, not
 * to PeopleForce, not to storage.
 */
const EXAMPLES_PER_RULE = 5;
/** Stop reading PeopleForce with this much of the invocation left, for Jira lookups and the answer. */
const PREVIEW_RESERVE_MS = 10_000;
type PreviewAction = PreviewResult['rules'][number]['examples'][number]['action'];
type RuleSummary = PreviewResult['rules'][number];

export async function previewSync(
  deps: Pick<SyncDeps, 'kv' | 'clock' | 'log' | 'peopleforce' | 'jira'>,
  config: Config,
) {
  const state = await loadPollState(deps);
  const { listing, plans } = await listAndPlan(deps, state, config, {
    fullScan: false,
    onPage: () => Promise.resolve(),
    shouldStop: () => deps.clock.remainingMs() < PREVIEW_RESERVE_MS,
  });
  const result = new PreviewCollector(config);
  const metas = new Map<string, FieldMeta[] | Error>();
  for (const plan of plans) {
    const problem = await conversionProblem(deps, config, plan, metas, state.users, deps.clock.now());
    result.add(plan, problem);
  }
  result.totals.seen = listing.open.length + listing.completed.length;
  const partial = listing.complete
    ? null
    : `This preview covers the first ${result.totals.seen} tasks PeopleForce returned (newest first): reading all of them takes longer than one admin request may. A sync reads them all.`;
  return { ...result.finish(state.users.unmatched()), partial };
}

async function conversionProblem(
  deps: Pick<SyncDeps, 'jira'>,
  config: Config,
  plan: TaskPlan,
  metas: Map<string, FieldMeta[] | Error>,
  users: UserDirectory,
  now: Date,
): Promise<string | null> {
  if (plan.kind !== 'create' && !(plan.kind === 'update' && plan.changedFields.length > 0)) return null;
  const target = plan.kind === 'update' ? plan.link.target : plan.target;
  let fieldMetas = metas.get(target);
  if (!fieldMetas) {
    const [project = '', issueType = ''] = target.split('/');
    fieldMetas = await deps.jira
      .getCreateMeta(project, issueType)
      .catch((error: unknown) => new Error(errorFacts(error).message));
    metas.set(target, fieldMetas);
  }
  if (fieldMetas instanceof Error)
    return `Jira field metadata for ${target} is unavailable: ${fieldMetas.message}`;
  const accountIdByEmail = await users.resolve(collectUserEmails(plan.sources, fieldMetas), now);
  const conversion = convertFields(plan.sources, fieldMetas, {
    accountIdByEmail,
    fallbackAssigneeAccountId: config.fallbackAssigneeAccountId,
    trackingLabel: config.trackingLabel,
    operation: plan.kind === 'update' ? 'edit' : 'create',
  });
  users.noteUnmatched(conversion.unmatchedEmails);
  const relevant =
    plan.kind === 'update'
      ? conversion.problems.filter((p) => plan.changedFields.includes(p.fieldId))
      : conversion.problems;
  return relevant.length > 0 ? relevant.map((p) => `${p.fieldId}: ${p.message}`).join('; ') : null;
}

class PreviewCollector {
  readonly totals = emptyCounts();
  private readonly rules = new Map<string, RuleSummary>();
  private readonly problems: PreviewResult['problems'] = [];

  constructor(private readonly config: Config) {}

  add(plan: TaskPlan, problem: string | null): void {
    if (plan.kind === 'vanished') return;
    const action: PreviewAction = problem ? 'fail' : actionOf(plan);
    const ruleId =
      plan.kind === 'create' || plan.kind === 'update'
        ? plan.rule.id
        : plan.kind === 'drop'
          ? plan.ruleId
          : null;
    const summary = plan.kind === 'skip' ? this.skippedSummary() : this.summaryFor(ruleId);
    summary[action] += 1;
    this.count(action);
    if (problem) this.problems.push({ taskId: plan.task.id, message: problem });
    if (
      summary.examples.filter((e) => e.action === action).length < EXAMPLES_PER_RULE &&
      action !== 'unchanged'
    ) {
      summary.examples.push({
        taskId: plan.task.id,
        title: plan.task.title,
        action,
        issueKey: 'link' in plan && plan.link ? plan.link.issueKey : null,
        detail: problem ?? detailOf(plan),
      });
    }
  }

  finish(unmatched: Map<string, number>): Omit<PreviewResult, 'partial'> {
    return {
      totals: this.totals,
      rules: [...this.rules.values()],
      unmatchedUsers: [...unmatched].map(([email, taskCount]) => ({ email, taskCount })),
      problems: this.problems,
    };
  }

  /** Tasks left alone for now: completed before the first sync, older than the cut-off, waiting to retry. */
  private skippedSummary(): RuleSummary {
    return this.summaryFor(
      null,
      '(skipped)',
      'Not synced now: completed before the first sync, before the cut-off, or waiting to retry',
    );
  }

  private summaryFor(ruleId: string | null, key = ruleId ?? '(no rule)', name?: string): RuleSummary {
    let summary = this.rules.get(key);
    if (!summary) {
      const rule = this.config.rules.find((r) => r.id === ruleId);
      summary = {
        ruleId,
        ruleName: name ?? rule?.name ?? 'No rule matched',
        create: 0,
        update: 0,
        transition: 0,
        unchanged: 0,
        drop: 0,
        fail: 0,
        examples: [],
      };
      this.rules.set(key, summary);
    }
    return summary;
  }

  private count(action: PreviewAction): void {
    const field = {
      create: 'created',
      update: 'updated',
      transition: 'transitioned',
      unchanged: 'unchanged',
      drop: 'dropped',
      fail: 'failed',
    } as const;
    this.totals[field[action]] += 1;
  }
}

function actionOf(plan: Exclude<TaskPlan, { kind: 'vanished' }>): PreviewAction {
  switch (plan.kind) {
    case 'create':
      return 'create';
    case 'update':
      return plan.changedFields.length > 0 ? 'update' : plan.transition ? 'transition' : 'unchanged';
    case 'drop':
      return 'drop';
    default:
      return 'unchanged';
  }
}

function detailOf(plan: Exclude<TaskPlan, { kind: 'vanished' }>): string {
  switch (plan.kind) {
    case 'create':
      return `new issue in ${plan.target.split('/')[0] ?? ''}: "${plan.sources.summary ?? plan.task.title}"${plan.markDone ? ', then done' : ''}`;
    case 'update':
      return [
        plan.changedFields.length > 0 ? `fields: ${plan.changedFields.join(', ')}` : null,
        plan.transition ? `move to ${plan.transition === 'done' ? 'done' : 'open'}` : null,
      ]
        .filter(Boolean)
        .join('; ');
    case 'drop':
      return plan.reason;
    default:
      return plan.kind === 'skip' ? plan.reason : '';
  }
}
