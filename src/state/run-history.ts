import { z } from 'zod';
import { emptyCounts, RunRecordSchema, type ReturnPathAction, type RunRecord } from '../config/records';
import type { KvPort } from '../platform/ports';
import { readRecord } from './json-record';
import { storageKeys } from './keys';

/** The last MAX_RUNS runs, newest first, in one key: the admin page reads it in one call. */
export const MAX_RUNS = 50;
const HistorySchema = z.array(RunRecordSchema);

export function readRunHistory(kv: KvPort): Promise<RunRecord[]> {
  return readRecord(kv, storageKeys.runHistory, HistorySchema, () => []);
}

/** Inserts the run, or replaces the record with the same runId (a continued run updates its own line). */
export async function recordRun(kv: KvPort, run: RunRecord): Promise<void> {
  const history = await readRunHistory(kv);
  const others = history.filter((existing) => existing.runId !== run.runId);
  await kv.set(storageKeys.runHistory, [run, ...others].slice(0, MAX_RUNS));
}

/**
 * When a poll last finished without failing. A no-change poll does not rewrite the cursor (one KVS write less per
 * poll), so the newest successful poll in the history wins over the cursor's older stamp.
 */
export function lastSuccessfulPollAt(
  history: readonly RunRecord[],
  cursorStamp: string | null,
): string | null {
  const lastPoll = history.find(
    (run) =>
      run.trigger !== 'event' &&
      run.trigger !== 'sweep' &&
      (run.outcome === 'success' || run.outcome === 'partial'),
  );
  const fromHistory = lastPoll?.finishedAt ?? null;
  if (fromHistory === null) return cursorStamp;
  if (cursorStamp === null) return fromHistory;
  return fromHistory > cursorStamp ? fromHistory : cursorStamp;
}

const MAX_ACTIONS_PER_RECORD = 50;

/**
 * Jira → PeopleForce actions are grouped into one history line per hour (`jira-YYYYMMDDHH`), so a busy day of
 * events does not push the polls out of the 50-run history.
 */
export async function recordReturnAction(kv: KvPort, action: ReturnPathAction, now: Date): Promise<void> {
  const hour = now.toISOString().slice(0, 13);
  const runId = `jira-${hour.replace(/[-T]/g, '')}`;
  const history = await readRunHistory(kv);
  const existing = history.find((run) => run.runId === runId);
  const base: RunRecord = existing ?? {
    runId,
    trigger: action.via === 'sweep' ? 'sweep' : 'event',
    startedAt: `${hour}:00:00.000Z`,
    finishedAt: null,
    outcome: 'success',
    counts: emptyCounts(),
    durationMs: 0,
    message: 'Jira → PeopleForce updates this hour',
    actions: [],
  };
  const returned = action.action === 'completed' || action.action === 'reopened' ? 1 : 0;
  const failed = returned === 0 ? 1 : 0;
  await recordRun(kv, {
    ...base,
    finishedAt: now.toISOString(),
    outcome: base.outcome === 'success' && failed === 0 ? 'success' : 'partial',
    counts: {
      ...base.counts,
      returned: base.counts.returned + returned,
      failed: base.counts.failed + failed,
    },
    actions: [action, ...base.actions].slice(0, MAX_ACTIONS_PER_RECORD),
  });
}
