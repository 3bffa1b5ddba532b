import { createForgeSyncDeps } from '../platform/forge-sync-deps';
import { runSweep } from '../sync/sweep';

/** Scheduled trigger (hourly): catches Jira status changes whose events never arrived. */
export async function sweepMissedEvents(): Promise<void> {
  await runSweep(createForgeSyncDeps({ maxWaitMs: 60_000 }));
}
