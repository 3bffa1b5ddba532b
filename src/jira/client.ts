/**
 * The Jira Cloud REST v3 client the app uses, over the `JiraTransport` port. Retries, error mapping and
 * response parsing live in `JiraHttp`; this class only says which endpoint answers which question, builds
 * paths with `jiraPath`, and caches what cannot change during one invocation (field metadata, user lookups).
 */
import { z } from 'zod';
import { JiraError, JiraResponseShapeError } from './errors';
import { JiraHttp, type JiraHttpOptions } from './jira-http';
import {
  fetchCreateMeta,
  fetchCreateMetaIssueTypes,
  fetchEditMeta,
  fetchProjects,
  fetchProjectStatuses,
} from './jira-metadata';
import { setIssuePropertiesInBulk, type IssuePropertiesUpdate } from './issue-properties-bulk';
import { searchJqlPages } from './jql-search';
import { jiraPath, pathWithoutQuery, withQuery } from './path';
import {
  BulkCreateResponseSchema,
  CommentSchema,
  CreatedIssueSchema,
  IssuePropertySchema,
  JiraIssueSchema,
  MyPermissionsSchema,
  MyselfSchema,
  TransitionsSchema,
  toJiraIssue,
  type BulkCreateItemResult,
  type IssueInput,
  type JiraFieldMeta,
  type JiraIssue,
  type JiraIssueType,
  type JiraIssueTypeStatuses,
  type JiraMyself,
  type JiraProject,
  type JiraTransition,
  type JqlSearch,
} from './schemas';
import { UserDirectory } from './user-directory';

export type JiraClientOptions = JiraHttpOptions;

export const BULK_CREATE_LIMIT = 50;

function stringErrors(errors: Record<string, unknown> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([field, message]) => [field, String(message)]));
}

function issueUpdate(issue: IssueInput): Record<string, unknown> {
  return issue.properties === undefined
    ? { fields: issue.fields }
    : { fields: issue.fields, properties: issue.properties };
}

export class JiraClient {
  private readonly http: JiraHttp;
  private readonly users: UserDirectory;
  private readonly createMetaCache = new Map<string, Promise<JiraFieldMeta[]>>();

  constructor(private readonly options: JiraClientOptions) {
    this.http = new JiraHttp(options);
    this.users = new UserDirectory(this.http);
  }

