import { z } from 'zod';
import type { ProbeFetch } from '../systems/probe-fetch';

/**
 * A person working in the Jira simulator, through its REST API with `x-local-actor: user`: the change raises
 * the product event Forge would deliver (the app's own writes do not, because of `ignoreSelf`).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-get
 */
const TransitionsSchema = z.looseObject({
  transitions: z.array(
    z.looseObject({
      id: z.string(),
      name: z.string(),
      to: z.looseObject({ name: z.string(), statusCategory: z.looseObject({ key: z.string() }) }),
    }),
  ),
});

export interface JiraUser {
  jiraUrl: string;
  accountId: string;
  send: ProbeFetch;
}

/** Moves the issue into (or out of) the done category; returns the status it moved to. */
export async function moveIssueAsUser(user: JiraUser, issueKey: string, toDone: boolean): Promise<string> {
  const path = `/rest/api/3/issue/${encodeURIComponent(issueKey)}/transitions`;
  const listed = await request(user, 'GET', path);
  const { transitions } = TransitionsSchema.parse(listed);
  const transition = transitions.find((candidate) => (candidate.to.statusCategory.key === 'done') === toDone);
  if (transition === undefined) {
    const available = transitions.map((candidate) => candidate.to.name).join(', ') || 'none';
    throw new Error(
      `${issueKey} has no transition ${toDone ? 'to' : 'out of'} done (available: ${available}).`,
    );
  }
  await request(user, 'POST', path, { transition: { id: transition.id } });
  return transition.to.name;
}

async function request(
  user: JiraUser,
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
): Promise<unknown> {
  const response = await user.send(`${user.jiraUrl}${path}`, {
    method,
    headers: {
      Accept: 'application/json',
      'x-local-actor': 'user',
      'x-local-account-id': user.accountId,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`Jira answered ${response.status} to ${method} ${path}: ${text.slice(0, 200)}`);
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}
