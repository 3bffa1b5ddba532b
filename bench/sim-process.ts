/**
 * The simulators of one bench company in their own process, so the bench process's heap is the app's (with the
 * local host), not the simulated PeopleForce's 50,000 tasks and Jira's issues. Started by remote-simulators.ts.
 */
import { mirrorEmployeesAsJiraUsers } from '../local/app/local-app';
import { startJiraSimulator } from '../local/jira-sim';
import { startPeopleForceSimulator } from '../local/peopleforce-sim';
import { benchCompany } from './bench-company';
import {
  SimRequestSchema,
  SimStartSchema,
  type SimReady,
  type SimReply,
  type SimRequest,
} from './sim-messages';

async function main(): Promise<void> {
  const { tasks } = SimStartSchema.parse(JSON.parse(process.argv[2] ?? '{}'));
  const peopleforce = await startPeopleForceSimulator({ company: benchCompany(tasks) });
  const jira = await startJiraSimulator({});
  mirrorEmployeesAsJiraUsers([...peopleforce.state.employees.values()], jira, 1);
  const answer = (request: SimRequest): SimReply => {
    switch (request.op) {
      case 'retitle':
        for (const taskId of request.taskIds) {
          const title = peopleforce.state.task(taskId).title;
          peopleforce.control.updateTask(taskId, { title: `${title} (renamed)` });
        }
        return { id: request.id };
      case 'complete':
        for (const taskId of request.taskIds) peopleforce.control.completeTask(taskId);
        return { id: request.id };
      case 'issueCounts':
        return { id: request.id, issueCounts: issueCounts(jira.control.issues()) };
      case 'close':
        void Promise.all([peopleforce.close(), jira.close()]).then(() => process.exit(0));
        return { id: request.id };
    }
  };
  process.on('message', (message: unknown) => {
    const request = SimRequestSchema.parse(message);
    try {
      process.send?.(answer(request));
    } catch (error) {
      process.send?.({ id: request.id, error: String(error) } satisfies SimReply);
    }
  });
  const ready: SimReady = {
    ready: true,
    peopleforceUrl: peopleforce.url,
    apiKey: peopleforce.apiKey,
    jiraUrl: jira.url,
  };
  process.send?.(ready);
}

function issueCounts(
  issues: ReadonlyArray<{ properties: Record<string, unknown> }>,
): Array<[number, number]> {
  const byTask = new Map<number, number>();
  for (const issue of issues) {
    const property = issue.properties['peopleforce-task'] as { taskId?: string } | undefined;
    const taskId = Number(property?.taskId);
    if (Number.isInteger(taskId)) byTask.set(taskId, (byTask.get(taskId) ?? 0) + 1);
  }
  return [...byTask];
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
