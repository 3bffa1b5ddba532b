/**
 * The test and demo handle on a running simulator: act as a Jira user (transition, edit, delete, create),
 * inspect issues, count the app's writes, inject failures and latency, and subscribe to product events.
 */
import type { Actor } from './actor';
import type { IssueEventListener } from './issue-events';
import { propertiesObject, renderAllFields, type SimIssue } from './issue-model';
import type { IssueStore } from './issue-store';
import type { SeedUser } from './seed.types';

export interface RequestLogEntry {
  at: number;
  method: string;
  /** Path without the query string, e.g. `/rest/api/3/issue/HR-1`. */
  path: string;
  query: string;
  status: number;
  actor: 'app' | 'user';
  accountId: string;
  durationMs: number;
  /** The query of a `/search/jql` request. */
  jql?: string;
}

export interface FailureSpec {
  status: number;
  /** Seconds for the Retry-After header. */
  retryAfter?: number;
}

export interface SimIssueSnapshot {
  id: string;
  key: string;
  fields: Record<string, unknown>;
  properties: Record<string, unknown>;
}

export interface JiraSimulatorControl {
  addUser(user: SeedUser): void;
  /** Creates an issue as a Jira user (the first admin unless `accountId` is given). */
  createIssue(
    fields: Record<string, unknown>,
    options?: { properties?: Array<{ key: string; value: unknown }>; accountId?: string },
  ): { id: string; key: string };
  /** Moves the issue, as a user, through the available transition that leads to the named status. */
  transitionIssue(idOrKey: string, statusName: string, accountId?: string): void;
  editIssue(idOrKey: string, fields: Record<string, unknown>, accountId?: string): void;
  deleteIssue(idOrKey: string, accountId?: string): void;
  setIssueProperty(idOrKey: string, key: string, value: unknown, accountId?: string): void;
  issues(): SimIssueSnapshot[];
  issue(idOrKey: string): SimIssueSnapshot | undefined;
  /** The issue whose indexed property (alias `peopleforceTaskId` by default) equals `taskId`. */
  issueByProperty(taskId: string, alias?: string): SimIssueSnapshot | undefined;
  onIssueEvent(listener: IssueEventListener): () => void;
  readonly requestLog: readonly RequestLogEntry[];
  clearRequestLog(): void;
  /** Creates, edits, transitions, property writes, comments and deletes made by the app. */
  writeCount(): number;
  /** The next `count` requests answer `failure.status` (with Retry-After when given) instead of running. */
  failNext(count: number, failure: FailureSpec): void;
  setLatency(ms: number): void;
  setSearchVisibilityDelay(ms: number): void;
  reset(): void;
}

export interface SimRuntime {
  store: IssueStore;
  failures: FailureSpec[];
  latencyMs: number;
  requestLog: RequestLogEntry[];
}

function snapshot(issue: SimIssue, store: IssueStore): SimIssueSnapshot {
  return {
    id: issue.id,
    key: issue.key,
    fields: renderAllFields(issue, store.renderContext()),
    properties: structuredClone(propertiesObject(issue)),
  };
}

function valueAtPath(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((current, segment) => {
    return typeof current === 'object' && current !== null
      ? (current as Record<string, unknown>)[segment]
      : undefined;
  }, root);
}

export function createControl(
  runtime: SimRuntime,
  defaults: { latencyMs: number; visibilityDelayMs: number },
): JiraSimulatorControl {
  const { store } = runtime;
  const { catalogue } = store;
  const userActor = (accountId?: string): Actor => {
    const user = accountId === undefined ? catalogue.firstAdmin() : catalogue.user(accountId);
    if (!user) throw new Error(`The simulator has no user with account id ${String(accountId)}`);
    return { kind: 'user', user };
  };
  return {
    addUser: (user) => {
      catalogue.addUser(user);
    },
    createIssue: (fields, options = {}) => {
      const issue = store.create({ fields, properties: options.properties }, userActor(options.accountId));
      return { id: issue.id, key: issue.key };
    },
    transitionIssue: (idOrKey, statusName, accountId) => {
      const issue = store.require(idOrKey);
      const available = store.transitions(issue);
      const transition = available.find(
        (candidate) => catalogue.status(candidate.to).name.toLowerCase() === statusName.toLowerCase(),
      );
      if (!transition) {
        const targets = available.map((candidate) => catalogue.status(candidate.to).name).join(', ');
        throw new Error(
          `${issue.key} cannot move to '${statusName}' from '${catalogue.status(issue.statusId).name}'; available: ${targets}`,
        );
      }
      store.transition(issue.id, transition.id, userActor(accountId));
    },
    editIssue: (idOrKey, fields, accountId) => {
      store.edit(idOrKey, { fields }, userActor(accountId));
    },
    deleteIssue: (idOrKey, accountId) => {
      store.delete(idOrKey, true, userActor(accountId));
    },
    setIssueProperty: (idOrKey, key, value, accountId) => {
      store.setProperty(idOrKey, key, value, userActor(accountId));
    },
    issues: () => store.all().map((issue) => snapshot(issue, store)),
    issue: (idOrKey) => {
      const issue = store.find(idOrKey);
      return issue && snapshot(issue, store);
    },
    issueByProperty: (taskId, alias = 'peopleforceTaskId') => {
      const target = catalogue.seed.propertyAliases[alias];
      if (!target) throw new Error(`The seed has no property alias '${alias}'`);
      const issue = store.all().find((candidate) => {
        const value = valueAtPath(candidate.properties.get(target.propertyKey), target.path);
        return (typeof value === 'string' || typeof value === 'number') && String(value) === taskId;
      });
      return issue && snapshot(issue, store);
    },
    onIssueEvent: (listener) => store.onEvent(listener),
    get requestLog() {
      return runtime.requestLog;
    },
    clearRequestLog: () => {
      runtime.requestLog.length = 0;
    },
    writeCount: () => store.writeCount(),
    failNext: (count, failure) => {
      for (let index = 0; index < count; index += 1) runtime.failures.push(failure);
    },
    setLatency: (ms) => {
      runtime.latencyMs = ms;
    },
    setSearchVisibilityDelay: (ms) => {
      store.visibilityDelayMs = ms;
    },
    reset: () => {
      store.reset();
      catalogue.resetUsers();
      runtime.failures.length = 0;
      runtime.requestLog.length = 0;
      runtime.latencyMs = defaults.latencyMs;
      store.visibilityDelayMs = defaults.visibilityDelayMs;
    },
  };
}
