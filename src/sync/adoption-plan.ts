import type { AdoptionConflict, AdoptionCounts, AdoptionItem } from '../config/records';
import type { Config } from '../config/schema';
import { collapseWhitespace } from '../mapping/clean-text';
import { toSingleLineText } from '../mapping/convert-text';
import { routeTask } from '../mapping/routing';
import type { TaskView } from '../mapping/task-view';
import type { Link } from '../state/link-store';
import { project } from './plan';

/**
 * Adopting the issues a previous integration left in Jira, as a pure function: the issues found by its label
 * (with its property and ours), the PeopleForce tasks and our stored links → which issues to link as if we had
 * created them, which are ours already, which duplicate another issue of the same task (the oldest is kept),
 * whose task is gone, and which name no task at all. No I/O, so every case is a row in adoption-plan.test.ts.
 */
export interface GatewayIssue {
  id: string;
  key: string;
  /** When Jira created it: of two issues for one task, the older is kept. */
  created: string | null;
  done: boolean;
  /** `PROJECT/issueTypeId` the issue lives in. */
  target: string;
  summary: string | null;
  /** The previous integration's property value; undefined when the issue has none. */
  gatewayProperty: unknown;
  /** The task id in our own property; null when the issue does not carry it. */
  ourTaskId: number | null;
}

export interface AdoptionPlanInput {
  issues: readonly GatewayIssue[];
  tasks: ReadonlyMap<number, TaskView>;
  linkOf: (taskId: number) => Link | undefined;
  /** Tasks PeopleForce returned unreadable (or a partial listing did not reach): never called orphans. */
  isTaskUnknown: (taskId: number) => boolean;
  config: Config;
}

/** One issue to make ours: store `link` (null when it is stored already) and set our property. */
export interface AdoptionWrite {
  issue: GatewayIssue;
  taskId: number;
  link: Link | null;
  /** The task as PeopleForce returned it, when it did: the issue panel's snapshot. */
  task: TaskView | null;
}

export interface AdoptionPlan {
  writes: AdoptionWrite[];
  counts: AdoptionCounts;
  examples: Record<'adopted' | 'alreadyOurs' | 'orphans' | 'unmatched' | 'failed', AdoptionItem[]>;
  conflicts: AdoptionConflict[];
}

export const EXAMPLES_PER_KIND = 20;
export const CONFLICTS_LISTED = 200;
const TASK_ID_FIELD = 'pf_task_id';
const MAX_NESTING = 5;

export function planAdoption(input: AdoptionPlanInput): AdoptionPlan {
  const plan = emptyPlan(input.issues.length);
  const byTask = new Map<number, GatewayIssue[]>();
  for (const issue of input.issues) {
    const taskId = issue.ourTaskId ?? gatewayTaskId(issue.gatewayProperty);
    if (taskId === null) {
      const detail =
        issue.gatewayProperty === undefined
          ? 'has no such property'
          : `its property holds no ${TASK_ID_FIELD}`;
      note(plan, 'unmatched', { issueKey: issue.key, taskId: null, detail });
      continue;
    }
    byTask.set(taskId, [...(byTask.get(taskId) ?? []), issue]);
  }
  for (const [taskId, group] of byTask) planTask(plan, input, taskId, group);
  return plan;
}

function planTask(plan: AdoptionPlan, input: AdoptionPlanInput, taskId: number, group: GatewayIssue[]) {
  const link = input.linkOf(taskId);
  const linked = link ? group.find((issue) => issue.id === link.issueId) : undefined;
  if (link && !linked) {
    // The task already has an issue of ours that does not carry the label: every labelled one is extra.
    conflict(plan, taskId, link.issueKey, group);
    return;
  }
  const kept = linked ?? oldest(group);
  conflict(
    plan,
    taskId,
    kept.key,
    group.filter((issue) => issue !== kept),
  );
  if (link) {
    if (kept.ourTaskId === taskId) note(plan, 'alreadyOurs', item(kept, taskId, 'linked and marked'));
    else
      adopt(
        plan,
        { issue: kept, taskId, link: null, task: input.tasks.get(taskId) ?? null },
        'linked earlier; our property is added now',
      );
    return;
  }
  const task = input.tasks.get(taskId);
  if (!task && input.isTaskUnknown(taskId)) {
    note(
      plan,
      'unmatched',
      item(kept, taskId, 'PeopleForce did not return this task readably; run again later'),
    );
    return;
  }
  if (!task) {
    note(plan, 'orphans', item(kept, taskId, 'PeopleForce no longer has this task'));
    return;
  }
  const adopted = adoptedLink(kept, task, input.config);
  adopt(plan, { issue: kept, taskId, link: adopted.link, task }, adopted.detail);
}

