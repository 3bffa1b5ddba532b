import type { RunCounts, RunRecord, RunTrigger } from '../config/records';
import type { PollMessage } from './queue-messages';

/** The history line of a poll: one per run, however many invocations the run took. */
export function finishedRecord(
  runId: string,
  trigger: RunTrigger,
  started: Date,
  finished: Date,
  outcome: RunRecord['outcome'],
  counts: RunCounts,
  message: string | null,
): RunRecord {
  return {
    runId,
    trigger,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    outcome,
    counts,
    durationMs: finished.getTime() - started.getTime(),
    message,
    actions: [],
  };
}

/** A continued run's record covers all its invocations: writes add up, the latest listing counts. */
export function mergeCarried(record: RunRecord, carried: PollMessage['carried']): RunRecord {
  if (!carried) return record;
  const before = carried.counts;
  const writesBefore = before.created + before.updated + before.transitioned;
  const counts: RunCounts = {
    ...record.counts,
    created: before.created + record.counts.created,
    updated: before.updated + record.counts.updated,
    transitioned: before.transitioned + record.counts.transitioned,
    failed: before.failed + record.counts.failed,
    returned: before.returned + record.counts.returned,
    unchanged: Math.max(0, record.counts.unchanged - writesBefore),
  };
  const durationMs = Date.parse(record.finishedAt ?? record.startedAt) - Date.parse(carried.startedAt);
  return { ...record, startedAt: carried.startedAt, counts, durationMs };
}
