import type { TaskMatch } from '../../../src/config/admin-api';
import { directionText, trailEventText, trailTriggerLabels } from '../../../src/config/trail-text';
import { formatTime } from './run-line';

/** `trail` for a person: the task, whom it is about, its failure if any, then every event, newest first. */
export function formatTrail(match: TaskMatch): string[] {
  const where =
    match.issueKey === null ? 'not in Jira' : `${match.issueKey} (${match.linkState ?? 'no link'})`;
  const lines = [`Task ${match.taskId}: ${match.title ?? '(title unknown)'} · ${where}`];
  const snapshot = match.snapshot;
  if (snapshot) {
    const person = snapshot.person;
    const about = person
      ? `${person.name ?? person.email ?? '?'}${person.type ? ` (${person.type})` : ''}`
      : '—';
    const assignee = snapshot.assignee?.name ?? snapshot.assignee?.email ?? 'unassigned';
    lines.push(
      `  About ${about}; assignee ${assignee}; due ${snapshot.dueOn ?? '—'}; ` +
        `${snapshot.completed ? 'done' : 'open'} in PeopleForce (as of ${formatTime(snapshot.takenAt)})`,
    );
  }
  if (match.failure) {
    const { failure } = match;
    lines.push(
      `  In the error queue after ${failure.attempts} attempt(s), next try ${formatTime(failure.nextRetryAt)}: ${failure.reason}`,
    );
  }
  if (match.events.length === 0) lines.push('  No events recorded.');
  for (const event of match.events) {
    lines.push(
      `  ${formatTime(event.at)}  ${directionText(event)}  ${trailEventText(event)}  (${trailTriggerLabels[event.trigger]})`,
    );
  }
  return lines;
}
