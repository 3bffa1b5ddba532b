import { lastSuccessfulPollAt } from '../../../src/state/run-history';
import { channelNames, type AlertChannelStatus } from '../../../src/config/alerts';
import type { StatusSnapshot } from '../state/status-snapshot';
import { formatAction, formatFailure, formatRunLine, formatTime } from './run-line';

/**
 * `status` for a person: the configuration in one line, then runs (newest first), the error queue, who is
 * unmatched, and the alert channels with the problems they were told of.
 */
export function formatStatus(status: StatusSnapshot, maxRuns: number): string[] {
  const lastSuccess = lastSuccessfulPollAt(status.runs, status.cursor.lastSuccessfulRunAt);
  return [
    configLine(status),
    `Last successful poll: ${lastSuccess === null ? 'never' : formatTime(lastSuccess)}`,
    ...activityLines(status),
    ...runLines(status, maxRuns),
    ...failureLines(status),
    ...unmatchedLines(status),
    ...alertLines(status),
  ];
}

function configLine({ config, apiKey }: StatusSnapshot): string {
  const key = apiKey.set ? `PeopleForce API key set (…${apiKey.last4 ?? ''})` : 'no PeopleForce API key';
  if (!config.ok) return `Configuration: stored but not valid (${config.problem}); ${key}`;
  const { enabled, rules } = config.value;
  return `Configuration: sync ${enabled ? 'enabled' : 'paused'}, ${plural(rules.length, 'rule')}; ${key}`;
}

function activityLines({ progress, lock }: StatusSnapshot): string[] {
  const lines: string[] = [];
  if (lock !== null) lines.push(`Run lock: held by ${lock.runId} until ${formatTime(lock.expiresAt)}`);
  if (progress !== null) {
    lines.push(`In progress: ${progress.runId} ${progress.phase} ${progress.processed}/${progress.total}`);
  }
  return lines;
}

function runLines({ runs }: StatusSnapshot, maxRuns: number): string[] {
  if (runs.length === 0) return ['Runs: none recorded yet'];
  const shown = runs.slice(0, maxRuns);
  return [
    `Runs (newest first, ${shown.length} of ${runs.length}):`,
    ...shown.flatMap((run) => [
      `  ${formatTime(run.startedAt)}  ${formatRunLine(run)}`,
      ...run.actions.map((action) => `      ${formatAction(action)}`),
    ]),
  ];
}

function failureLines({ failures }: StatusSnapshot): string[] {
  if (failures.length === 0) return ['Error queue: empty'];
  return [`Error queue (${failures.length}):`, ...failures.map((failure) => `  ${formatFailure(failure)}`)];
}

function unmatchedLines({ unmatchedUsers }: StatusSnapshot): string[] {
  if (unmatchedUsers.length === 0) return [];
  return [
    `Unmatched users (${unmatchedUsers.length}):`,
    ...unmatchedUsers.map(
      (user) =>
        `  ${user.email} (${plural(user.taskCount, 'task')}, last seen ${formatTime(user.lastSeenAt)})`,
    ),
  ];
}

function alertLines({ alerts }: StatusSnapshot): string[] {
  const problems = alerts.openProblems.map(
    (problem) => `  ${problem.summary} (since ${formatTime(problem.openedAt)})`,
  );
  return [
    `Alerts: ${alerts.channels.map(channelLine).join('; ')}`,
    ...(problems.length === 0 ? [] : [`Open problems (${problems.length}):`, ...problems]),
  ];
}

function channelLine(status: AlertChannelStatus): string {
  const name = channelNames[status.channel];
  if (!status.configured) return `${name} not set up`;
  const delivery = status.lastDelivery;
  const last =
    delivery === null
      ? 'nothing sent yet'
      : `last ${delivery.kind} ${formatTime(delivery.at)} ${delivery.ok ? 'delivered' : `failed: ${delivery.message}`}`;
  const waiting = status.waiting > 0 ? `, ${plural(status.waiting, 'message')} waiting` : '';
  return `${name} set up (${status.secret.hint ?? 'secret set'}), ${last}${waiting}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