  /**
   * Creates issues 50 per request; resolves one result per input, in input order. Items Jira refuses come back
   * as `ok: false` with Jira's field errors; a request that fails as a whole throws `JiraError`.
   * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-bulk-post
   */
  async bulkCreate(issues: readonly IssueInput[]): Promise<BulkCreateItemResult[]> {
    const results: BulkCreateItemResult[] = [];
    for (let start = 0; start < issues.length; start += BULK_CREATE_LIMIT) {
      results.push(...(await this.bulkCreateChunk(issues.slice(start, start + BULK_CREATE_LIMIT))));
    }
    return results;
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post */
  async createIssue(issue: IssueInput): Promise<{ id: string; key: string }> {
    const created = await this.http.json(
      'POST',
      jiraPath`/rest/api/3/issue`,
      CreatedIssueSchema,
      issueUpdate(issue),
    );
    return { id: created.id, key: created.key };
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-put */
  async editIssue(
    issueIdOrKey: string,
    fields: Record<string, unknown>,
    options: { notifyUsers?: boolean } = {},
  ): Promise<void> {
    const notifyUsers = options.notifyUsers === false ? false : undefined;
    await this.http.send('PUT', withQuery(jiraPath`/rest/api/3/issue/${issueIdOrKey}`, { notifyUsers }), {
      fields,
    });
  }

  /**
   * Null when the issue does not exist (or the app may not see it).
   * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-get
   */
  async getIssue(
    issueIdOrKey: string,
    options: { fields?: readonly string[]; properties?: readonly string[] } = {},
  ): Promise<JiraIssue | null> {
    const path = withQuery(jiraPath`/rest/api/3/issue/${issueIdOrKey}`, {
      fields: options.fields,
      properties: options.properties,
    });
    const answer = await this.http.send('GET', path, undefined, [404]);
    if (answer.status === 404) return null;
    return toJiraIssue(this.http.parse(answer, JiraIssueSchema, 'GET', path));
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-delete */
  async deleteIssue(issueIdOrKey: string, options: { deleteSubtasks?: boolean } = {}): Promise<void> {
    const deleteSubtasks = options.deleteSubtasks === true ? true : undefined;
    await this.http.send(
      'DELETE',
      withQuery(jiraPath`/rest/api/3/issue/${issueIdOrKey}`, { deleteSubtasks }),
    );
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-get */
  async getTransitions(issueIdOrKey: string): Promise<JiraTransition[]> {
    const body = await this.http.json(
      'GET',
      jiraPath`/rest/api/3/issue/${issueIdOrKey}/transitions`,
      TransitionsSchema,
    );
    return body.transitions.map(({ id, name, to }) => ({
      id,
      name,
      to: { id: to.id, name: to.name, statusCategory: { key: to.statusCategory.key } },
    }));
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-transitions-post */
  async transitionIssue(issueIdOrKey: string, transitionId: string): Promise<void> {
    await this.http.send('POST', jiraPath`/rest/api/3/issue/${issueIdOrKey}/transitions`, {
      transition: { id: transitionId },
    });
  }

  /**
   * The property's value, or null when the issue has no such property (or the issue does not exist).
   * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/#api-rest-api-3-issue-issueidorkey-properties-propertykey-get
   */
  async getIssueProperty(issueIdOrKey: string, propertyKey: string): Promise<unknown> {
    const path = jiraPath`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`;
    const answer = await this.http.send('GET', path, undefined, [404]);
    if (answer.status === 404) return null;
    return this.http.parse(answer, IssuePropertySchema, 'GET', path).value;
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/#api-rest-api-3-issue-issueidorkey-properties-propertykey-put */
  async setIssueProperty(issueIdOrKey: string, propertyKey: string, value: unknown): Promise<void> {
    await this.http.send('PUT', jiraPath`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`, value);
  }

  /**
   * Resolves false when there was nothing to delete.
   * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/#api-rest-api-3-issue-issueidorkey-properties-propertykey-delete
   */
  async deleteIssueProperty(issueIdOrKey: string, propertyKey: string): Promise<boolean> {
    const path = jiraPath`/rest/api/3/issue/${issueIdOrKey}/properties/${propertyKey}`;
    const answer = await this.http.send('DELETE', path, undefined, [404]);
    return answer.status !== 404;
  }

  /**
   * Each issue's own property values, 100 issues per request, waiting for Jira's asynchronous task to end.
   * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-properties/#api-rest-api-3-issue-properties-multi-post
   */
  setIssueProperties(updates: readonly IssuePropertiesUpdate[]): Promise<void> {
    return setIssuePropertiesInBulk(this.http, this.options.clock, updates);
  }

  /** Yields one page of issues at a time. https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post */
  searchJql(search: JqlSearch): AsyncGenerator<JiraIssue[]> {
    return searchJqlPages(this.http, search);
  }

  /** Every issue of every page. https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post */
  async searchAllJql(search: JqlSearch): Promise<JiraIssue[]> {
    const all: JiraIssue[] = [];
    for await (const page of this.searchJql(search)) all.push(...page);
    return all;
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-user-search/#api-rest-api-3-user-search-get */
  findUserByEmail(email: string): Promise<string | null> {
    return this.users.findAccountIdByEmail(email);
  }

  /**
   * Every field of the create screen (all pages), cached per project and issue type for this client.
   * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-issuetypeid-get
   */
  getCreateMeta(projectIdOrKey: string, issueTypeId: string): Promise<JiraFieldMeta[]> {
    const cacheKey = `${projectIdOrKey}\u0000${issueTypeId}`;
    const cached = this.createMetaCache.get(cacheKey);
    if (cached) return cached;
    const loading = fetchCreateMeta(this.http, projectIdOrKey, issueTypeId);
    this.createMetaCache.set(cacheKey, loading);
    loading.catch(() => this.createMetaCache.delete(cacheKey));
    return loading;
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-createmeta-projectidorkey-issuetypes-get */
  getCreateMetaIssueTypes(projectIdOrKey: string): Promise<JiraIssueType[]> {
    return fetchCreateMetaIssueTypes(this.http, projectIdOrKey);
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-issueidorkey-editmeta-get */
  getEditMeta(issueIdOrKey: string): Promise<JiraFieldMeta[]> {
    return fetchEditMeta(this.http, issueIdOrKey);
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-search-get */
  listProjects(): Promise<JiraProject[]> {
    return fetchProjects(this.http);
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-projects/#api-rest-api-3-project-projectidorkey-statuses-get */
  getProjectStatuses(projectIdOrKey: string): Promise<JiraIssueTypeStatuses[]> {
    return fetchProjectStatuses(this.http, projectIdOrKey);
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-post */
  async addComment(issueIdOrKey: string, adfDoc: unknown): Promise<{ id: string }> {
    const comment = await this.http.json(
      'POST',
      jiraPath`/rest/api/3/issue/${issueIdOrKey}/comment`,
      CommentSchema,
      { body: adfDoc },
    );
    return { id: comment.id };
  }

  /** https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-myself/#api-rest-api-3-myself-get */
  async getMyself(): Promise<JiraMyself> {
    const myself = await this.http.json('GET', jiraPath`/rest/api/3/myself`, MyselfSchema);
    const result: JiraMyself = {
      accountId: myself.accountId,
      displayName: myself.displayName ?? myself.accountId,
    };
    if (myself.emailAddress !== undefined) result.emailAddress = myself.emailAddress;
    if (myself.accountType !== undefined) result.accountType = myself.accountType;
    return result;
  }

  /**
   * Whether the caller holds Jira's global ADMINISTER permission.
   * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get
   */
  async hasAdminPermission(): Promise<boolean> {
    const path = withQuery(jiraPath`/rest/api/3/mypermissions`, { permissions: 'ADMINISTER' });
    const body = await this.http.json('GET', path, MyPermissionsSchema);
    return body.permissions.ADMINISTER?.havePermission === true;
  }

  private async bulkCreateChunk(chunk: readonly IssueInput[]): Promise<BulkCreateItemResult[]> {
    const path = jiraPath`/rest/api/3/issue/bulk`;
    // Jira answers 400 with the same bulk body when every item failed; other 400s are request-level errors.
    const answer = await this.http.send('POST', path, { issueUpdates: chunk.map(issueUpdate) }, [400]);
    const parsed = BulkCreateResponseSchema.safeParse(safeJson(answer.text));
    const failures = parsed.success ? (parsed.data.errors ?? []) : [];
    if (answer.status === 400 && failures.length === 0) {
      throw this.requestLevelBulkError(answer.text);
    }
    const body = this.http.parse(answer, BulkCreateResponseSchema, 'POST', path);
    return this.matchBulkResults(chunk.length, body);
  }

  private matchBulkResults(
    count: number,
    body: z.infer<typeof BulkCreateResponseSchema>,
  ): BulkCreateItemResult[] {
    const failed = new Map((body.errors ?? []).map((error) => [error.failedElementNumber, error]));
    const created = [...(body.issues ?? [])];
    const results: BulkCreateItemResult[] = [];
    for (let index = 0; index < count; index += 1) {
      const failure = failed.get(index);
      if (failure) {
        results.push({
          ok: false,
          status: failure.status ?? 400,
          errors: stringErrors(failure.elementErrors?.errors),
          errorMessages: failure.elementErrors?.errorMessages ?? [],
        });
        continue;
      }
      const issue = created.shift();
      if (!issue) throw this.shapeMismatch(count, body);
      results.push({ ok: true, id: issue.id, key: issue.key });
    }
    return results;
  }

  private requestLevelBulkError(text: string): JiraError {
    const path = pathWithoutQuery(jiraPath`/rest/api/3/issue/bulk`);
    const parsed = z
      .looseObject({
        errorMessages: z.array(z.string()).optional(),
        errors: z.record(z.string(), z.unknown()).optional(),
      })
      .safeParse(safeJson(text));
    const data = parsed.success ? parsed.data : {};
    return new JiraError({
      status: 400,
      method: 'POST',
      path,
      errorMessages: data.errorMessages ?? [],
      errors: stringErrors(data.errors),
    });
  }

  private shapeMismatch(count: number, body: z.infer<typeof BulkCreateResponseSchema>): JiraError {
    const message = `bulk create sent ${count} issues but Jira reported ${body.issues?.length ?? 0} created and ${body.errors?.length ?? 0} failed`;
    return new JiraResponseShapeError({
      status: 201,
      method: 'POST',
      path: '/rest/api/3/issue/bulk',
      errorMessages: [message],
    });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
