import { z } from 'zod';
import type { Actor } from '../actor';
import { json, type Route } from '../http-types';
import { propertyProblem } from '../issue-input';
import type { IssueStore } from '../issue-store';
import { badRequest, notFound } from '../sim-error';

/**
 * `POST /issue/properties/multi` as Jira Cloud answers it: up to 100 issues, up to 10 properties each,
 * non-transactional (an issue that is missing or refuses a value is reported in the task result, the others
 * are written), asynchronous (303 to `/task/{id}`). The simulator does the work at once, so the task it
 * points to has already finished.
 */
export const MAX_MULTI_ISSUES = 100;
export const MAX_PROPERTIES_PER_ISSUE = 10;

const MultiBody = z.object({
  issues: z
    .array(
      z.object({
        issueID: z.number().int().positive(),
        properties: z.record(z.string(), z.unknown()),
      }),
    )
    .min(1, "'issues' must not be empty.")
    .max(MAX_MULTI_ISSUES, `At most ${MAX_MULTI_ISSUES} issues can be updated in one request.`),
});

interface SimTask {
  id: string;
  status: 'COMPLETE';
  description: string;
  result: { updated: number; failedIssueIds: number[] };
  submitted: number;
  finished: number;
}

export function bulkPropertyRoutes(store: IssueStore): Route[] {
  const tasks = new Map<string, SimTask>();
  const taskUrl = (id: string) => `${store.baseUrl}/rest/api/3/task/${id}`;
  const view = (task: SimTask) => ({ self: taskUrl(task.id), progress: 100, ...task });
  return [
    {
      method: 'POST',
      pattern: '/issue/properties/multi',
      handler: ({ body, actor }) => {
        const parsed = MultiBody.safeParse(body);
        if (!parsed.success) throw badRequest(parsed.error.issues[0]?.message ?? 'Invalid request.');
        const result = applyAll(store, parsed.data.issues, actor);
        const now = store.now();
        const task: SimTask = {
          id: String(10_000 + tasks.size),
          status: 'COMPLETE',
          description: 'Bulk set issue properties by issue',
          result,
          submitted: now,
          finished: now,
        };
        tasks.set(task.id, task);
        return { status: 303, body: view(task), headers: { Location: taskUrl(task.id) } };
      },
    },
    {
      method: 'GET',
      pattern: '/task/:taskId',
      handler: ({ params }) => {
        const task = tasks.get(params.taskId ?? '');
        if (!task) throw notFound(`The task with id '${params.taskId ?? ''}' does not exist.`);
        return json(view(task));
      },
    },
  ];
}

function applyAll(
  store: IssueStore,
  issues: Array<{ issueID: number; properties: Record<string, unknown> }>,
  actor: Actor,
): SimTask['result'] {
  const failedIssueIds: number[] = [];
  let updated = 0;
  for (const { issueID, properties } of issues) {
    const entries = Object.entries(properties);
    const bad =
      entries.length === 0 ||
      entries.length > MAX_PROPERTIES_PER_ISSUE ||
      entries.some(([key, value]) => propertyProblem(key, value) !== null) ||
      store.find(String(issueID)) === undefined;
    if (bad) {
      failedIssueIds.push(issueID);
      continue;
    }
    for (const [key, value] of entries) store.setProperty(String(issueID), key, value, actor);
    updated += 1;
  }
  return { updated, failedIssueIds };
}
