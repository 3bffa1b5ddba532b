/**
 * Sets entity properties on many issues at once: `POST /rest/api/3/issue/properties/multi` takes up to 100
 * issues, each with its own values, and answers with an asynchronous Jira task (303 to `/rest/api/3/task/{id}`;
 * a transport that follows the redirect hands back the task itself). The task is followed until it ends.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/#api-rest-api-3-issue-properties-multi-post
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-tasks/#api-rest-api-3-task-taskid-get
 */
import { z } from 'zod';
import type { ClockPort } from '../platform/ports';
import { JiraError } from './errors';
import type { JiraHttp } from './jira-http';
import { jiraPath } from './path';

export const MAX_PROPERTY_ISSUES = 100;
const TASK_POLL_MS = 500;
const TASK_POLL_LIMIT = 120;
const FINISHED_OK = 'COMPLETE';
const FINISHED_BADLY = new Set(['FAILED', 'CANCELLED', 'CANCEL_REQUESTED', 'DEAD']);

const JiraTaskSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).transform(String),
  status: z.string(),
  message: z.string().optional(),
});
type JiraTask = z.infer<typeof JiraTaskSchema>;

export interface IssuePropertiesUpdate {
  issueId: string;
  properties: Record<string, unknown>;
}

export async function setIssuePropertiesInBulk(
  http: JiraHttp,
  clock: ClockPort,
  updates: readonly IssuePropertiesUpdate[],
): Promise<void> {
  for (let start = 0; start < updates.length; start += MAX_PROPERTY_ISSUES) {
    await setChunk(http, clock, updates.slice(start, start + MAX_PROPERTY_ISSUES));
  }
}

async function setChunk(http: JiraHttp, clock: ClockPort, chunk: readonly IssuePropertiesUpdate[]) {
  const path = jiraPath`/rest/api/3/issue/properties/multi`;
  const body = {
    issues: chunk.map(({ issueId, properties }) => ({ issueID: Number(issueId), properties })),
  };
  let task = await http.json('POST', path, JiraTaskSchema, body, [303]);
  for (let polls = 0; !isFinished(task); polls += 1) {
    if (polls >= TASK_POLL_LIMIT) throw taskError(task, 'did not finish in time');
    await clock.sleep(TASK_POLL_MS);
    task = await http.json('GET', jiraPath`/rest/api/3/task/${task.id}`, JiraTaskSchema);
  }
  if (task.status !== FINISHED_OK) throw taskError(task, `ended as ${task.status}`);
}

function isFinished(task: JiraTask): boolean {
  return task.status === FINISHED_OK || FINISHED_BADLY.has(task.status);
}

function taskError(task: JiraTask, what: string): JiraError {
  return new JiraError({
    status: 0,
    method: 'POST',
    path: '/rest/api/3/issue/properties/multi',
    errorMessages: [
      `Jira task ${task.id} setting issue properties ${what}${task.message ? `: ${task.message}` : ''}`,
    ],
  });
}
