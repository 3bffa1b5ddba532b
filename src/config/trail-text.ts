import type { TrailAction, TrailEvent, TrailTrigger } from './task-trail';

/** How the trail's events read, on the admin page's Tasks tab and in the issue panel. */

export const trailTriggerLabels: Record<TrailTrigger, string> = {
  schedule: 'scheduled poll',
  manual: 'Sync now',
  event: 'Jira event',
  sweep: 'hourly sweep',
  retry: 'Retry',
  queue: 'queued retry',
  issuePanel: 'issue panel',
};

const actionTexts: Record<TrailAction, (event: TrailEvent) => string> = {
  created: (event) => `Created ${event.issueKey ?? 'the issue'}`,
  edited: (event) => `Edited ${event.detail ?? 'fields'}`,
  movedToDone: (event) => `Moved the issue to done${detailSuffix(event)}`,
  reopenedIssue: (event) => `Reopened the issue${detailSuffix(event)}`,
  taskCompleted: () => 'Completed the task in PeopleForce',
  taskReopened: () => 'Reopened the task in PeopleForce',
  failed: (event) => `Failed: ${event.detail ?? 'no reason given'}`,
  retryScheduled: (event) => `Will retry ${event.detail ?? ''}`.trim(),
  taskVanished: (event) => `Task gone from PeopleForce${detailSuffix(event)}`,
  issueDeleted: () => 'Issue deleted in Jira',
  unrouted: (event) => `No longer synced${detailSuffix(event)}`,
};

function detailSuffix(event: TrailEvent): string {
  return event.detail === null ? '' : ` (${event.detail})`;
}

export function trailEventText(event: TrailEvent): string {
  return actionTexts[event.action](event);
}

export function directionText(event: TrailEvent): string {
  return event.direction === 'toJira' ? 'PeopleForce → Jira' : 'Jira → PeopleForce';
}

export type EventAppearance = 'success' | 'removed' | 'inprogress' | 'default';

export function eventAppearance(event: TrailEvent): EventAppearance {
  if (event.action === 'failed') return 'removed';
  if (event.action === 'retryScheduled') return 'inprogress';
  if (event.action === 'taskVanished' || event.action === 'issueDeleted' || event.action === 'unrouted')
    return 'default';
  return 'success';
}
