import { errorMessage } from '../../host/host-errors';
import { z } from 'zod';
import type { LocalHost } from '../../host/local-host';
import { readAlertsOverview } from '../../../src/admin/alerts-admin';
import type { AlertsOverview } from '../../../src/config/alerts';
import type { FailedTask, RunProgress, RunRecord, UnmatchedUser } from '../../../src/config/records';
import { FailedTaskSchema } from '../../../src/config/records';
import type { Config } from '../../../src/config/schema';
import { readApiKeyStatus, type ApiKeyStatus } from '../../../src/state/api-key-store';
import { loadConfig } from '../../../src/state/config-store';
import { FailureQueue } from '../../../src/state/failure-queue';
import { storageKeys } from '../../../src/state/keys';
import { readRunHistory } from '../../../src/state/run-history';
import { readProgress } from '../../../src/state/run-progress';
import { readPollCursor, type PollCursor } from '../../../src/state/sync-cursor';
import { readUnmatchedUsers } from '../../../src/state/user-directory';
import { withAppKv } from './app-kv';

/** Everything `status` shows, read through the app's own state modules (and so through their schemas). */
export interface StatusSnapshot {
  config: { ok: true; value: Config } | { ok: false; problem: string };
  apiKey: ApiKeyStatus;
  cursor: PollCursor;
  progress: RunProgress | null;
  lock: { runId: string; expiresAt: string } | null;
  runs: RunRecord[];
  failures: FailedTask[];
  unmatchedUsers: UnmatchedUser[];
  alerts: AlertsOverview;
}

const LeaseSchema = z.looseObject({ runId: z.string(), expiresAt: z.number() });

export function readStatusSnapshot(host: LocalHost): Promise<StatusSnapshot> {
  return withAppKv(host, async (kv) => {
    const [config, apiKey, cursor, progress, lease, runs, failures, unmatchedUsers, alerts] =
      await Promise.all([
        loadConfig(kv).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({
            ok: false as const,
            problem: errorMessage(error),
          }),
        ),
        readApiKeyStatus(kv),
        readPollCursor(kv),
        readProgress(kv),
        kv.get(storageKeys.runLock).then((stored) => LeaseSchema.safeParse(stored)),
        readRunHistory(kv),
        FailureQueue.load(kv),
        readUnmatchedUsers(kv),
        readAlertsOverview(kv),
      ]);
    return {
      config,
      apiKey,
      cursor,
      progress,
      lock: lease.success
        ? { runId: lease.data.runId, expiresAt: new Date(lease.data.expiresAt).toISOString() }
        : null,
      runs,
      failures: failures.list().map((entry) => FailedTaskSchema.parse(entry)),
      unmatchedUsers,
      alerts,
    };
  });
}
