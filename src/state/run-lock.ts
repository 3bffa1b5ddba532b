import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ClockPort, KvPort } from '../platform/ports';
import { storageKeys } from './keys';

/**
 * A lease so that two invocations (the five-minute trigger, a manual "Sync now", a queue continuation) never
 * both sync. Created with FAIL_IF_EXISTS, so only one caller can win; the value carries an owner token and an
 * expiry because Forge's TTL is not immediate: a lease past its expiry is treated as free even if the key is
 * still there, and is taken over only if nobody refreshed it meanwhile.
 */
const LeaseSchema = z.object({ owner: z.string(), expiresAt: z.number(), runId: z.string() });
type Lease = z.infer<typeof LeaseSchema>;

export type LockOutcome =
  | { kind: 'acquired'; lease: RunLease }
  | { kind: 'held'; holderRunId: string; expiresAt: string }
  | { kind: 'tookOverExpired'; lease: RunLease; previousRunId: string };

export interface RunLease {
  readonly runId: string;
  refresh(): Promise<boolean>;
  release(): Promise<void>;
}

export async function acquireRunLock(
  kv: KvPort,
  clock: ClockPort,
  runId: string,
  leaseSeconds: number,
): Promise<LockOutcome> {
  const owner = randomUUID();
  const lease = (): Lease => ({ owner, runId, expiresAt: clock.now().getTime() + leaseSeconds * 1000 });
  const options = { failIfExists: true, ttlSeconds: leaseSeconds * 2 };
  if (await kv.set(storageKeys.runLock, lease(), options)) {
    return { kind: 'acquired', lease: runLease(kv, clock, owner, runId, leaseSeconds) };
  }
  const current = LeaseSchema.safeParse(await kv.get(storageKeys.runLock));
  if (current.success && current.data.expiresAt > clock.now().getTime()) {
    return {
      kind: 'held',
      holderRunId: current.data.runId,
      expiresAt: new Date(current.data.expiresAt).toISOString(),
    };
  }
  // Expired (or unreadable) lease: delete it and race for it again, so that two callers cannot both take over.
  await kv.delete(storageKeys.runLock);
  if (await kv.set(storageKeys.runLock, lease(), options)) {
    return {
      kind: 'tookOverExpired',
      lease: runLease(kv, clock, owner, runId, leaseSeconds),
      previousRunId: current.success ? current.data.runId : 'unknown',
    };
  }
  return { kind: 'held', holderRunId: 'unknown', expiresAt: new Date(clock.now().getTime()).toISOString() };
}

function runLease(
  kv: KvPort,
  clock: ClockPort,
  owner: string,
  runId: string,
  leaseSeconds: number,
): RunLease {
  const isMine = async () => {
    const current = LeaseSchema.safeParse(await kv.get(storageKeys.runLock));
    return current.success && current.data.owner === owner;
  };
  return {
    runId,
    async refresh() {
      if (!(await isMine())) return false;
      await kv.set(
        storageKeys.runLock,
        { owner, runId, expiresAt: clock.now().getTime() + leaseSeconds * 1000 },
        { ttlSeconds: leaseSeconds * 2 },
      );
      return true;
    },
    async release() {
      if (await isMine()) await kv.delete(storageKeys.runLock);
    },
  };
}
