import { demoConfig } from '../local/app/demo-config';
import { generateCompany, type Company, type SimTask } from '../local/peopleforce-sim';
import type { Config } from '../src/config/schema';
import { routeTask } from '../src/mapping/routing';
import { PeopleForceTaskSchema } from '../src/peopleforce/task.schema';

/**
 * The company the bench syncs: N tasks, 30 % open, one assignee per 20 tasks (2,500 at 50,000), every employee
 * also a Jira user. Routed with the demo configuration: candidates' tasks stay in PeopleForce, offboarding goes to
 * IT, the rest to HR.
 */
export const OPEN_SHARE = 0.3;
export const TASKS_PER_ASSIGNEE = 20;

export function benchCompany(tasks: number): Company {
  return generateCompany({
    seed: 42,
    tasks,
    employees: Math.max(20, Math.round(tasks / TASKS_PER_ASSIGNEE)),
    completedRatio: 1 - OPEN_SHARE,
  });
}

export function benchConfig(): Config {
  return demoConfig();
}

/** `PROJECT/issueTypeId` an open task goes to under `config`, or null when a rule drops it. */
export function targetOf(task: SimTask, config: Config): string | null {
  const decision = routeTask(PeopleForceTaskSchema.parse(task), config.rules);
  return decision.kind === 'sync' ? `${decision.action.projectKey}/${decision.action.issueTypeId}` : null;
}

/** Open tasks the first sync must create, by target. */
export function routedOpenTasks(tasks: Iterable<SimTask>, config: Config): Map<number, string> {
  const routed = new Map<number, string>();
  for (const task of tasks) {
    if (task.completed) continue;
    const target = targetOf(task, config);
    if (target !== null) routed.set(task.id, target);
  }
  return routed;
}

/** Every `step`-th routed open task, `count` of them, starting at `offset`: spread over the id range. */
export function pickSpread(ids: readonly number[], count: number, offset: number): number[] {
  if (count <= 0 || ids.length === 0) return [];
  const step = Math.max(1, Math.floor(ids.length / count));
  const picked: number[] = [];
  for (let index = offset % step; index < ids.length && picked.length < count; index += step) {
    const id = ids[index];
    if (id !== undefined) picked.push(id);
  }
  return picked;
}