/** The link we would have stored had we created the issue, from the task's current projection. */
export function adoptedLink(
  issue: GatewayIssue,
  task: TaskView,
  config: Config,
): { link: Link; detail: string } {
  const base = {
    taskId: task.id,
    issueId: issue.id,
    issueKey: issue.key,
    target: issue.target,
    completed: issue.done,
  };
  const state = task.completed ? 'completed task' : 'open task';
  const decision = routeTask(task, config.rules);
  if (decision.kind === 'drop') {
    const link: Link = {
      ...base,
      ruleId: decision.rule?.id ?? '',
      fingerprint: '',
      fieldHashes: {},
      state: 'unrouted',
    };
    return { link, detail: `${state}; no rule syncs it now, so it is linked but left alone` };
  }
  const projection = project(task, decision.rule, decision.action, config.trackingLabel);
  const fieldHashes = { ...projection.fieldHashes };
  const notes = [state];
  if (differs(issue.summary, projection.sources.summary ?? null)) {
    // No hash: the next poll sees the summary as changed and writes it, and nothing else.
    delete fieldHashes.summary;
    notes.push('its summary differs and will be updated');
  }
  if (projection.target !== issue.target)
    notes.push(`the rule now targets ${projection.target}; it stays where it is`);
  const link: Link = {
    ...base,
    ruleId: decision.rule.id,
    fingerprint: projection.fingerprint,
    fieldHashes,
    state: 'active',
  };
  return { link, detail: notes.join('; ') };
}

/** `pf_task_id` at the top of the property or nested in it (the gateway's layout changed over versions). */
export function gatewayTaskId(value: unknown, depth = 0): number | null {
  if (typeof value === 'string' && value.trim().startsWith('{'))
    return gatewayTaskId(parseJson(value), depth);
  if (typeof value !== 'object' || value === null || depth > MAX_NESTING) return null;
  const record = value as Record<string, unknown>;
  const direct = asTaskId(record[TASK_ID_FIELD]);
  if (direct !== null) return direct;
  for (const nested of Object.values(record)) {
    const found = gatewayTaskId(nested, depth + 1);
    if (found !== null) return found;
  }
  return null;
}

export function asTaskId(raw: unknown): number | null {
  const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!/^\d+$/.test(text)) return null;
  const id = Number(text);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function oldest(group: readonly GatewayIssue[]): GatewayIssue {
  const time = (issue: GatewayIssue) => {
    const parsed = issue.created === null ? Number.NaN : Date.parse(issue.created);
    return Number.isNaN(parsed) ? Number.POSITIVE_INFINITY : parsed;
  };
  return [...group].sort((a, b) => time(a) - time(b) || Number(a.id) - Number(b.id))[0] as GatewayIssue;
}

/**
 * Compared as a create would write the summary (one line, markup removed, cut to Jira's 255 characters), and
 * blind to runs of spaces the issue may hold.
 */
function differs(summary: string | null, projected: string | null): boolean {
  if (summary === null || projected === null) return false;
  const written = toSingleLineText(projected);
  return written.kind === 'set' && written.value !== collapseWhitespace(summary).trim();
}

function emptyPlan(found: number): AdoptionPlan {
  return {
    writes: [],
    counts: { found, adopted: 0, alreadyOurs: 0, conflicts: 0, orphans: 0, unmatched: 0, failed: 0 },
    examples: { adopted: [], alreadyOurs: [], orphans: [], unmatched: [], failed: [] },
    conflicts: [],
  };
}

function item(issue: GatewayIssue, taskId: number, detail: string): AdoptionItem {
  return { issueKey: issue.key, taskId, detail };
}

function adopt(plan: AdoptionPlan, write: AdoptionWrite, detail: string): void {
  plan.writes.push(write);
  note(plan, 'adopted', item(write.issue, write.taskId, detail));
}

type NotedKind = 'adopted' | 'alreadyOurs' | 'orphans' | 'unmatched';

function note(plan: AdoptionPlan, kind: NotedKind, example: AdoptionItem): void {
  plan.counts[kind] += 1;
  if (plan.examples[kind].length < EXAMPLES_PER_KIND) plan.examples[kind].push(example);
}

function conflict(plan: AdoptionPlan, taskId: number, keptKey: string, extra: readonly GatewayIssue[]): void {
  if (extra.length === 0) return;
  plan.counts.conflicts += extra.length;
  if (plan.conflicts.length < CONFLICTS_LISTED) {
    plan.conflicts.push({ taskId, keptKey, duplicateKeys: extra.map((issue) => issue.key) });
  }
}
