/** Reads of the site's configuration: projects, issue types, fields and workflow statuses. */
import { toFieldMeta } from './field-meta';
import type { JiraHttp } from './jira-http';
import { OFFSET_PAGE_SIZE, readAllOffsetPages } from './offset-pages';
import { jiraPath, withQuery } from './path';
import {
  CreateMetaFieldsPageSchema,
  CreateMetaIssueTypesPageSchema,
  EditMetaSchema,
  ProjectPageSchema,
  ProjectStatusesSchema,
  type JiraFieldMeta,
  type JiraIssueType,
  type JiraIssueTypeStatuses,
  type JiraProject,
} from './schemas';

const page = (startAt: number) => ({ startAt, maxResults: OFFSET_PAGE_SIZE });

// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-issuetypeid-get
export function fetchCreateMeta(
  http: JiraHttp,
  projectIdOrKey: string,
  issueTypeId: string,
): Promise<JiraFieldMeta[]> {
  return readAllOffsetPages(async (startAt) => {
    const path = withQuery(
      jiraPath`/rest/api/3/issue/createmeta/${projectIdOrKey}/issuetypes/${issueTypeId}`,
      page(startAt),
    );
    const body = await http.json('GET', path, CreateMetaFieldsPageSchema);
    const items = (body.fields ?? body.results ?? []).flatMap((raw) => toFieldMeta(raw) ?? []);
    return body.total === undefined ? { items } : { items, total: body.total };
  });
}

// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-get
export function fetchCreateMetaIssueTypes(http: JiraHttp, projectIdOrKey: string): Promise<JiraIssueType[]> {
  return readAllOffsetPages(async (startAt) => {
    const path = withQuery(
      jiraPath`/rest/api/3/issue/createmeta/${projectIdOrKey}/issuetypes`,
      page(startAt),
    );
    const body = await http.json('GET', path, CreateMetaIssueTypesPageSchema);
    const items = (body.issueTypes ?? body.createMetaIssueType ?? []).map((type) => ({
      id: type.id,
      name: type.name,
      subtask: type.subtask ?? false,
    }));
    return body.total === undefined ? { items } : { items, total: body.total };
  });
}

// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-editmeta-get
export async function fetchEditMeta(http: JiraHttp, issueIdOrKey: string): Promise<JiraFieldMeta[]> {
  const body = await http.json('GET', jiraPath`/rest/api/3/issue/${issueIdOrKey}/editmeta`, EditMetaSchema);
  return Object.entries(body.fields).flatMap(([fieldId, raw]) => toFieldMeta(raw, fieldId) ?? []);
}

// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get
export function fetchProjects(http: JiraHttp): Promise<JiraProject[]> {
  return readAllOffsetPages(async (startAt) => {
    const body = await http.json(
      'GET',
      withQuery(jiraPath`/rest/api/3/project/search`, page(startAt)),
      ProjectPageSchema,
    );
    const items = body.values.map(({ id, key, name }) => ({ id, key, name }));
    return {
      items,
      ...(body.isLast === undefined ? {} : { isLast: body.isLast }),
      ...(body.total === undefined ? {} : { total: body.total }),
    };
  });
}

// https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-statuses-get
export async function fetchProjectStatuses(
  http: JiraHttp,
  projectIdOrKey: string,
): Promise<JiraIssueTypeStatuses[]> {
  const body = await http.json(
    'GET',
    jiraPath`/rest/api/3/project/${projectIdOrKey}/statuses`,
    ProjectStatusesSchema,
  );
  return body.map((type) => ({
    id: type.id,
    name: type.name,
    subtask: type.subtask ?? false,
    statuses: type.statuses.map(({ id, name, statusCategory }) => ({
      id,
      name,
      statusCategory: { id: statusCategory.id, key: statusCategory.key, name: statusCategory.name },
    })),
  }));
}
