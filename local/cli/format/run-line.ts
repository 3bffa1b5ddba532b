import type { FailedTask, ReturnPathAction, RunRecord } from '../../../src/config/records';

/**
 * One line per run, the same in `sync`, `serve` and `status`:
 * `run-… schedule success: created 12, updated 0, transitioned 3, errors 1 (1.2 s)`.
 * Jira → PeopleForce hours (`jira-…` records) count what went back to PeopleForce instead.
 */
export function formatRunLine(run: RunRecord): string {
  const { counts } = run;
  const tally = isReturnPathRecord(run)
    ? `returned ${counts.returned}, errors ${counts.failed}`
    : `created ${counts.created}, updated ${counts.updated}, transitioned ${counts.transitioned}, errors ${counts.failed}`;
  const message = run.message !== null && showsMessage(run) ? ` — ${run.message}` : '';
  return `${run.runId} ${run.trigger} ${run.outcome}: ${tally} (${formatSeconds(run.durationMs)})${message}`;
}

/** `HR-12 → PeopleForce task 1234 completed (event)`. */
export function formatAction(action: ReturnPathAction): string {
  const issue = action.issueKey ?? `issue ${action.issueId}`;
  const what: Record<ReturnPathAction['action'], string> = {
    completed: `PeopleForce task ${action.taskId} completed`,
    reopened: `PeopleForce task ${action.taskId} reopened`,
    issueDeleted: `deleted in Jira; the link to PeopleForce task ${action.taskId} is closed`,
    taskMissing: `PeopleForce task ${action.taskId} no longer exists; the link is closed`,
  };
  return `${issue} → ${what[action.action]} (${action.via})`;
}

/** `task 1234 "Order laptop" (HR-12), jira, attempt 2, next try 2026-11-26 05:10: reason`. */
export function formatFailure(failure: FailedTask): string {
  const title = failure.taskTitle === null ? '' : ` "${failure.taskTitle}"`;
  const issue = failure.issueKey === null ? '' : ` (${failure.issueKey})`;
  return (
    `task ${failure.taskId}${title}${issue}, ${failure.kind}, attempt ${failure.attempts}, ` +
    `next try ${formatTime(failure.nextRetryAt)}: ${failure.reason}`
  );
}

export function isReturnPathRecord(run: RunRecord): boolean {
  return run.trigger === 'event' || run.trigger === 'sweep';
}

export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** `2026-11-26 05:10:42` (UTC, as stored). */
export function formatTime(iso: string): string {
  return iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, '');
}

function showsMessage(run: RunRecord): boolean {
  return !isReturnPathRecord(run) && run.outcome !== 'success';
}
