import { JiraClient } from '../jira/client';
import { PeopleForceClient } from '../peopleforce/client';
import { readApiKey } from '../state/api-key-store';
import type { SyncDeps } from '../sync/sync.types';
import { createForgeClock } from './forge-clock';
import { createForgeHttp } from './forge-http';
import { createForgeJira } from './forge-jira';
import { createForgeKv } from './forge-kv';
import { createForgeLog } from './forge-log';
import { createForgeQueue } from './forge-queue';

/** The queue named by the manifest's `consumer` module; its consumer is `index.syncWorker`. */
export const SYNC_QUEUE_KEY = 'sync-continuation';

export interface SyncDepsOptions {
  /**
   * The longest wait for a rate-limited remote that the handler may sleep through. Event triggers have 25 s in
   * all, so they hand long waits to the queue instead.
   */
  maxWaitMs: number;
}

/** Builds the engine's ports and clients from the Forge platform, for one invocation. */
export function createForgeSyncDeps(
  options: SyncDepsOptions,
): SyncDeps & { peopleforce: PeopleForceClient; jira: JiraClient } {
  const kv = createForgeKv();
  const clock = createForgeClock();
  const log = createForgeLog();
  return {
    kv,
    clock,
    log,
    queue: createForgeQueue(SYNC_QUEUE_KEY),
    peopleforce: new PeopleForceClient({
      http: createForgeHttp(),
      apiKey: () => readApiKey(kv),
      clock,
      log,
      maxWaitMs: options.maxWaitMs,
    }),
    jira: new JiraClient({ transport: createForgeJira(), clock, log, maxWaitMs: options.maxWaitMs }),
  };
}
