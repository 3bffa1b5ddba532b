/**
 * Pages through `POST /rest/api/3/search/jql` by `nextPageToken` (the endpoint has no offsets and no totals).
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
import type { JiraHttp } from './jira-http';
import { jiraPath } from './path';
import { SearchPageSchema, toJiraIssue, type JiraIssue, type JqlSearch } from './schemas';

export const MAX_RECONCILE_ISSUES = 50;
const DEFAULT_PAGE_SIZE = 100;

function reconcileIds(ids: readonly (string | number)[] | undefined): number[] | undefined {
  if (ids === undefined || ids.length === 0) return undefined;
  if (ids.length > MAX_RECONCILE_ISSUES) {
    throw new RangeError(
      `reconcileIssues takes at most ${MAX_RECONCILE_ISSUES} issue ids, got ${ids.length}`,
    );
  }
  return ids.map((id) => {
    const numeric = Number(id);
    if (!Number.isSafeInteger(numeric) || numeric <= 0)
      throw new TypeError(`reconcileIssues takes issue ids, not '${String(id)}'`);
    return numeric;
  });
}

function requestBody(search: JqlSearch, nextPageToken: string | undefined): Record<string, unknown> {
  const reconcile = reconcileIds(search.reconcileIssues);
  return {
    jql: search.jql,
    maxResults: search.maxResults ?? DEFAULT_PAGE_SIZE,
    ...(search.fields ? { fields: search.fields } : {}),
    ...(search.properties ? { properties: search.properties } : {}),
    ...(reconcile ? { reconcileIssues: reconcile } : {}),
    ...(nextPageToken === undefined ? {} : { nextPageToken }),
  };
}

export async function* searchJqlPages(http: JiraHttp, search: JqlSearch): AsyncGenerator<JiraIssue[]> {
  const path = jiraPath`/rest/api/3/search/jql`;
  const seenTokens = new Set<string>();
  let nextPageToken: string | undefined;
  do {
    const page = await http.json('POST', path, SearchPageSchema, requestBody(search, nextPageToken));
    const issues = (page.issues ?? []).map(toJiraIssue);
    if (issues.length > 0) yield issues;
    nextPageToken = page.isLast === true ? undefined : (page.nextPageToken ?? undefined);
    if (nextPageToken !== undefined && seenTokens.has(nextPageToken)) {
      throw new Error('Jira returned the same nextPageToken twice; stopping the search to avoid a loop');
    }
    if (nextPageToken !== undefined) seenTokens.add(nextPageToken);
  } while (nextPageToken !== undefined);
}
