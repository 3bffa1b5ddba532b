import type { IssuePanel, LinkViewState } from '../config/issue-panel-api';
import { peopleforceTaskUrl } from '../config/peopleforce-links';
import type { SyncDeps } from '../sync/sync.types';
import { FailureQueue } from '../state/failure-queue';
import { LinkStore, type Link } from '../state/link-store';
import { readRunHistory } from '../state/run-history';
import { readTaskRecord } from '../state/task-trail';
import { linkedTaskId } from '../sync/return-path';
import { TASK_PROPERTY_KEY } from '../sync/sync.types';

const PANEL_EVENTS = 8;

export interface IssueRef {
  id: string;
  key: string | null;
}

/**
 * What the issue panel shows, from stored state alone: one Jira read (the issue's task property) and five KVS
 * reads (links meta and shard, the task's trail shard, the error queue, the run history). No PeopleForce call.
 */
export async function getIssuePanel(
  deps: Pick<SyncDeps, 'kv' | 'jira'>,
  issue: IssueRef,
  callerIsJiraAdmin: () => Promise<boolean>,
): Promise<IssuePanel> {
  const found = await deps.jira.getIssue(issue.id, { fields: ['status'], properties: [TASK_PROPERTY_KEY] });
  const taskId = found ? linkedTaskId(found.properties?.[TASK_PROPERTY_KEY]) : null;
  const issueKey = found?.key ?? issue.key;
  if (taskId === null) return emptyPanel(issueKey, await callerIsJiraAdmin());
  const [links, record, failures, runs, canSyncNow] = await Promise.all([
    LinkStore.loadFor(deps.kv, [taskId]),
    readTaskRecord(deps.kv, taskId),
    FailureQueue.load(deps.kv),
    readRunHistory(deps.kv),
    callerIsJiraAdmin(),
  ]);
  const failure = failures.get(taskId);
  const lastRun = runs.find((run) => run.runId.startsWith('run-'));
  return {
    issueKey,
    state: viewState(links.get(taskId), issue.id),
    taskId,
    taskUrl: peopleforceTaskUrl(taskId),
    snapshot: record?.snapshot ?? null,
    failure: failure ? { ...failure } : null,
    events: (record?.events ?? []).slice(0, PANEL_EVENTS),
    lastRun: lastRun ? { at: lastRun.finishedAt ?? lastRun.startedAt, outcome: lastRun.outcome } : null,
    canSyncNow,
  };
}

function viewState(link: Link | undefined, issueId: string): LinkViewState {
  if (!link || link.issueId !== issueId) return 'broken';
  return link.state;
}

function emptyPanel(issueKey: string | null, canSyncNow: boolean): IssuePanel {
  return {
    issueKey,
    state: 'notLinked',
    taskId: null,
    taskUrl: null,
    snapshot: null,
    failure: null,
    events: [],
    lastRun: null,
    canSyncNow,
  };
}
