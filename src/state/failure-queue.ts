import { z } from 'zod';
import { FailedTaskSchema, type FailedTask } from '../config/records';
import type { KvPort } from '../platform/ports';
import { readRecord } from './json-record';
import { storageKeys } from './keys';

/**
 * Tasks that failed to sync, with the reason and when to try again. One key: the queue stays small (a failing
 * task is one entry however often it fails) and capped at MAX_FAILURES, oldest dropped first.
 * `fingerprint` is the projection that failed: a changed task is retried at once instead of waiting its turn.
 */
export const MAX_FAILURES = 500;
const FIRST_RETRY_MINUTES = 5;
const MAX_RETRY_MINUTES = 24 * 60;

const StoredFailureSchema = FailedTaskSchema.extend({ fingerprint: z.string().nullable().default(null) });
export type StoredFailure = z.infer<typeof StoredFailureSchema>;
const QueueSchema = z.record(z.string(), StoredFailureSchema);

export interface FailureInput {
  taskId: number;
  taskTitle: string | null;
  issueKey: string | null;
  kind: FailedTask['kind'];
  reason: string;
  fingerprint: string | null;
  /** When the remote asked for a specific wait (429 Retry-After), use it instead of the backoff. */
  retryAfterSeconds?: number | null;
}

export class FailureQueue {
  private constructor(
    private readonly kv: KvPort,
    private readonly entries: Map<number, StoredFailure>,
    private dirty = false,
  ) {}

  static async load(kv: KvPort): Promise<FailureQueue> {
    const stored = await readRecord(kv, storageKeys.failures, QueueSchema, () => ({}));
    return new FailureQueue(kv, new Map(Object.values(stored).map((entry) => [entry.taskId, entry])));
  }

  list(): StoredFailure[] {
    return [...this.entries.values()].sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
  }

  get(taskId: number): StoredFailure | undefined {
    return this.entries.get(taskId);
  }

  get size(): number {
    return this.entries.size;
  }

  /** True while the task is waiting out its backoff and has not changed since it failed. */
  isBackingOff(taskId: number, fingerprint: string | null, now: Date): boolean {
    const entry = this.entries.get(taskId);
    if (!entry) return false;
    if (fingerprint !== null && entry.fingerprint !== fingerprint) return false;
    return entry.nextRetryAt > now.toISOString();
  }

  record(input: FailureInput, now: Date): StoredFailure {
    const previous = this.entries.get(input.taskId);
    const attempts = (previous?.attempts ?? 0) + 1;
    const backoffMinutes = Math.min(FIRST_RETRY_MINUTES * 2 ** (attempts - 1), MAX_RETRY_MINUTES);
    const waitMs = input.retryAfterSeconds != null ? input.retryAfterSeconds * 1000 : backoffMinutes * 60_000;
    const entry: StoredFailure = {
      taskId: input.taskId,
      taskTitle: input.taskTitle,
      issueKey: input.issueKey ?? previous?.issueKey ?? null,
      kind: input.kind,
      reason: input.reason,
      attempts,
      firstSeenAt: previous?.firstSeenAt ?? now.toISOString(),
      lastSeenAt: now.toISOString(),
      nextRetryAt: new Date(now.getTime() + waitMs).toISOString(),
      fingerprint: input.fingerprint,
    };
    this.entries.set(input.taskId, entry);
    this.dirty = true;
    return entry;
  }

  resolve(taskId: number): void {
    if (this.entries.delete(taskId)) this.dirty = true;
  }

  /** Makes the given tasks (or all) due now; returns how many were affected. */
  makeDue(taskIds: readonly number[] | 'all', now: Date): number {
    const targets =
      taskIds === 'all' ? [...this.entries.keys()] : taskIds.filter((id) => this.entries.has(id));
    for (const taskId of targets) {
      const entry = this.entries.get(taskId);
      if (entry) this.entries.set(taskId, { ...entry, nextRetryAt: now.toISOString() });
    }
    if (targets.length > 0) this.dirty = true;
    return targets.length;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    const kept = this.list().slice(0, MAX_FAILURES);
    await this.kv.set(
      storageKeys.failures,
      Object.fromEntries(kept.map((entry) => [String(entry.taskId), entry])),
    );
    this.dirty = false;
  }
}
