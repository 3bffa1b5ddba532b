import type { AdminResult } from '../../../../src/config/admin-api';
import type { RunProgress, RunRecord } from '../../../../src/config/records';

export type StatusAnswer = AdminResult<'getStatus'>;

/**
 * Following a run from "Sync now" (or one already under way when the page opened) by polling getStatus:
 * the run is running while progress is reported, and finished once progress is gone and the last run is it.
 * A run that never reports within `maxSilentPolls` is given up on, and the page says where to look.
 */
export type RunWatch =
  | { phase: 'idle' }
  | { phase: 'starting' }
  | { phase: 'running'; runId: string | null; progress: RunProgress | null; silentPolls: number }
  | { phase: 'finished'; run: RunRecord }
  | { phase: 'unreported'; runId: string | null }
  | { phase: 'failed'; error: unknown };

export const POLL_INTERVAL_MS = 1000;
export const maxSilentPolls = 30;

export function watchFromStatus(status: StatusAnswer): RunWatch {
  return status.progress === null
    ? { phase: 'idle' }
    : { phase: 'running', runId: status.progress.runId, progress: status.progress, silentPolls: 0 };
}

export function nextWatch(watch: Extract<RunWatch, { phase: 'running' }>, status: StatusAnswer): RunWatch {
  if (status.progress !== null) return { ...watch, progress: status.progress, silentPolls: 0 };
  const lastRun = status.lastRun;
  if (lastRun !== null && (watch.runId === null || lastRun.runId === watch.runId)) {
    return { phase: 'finished', run: lastRun };
  }
  if (watch.silentPolls + 1 >= maxSilentPolls) return { phase: 'unreported', runId: watch.runId };
  return { ...watch, progress: null, silentPolls: watch.silentPolls + 1 };
}

/** "12 of 40 tasks", or what the run is doing before it knows the total. */
export function progressText(progress: RunProgress | null): string {
  if (progress === null) return 'Waiting for the run to report…';
  if (progress.phase === 'listing') return 'Reading tasks from PeopleForce…';
  if (progress.total === 0) return progress.phase === 'planning' ? 'Planning…' : 'Finishing…';
  return `${progress.processed} of ${progress.total} tasks`;
}

export function progressFraction(progress: RunProgress | null): number | null {
  if (progress === null || progress.total === 0) return null;
  return Math.min(progress.processed / progress.total, 1);
}
