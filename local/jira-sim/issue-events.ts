import type { ChangeItem } from './issue-model';

export type IssueEventType = 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:deleted:issue';

/** A Forge product event as a `trigger` module receives it, plus `actor` so the host can apply `ignoreSelf`. */
export interface SimIssueEvent {
  eventType: IssueEventType;
  issue: { id: string; key: string; fields: Record<string, unknown> };
  changelog?: { id: string; items: ChangeItem[] };
  /** Account id of whoever made the change. */
  atlassianId: string;
  actor: 'app' | 'user';
  /** Epoch milliseconds of the change. */
  timestamp: number;
}

export type IssueEventListener = (event: SimIssueEvent) => void;
