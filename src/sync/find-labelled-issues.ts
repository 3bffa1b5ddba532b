import { z } from 'zod';
import { asTaskId, type GatewayIssue } from './adoption-plan';
import { TASK_PROPERTY_KEY, type IssueSummary, type IssueTracker } from './sync.types';

/**
 * The issues a previous integration left, found by its label in one paged `/search/jql` that also returns its
 * property and ours (100 issues a page, the most Jira gives when properties are asked for): no issue is read
 * on its own.
 */
const SEARCH_PAGE = 100;

export async function findLabelledIssues(
  jira: Pick<IssueTracker, 'searchAllJql'>,
  request: { label: string; propertyKey: string },
): Promise<GatewayIssue[]> {
  const found = await jira.searchAllJql({
    jql: `labels = ${jqlString(request.label)} ORDER BY created ASC`,
    fields: ['summary', 'status', 'project', 'issuetype', 'created'],
    properties: [...new Set([request.propertyKey, TASK_PROPERTY_KEY])],
    maxResults: SEARCH_PAGE,
  });
  return found.map((issue) => gatewayIssue(issue, request.propertyKey));
}

const IssueFieldsSchema = z.looseObject({
  summary: z.string().nullish(),
  created: z.string().nullish(),
  status: z.looseObject({ statusCategory: z.looseObject({ key: z.string() }).nullish() }).nullish(),
  project: z.looseObject({ key: z.string() }).nullish(),
  issuetype: z.looseObject({ id: z.string() }).nullish(),
});

function gatewayIssue(issue: IssueSummary, propertyKey: string): GatewayIssue {
  const parsed = IssueFieldsSchema.safeParse(issue.fields);
  const fields = parsed.success ? parsed.data : {};
  const ours = issue.properties?.[TASK_PROPERTY_KEY] as { taskId?: unknown } | undefined;
  return {
    id: issue.id,
    key: issue.key,
    created: fields.created ?? null,
    done: fields.status?.statusCategory?.key === 'done',
    target: `${fields.project?.key ?? ''}/${fields.issuetype?.id ?? ''}`,
    summary: fields.summary ?? null,
    gatewayProperty: issue.properties?.[propertyKey],
    ourTaskId: asTaskId(ours?.taskId),
  };
}

/** A JQL string literal: the label is validated on input, the quoting keeps the query well-formed anyway. */
export function jqlString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
