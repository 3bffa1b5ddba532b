import type { FieldMeta } from '../mapping/field-meta';
import type { TaskView } from '../mapping/task-view';
import type { ClockPort, KvPort, LogPort, QueuePort } from '../platform/ports';

/**
 * What the engine needs of the two remotes, as narrow interfaces: the real clients in src/peopleforce and
 * src/jira satisfy them, and unit tests can too without any HTTP.
 */
export interface TaskPage {
  page: number;
  pages: number | null;
  tasks: TaskView[];
  malformed: Array<{ index: number; id: unknown; reason: string }>;
}

export interface TaskSource {
  /** Pages of the open or completed list, from page `fromPage` (default 1). */
  listTaskPages(completed: boolean, fromPage?: number): AsyncGenerator<TaskPage>;
  /** Tasks assigned to one employee; lets "Sync this issue now" find its task without reading every list. */
  listEmployeeTaskPages?(employeeId: number): AsyncGenerator<TaskPage>;
  completeTask(taskId: number): Promise<void>;
  incompleteTask(taskId: number): Promise<void>;
}

export type BulkCreateResult =
  | { ok: true; id: string; key: string }
  | { ok: false; status: number; errors: Record<string, string>; errorMessages: string[] };

export interface IssueSummary {
  id: string;
  key: string;
  fields: Record<string, unknown>;
  properties?: Record<string, unknown>;
}

export interface IssueTransition {
  id: string;
  name: string;
  to: { id: string; name: string; statusCategory: { key: string } };
}

export interface IssueTracker {
  bulkCreate(
    issues: Array<{ fields: Record<string, unknown>; properties?: Array<{ key: string; value: unknown }> }>,
  ): Promise<BulkCreateResult[]>;
  editIssue(
    issueIdOrKey: string,
    fields: Record<string, unknown>,
    options?: { notifyUsers?: boolean },
  ): Promise<void>;
  getIssue(
    issueIdOrKey: string,
    options?: { fields?: string[]; properties?: string[] },
  ): Promise<IssueSummary | null>;
  getTransitions(issueIdOrKey: string): Promise<IssueTransition[]>;
  transitionIssue(issueIdOrKey: string, transitionId: string): Promise<void>;
  searchAllJql(request: {
    jql: string;
    fields?: string[];
    properties?: string[];
    maxResults?: number;
    reconcileIssues?: number[];
  }): Promise<IssueSummary[]>;
  findUserByEmail(email: string): Promise<string | null>;
  getCreateMeta(projectIdOrKey: string, issueTypeId: string): Promise<FieldMeta[]>;
}

export interface SyncDeps {
  kv: KvPort;
  clock: ClockPort;
  log: LogPort;
  queue: QueuePort;
  peopleforce: TaskSource;
  jira: IssueTracker;
}

/** The entity property written on every synced issue and indexed by the manifest's jira:entityProperty. */
export const TASK_PROPERTY_KEY = 'peopleforce-task';
export const TASK_PROPERTY_ALIAS = 'peopleforceTaskId';
