import { FailedTaskSchema } from '../config/records';
import { readApiKeyStatus } from '../state/api-key-store';
import { loadConfig } from '../state/config-store';
import { FailureQueue } from '../state/failure-queue';
import { lastSuccessfulPollAt, readRunHistory } from '../state/run-history';
import { readProgress } from '../state/run-progress';
import { readPollCursor } from '../state/sync-cursor';
import { readUnmatchedUsers } from '../state/user-directory';
import type { PollMessage } from '../sync/queue-messages';
import { newRunId } from '../sync/run-poll';
import { AdminRefusal, type AdminDeps } from './admin.types';

const POLL_INTERVAL_MS = 5 * 60_000;

/** "Sync now": the run happens in the queue consumer (up to 300 s), the page follows it through getStatus. */
export async function startManualSync(deps: AdminDeps, trigger: 'manual' | 'retry' = 'manual') {
  const config = await loadConfig(deps.kv);
  if (!config.enabled) throw new AdminRefusal('paused', 'Sync is paused: resume it on the Health tab first');
  const progress = await readProgress(deps.kv);
  if (progress) throw new AdminRefusal('busy', `A sync is already running (${progress.runId})`);
  const runId = newRunId(deps.clock.now());
  const message: PollMessage = { kind: 'poll', runId, trigger, carried: null };
  await deps.queue.push(message);
  deps.log.log('info', 'admin.sync_requested', { runId, trigger });
  return { runId };
}

export async function retryFailedTasks(deps: AdminDeps, taskIds: number[] | 'all') {
  const failures = await FailureQueue.load(deps.kv);
  const retried = failures.makeDue(taskIds, deps.clock.now());
  await failures.save();
  if (retried === 0) return { retried, runId: null };
  // Paused or already running: the tasks are due now and the next run that happens takes them.
  const { runId } = await startManualSync(deps, 'retry').catch((error: unknown) => {
    if (error instanceof AdminRefusal && (error.code === 'busy' || error.code === 'paused'))
      return { runId: null };
    throw error;
  });
  return { retried, runId };
}

export async function getStatus(deps: AdminDeps) {
  const [config, apiKey, history, cursor, progress, failures] = await Promise.all([
    loadConfig(deps.kv),
    readApiKeyStatus(deps.kv),
    readRunHistory(deps.kv),
    readPollCursor(deps.kv),
    readProgress(deps.kv),
    FailureQueue.load(deps.kv),
  ]);
  const lastPoll = history.find((run) => run.trigger !== 'event' && run.trigger !== 'sweep') ?? null;
  const lastScheduled = history.find((run) => run.trigger === 'schedule');
  const nextScheduledRunAt =
    config.enabled && lastScheduled
      ? new Date(Date.parse(lastScheduled.startedAt) + POLL_INTERVAL_MS).toISOString()
      : null;
  return {
    enabled: config.enabled,
    apiKey,
    lastRun: lastPoll,
    lastSuccessfulRunAt: lastSuccessfulPollAt(history, cursor.lastSuccessfulRunAt),
    nextScheduledRunAt,
    progress,
    errorCount: failures.size,
  };
}

export async function getHistory(deps: AdminDeps, limit: number) {
  return { runs: (await readRunHistory(deps.kv)).slice(0, limit) };
}

export async function getErrors(deps: AdminDeps) {
  const [failures, unmatchedUsers] = await Promise.all([
    FailureQueue.load(deps.kv),
    readUnmatchedUsers(deps.kv),
  ]);
  return { errors: failures.list().map((entry) => FailedTaskSchema.parse(entry)), unmatchedUsers };
}
