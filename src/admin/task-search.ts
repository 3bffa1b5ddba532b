import type { TaskMatch } from '../config/admin-api';
import type { TaskRecord } from '../config/task-trail';
import { FailureQueue, type StoredFailure } from '../state/failure-queue';
import { LinkStore, type Link } from '../state/link-store';
import { readAllTaskRecords } from '../state/task-trail';
import type { AdminDeps } from './admin.types';

/**
 * The admin's task search: by task id, issue key, a person's email (whom the task is about, its assignee or
 * its creator) or words of the title. Reads the trail, the links and the error queue (about 80 KVS reads), so
 * a task that only ever failed is found too; each match carries its whole trail.
 */
export const MAX_MATCHES = 25;

interface Candidate {
  taskId: number;
  record: TaskRecord | null;
  link: Link | null;
  failure: StoredFailure | null;
}

export async function searchTasks(
  deps: Pick<AdminDeps, 'kv'>,
  query: string,
): Promise<{ matches: TaskMatch[]; total: number }> {
  const [records, links, failures] = await Promise.all([
    readAllTaskRecords(deps.kv),
    LinkStore.load(deps.kv),
    FailureQueue.load(deps.kv),
  ]);
  const candidates = new Map<number, Candidate>();
  const candidate = (taskId: number) => {
    let found = candidates.get(taskId);
    if (!found) {
      found = {
        taskId,
        record: null,
        link: links.get(taskId) ?? null,
        failure: failures.get(taskId) ?? null,
      };
      candidates.set(taskId, found);
    }
    return found;
  };
  for (const record of records) candidate(record.taskId).record = record;
  for (const link of links.all()) candidate(link.taskId);
  for (const failure of failures.list()) candidate(failure.taskId);

  const matches = [...candidates.values()].filter(matcherFor(query)).sort(byLatestActivity);
  return { matches: matches.slice(0, MAX_MATCHES).map(toMatch), total: matches.length };
}

export function matcherFor(query: string): (candidate: Candidate) => boolean {
  const text = query.trim().toLowerCase();
  if (/^\d+$/.test(text)) return (candidate) => candidate.taskId === Number(text);
  if (/^[a-z][a-z0-9_]*-\d+$/.test(text)) return (candidate) => issueKeyOf(candidate)?.toLowerCase() === text;
  if (text.includes('@')) {
    return (candidate) => emailsOf(candidate).some((email) => email.toLowerCase().includes(text));
  }
  const words = text.split(/\s+/).filter((word) => word !== '');
  return (candidate) => {
    const haystack =
      `${titleOf(candidate) ?? ''} ${candidate.record?.snapshot?.person?.name ?? ''}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  };
}

function issueKeyOf(candidate: Candidate): string | null {
  return candidate.link?.issueKey ?? candidate.record?.issueKey ?? candidate.failure?.issueKey ?? null;
}

function titleOf(candidate: Candidate): string | null {
  return candidate.record?.snapshot?.title ?? candidate.failure?.taskTitle ?? null;
}

function emailsOf(candidate: Candidate): string[] {
  const snapshot = candidate.record?.snapshot;
  return [snapshot?.person?.email, snapshot?.assignee?.email, snapshot?.createdBy?.email].filter(
    (email): email is string => typeof email === 'string',
  );
}

function latestActivity(candidate: Candidate): string {
  return candidate.record?.events[0]?.at ?? candidate.failure?.lastSeenAt ?? '';
}

function byLatestActivity(a: Candidate, b: Candidate): number {
  return latestActivity(b).localeCompare(latestActivity(a)) || b.taskId - a.taskId;
}

function toMatch(candidate: Candidate): TaskMatch {
  const { failure } = candidate;
  return {
    taskId: candidate.taskId,
    issueKey: issueKeyOf(candidate),
    title: titleOf(candidate),
    linkState: candidate.link?.state ?? null,
    snapshot: candidate.record?.snapshot ?? null,
    failure: failure
      ? {
          taskId: failure.taskId,
          taskTitle: failure.taskTitle,
          issueKey: failure.issueKey,
          kind: failure.kind,
          reason: failure.reason,
          attempts: failure.attempts,
          firstSeenAt: failure.firstSeenAt,
          lastSeenAt: failure.lastSeenAt,
          nextRetryAt: failure.nextRetryAt,
        }
      : null,
    events: candidate.record?.events ?? [],
  };
}
