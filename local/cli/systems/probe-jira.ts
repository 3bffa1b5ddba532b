import { z } from 'zod';
import { UnreachableError } from '../cli-errors';
import type { JiraLocation } from '../environment';
import { describeNetworkFailure } from './network-failure';
import type { ProbeFetch } from './probe-fetch';

/**
 * One request before any work: `GET /rest/api/3/myself` tells whether Jira is there, whether it takes the
 * credentials, and whose they are: the account admin operations act as. A real site answers with the owner of
 * JIRA_EMAIL and ignores `x-local-actor`; the Jira simulator, asked as a user without naming one, answers with
 * its first site administrator.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get
 */
const MyselfSchema = z.looseObject({ accountId: z.string().min(1), displayName: z.string().optional() });
export type JiraAccount = z.infer<typeof MyselfSchema>;

export async function probeJira(location: JiraLocation, send: ProbeFetch): Promise<JiraAccount> {
  const headers: Record<string, string> = { Accept: 'application/json', 'x-local-actor': 'user' };
  if (location.email !== null && location.apiToken !== null) {
    headers.Authorization = `Basic ${Buffer.from(`${location.email}:${location.apiToken}`).toString('base64')}`;
  }
  const where = `Jira at ${location.url}`;
  let response: Response;
  try {
    response = await send(`${location.url}/rest/api/3/myself`, { method: 'GET', headers });
  } catch (error) {
    throw unreachable(
      `${where} cannot be reached: ${describeNetworkFailure(error)}. Check JIRA_URL.`,
      location,
      null,
    );
  }
  const text = await response.text().catch(() => '');
  if (response.status === 401 || response.status === 403) {
    throw unreachable(
      `${where} refused the credentials (${response.status}). Check JIRA_EMAIL and JIRA_API_TOKEN.`,
      location,
      response.status,
    );
  }
  if (response.status === 404) {
    throw unreachable(
      `${where} has no Jira REST API at /rest/api/3/myself (404). Check JIRA_URL: the site's address, e.g. https://your-site.atlassian.net.`,
      location,
      404,
    );
  }
  if (!response.ok) {
    throw unreachable(
      `${where} answered ${response.status} to /rest/api/3/myself. Try again later.`,
      location,
      response.status,
    );
  }
  const account = MyselfSchema.safeParse(safeJson(text));
  if (!account.success) {
    throw unreachable(
      `${where} did not answer like Jira (no account in /rest/api/3/myself). Check JIRA_URL.`,
      location,
      response.status,
    );
  }
  return account.data;
}

function unreachable(message: string, location: JiraLocation, status: number | null): UnreachableError {
  return new UnreachableError(message, 'jira', location.url, status);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
