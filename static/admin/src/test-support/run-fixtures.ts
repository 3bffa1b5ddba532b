import { emptyCounts, type RunCounts, type RunRecord } from '../../../../src/config/records';
import type { StatusAnswer } from '../model/run-watch';

/** A finished manual run; pass what a test is about. */
export function runRecord(
  overrides: Partial<Omit<RunRecord, 'counts'>> & { counts?: Partial<RunCounts> } = {},
): RunRecord {
  const { counts, ...rest } = overrides;
  return {
    runId: 'run-1',
    trigger: 'manual',
    startedAt: '2026-03-01T10:00:00Z',
    finishedAt: '2026-03-01T10:00:05Z',
    outcome: 'success',
    durationMs: 5000,
    message: null,
    actions: [],
    ...rest,
    counts: { ...emptyCounts(), ...counts },
  };
}

/** getStatus's answer for an active sync with a key set and nothing running. */
export function statusAnswer(overrides: Partial<StatusAnswer> = {}): StatusAnswer {
  return {
    enabled: true,
    apiKey: { set: true, last4: 'abcd' },
    lastRun: null,
    lastSuccessfulRunAt: null,
    nextScheduledRunAt: null,
    progress: null,
    errorCount: 0,
    ...overrides,
  };
}
