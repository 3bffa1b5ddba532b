import { rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { LocalHost } from '../../host/local-host';
import { storageKeys } from '../../../src/state/keys';
import { isAlive, lockFileOwner, type ProcessRegistry } from './process-registry';

/**
 * Clears what a killed command leaves behind in a shared state folder: the run lock and the progress record
 * of the poll it was running (they would block every poll for the lease's 15 minutes), and the store's own
 * lock file if it died inside a write. Only when no other command-line process is working in the folder:
 * a live one may hold the lock rightfully.
 */
const LeaseSchema = z.looseObject({ runId: z.string() });
const STORE_LOCK_FILE = '.lock';

export interface LeftoverReport {
  releasedRunId: string | null;
  clearedStoreLock: boolean;
}

export async function releaseLeftoverLocks(
  host: LocalHost,
  stateDir: string,
  registry: ProcessRegistry,
): Promise<LeftoverReport> {
  const report: LeftoverReport = { releasedRunId: null, clearedStoreLock: false };
  const storeLock = path.join(stateDir, STORE_LOCK_FILE);
  const lockOwner = await lockFileOwner(storeLock);
  if (lockOwner !== null && lockOwner !== process.pid && !isAlive(lockOwner)) {
    await rm(storeLock, { force: true });
    report.clearedStoreLock = true;
  }
  if ((await registry.liveOthers()).length > 0) return report;
  const stored = await host.kv.get(storageKeys.runLock);
  await host.kv.delete(storageKeys.progress);
  if (stored === undefined) return report;
  await host.kv.delete(storageKeys.runLock);
  const lease = LeaseSchema.safeParse(stored);
  report.releasedRunId = lease.success ? lease.data.runId : 'unknown';
  return report;
}
