import { z } from 'zod';
import {
  TaskSnapshotSchema,
  TrailEventSchema,
  type TaskRecord,
  type TaskSnapshot,
  type TrailEvent,
} from '../config/task-trail';
import type { KvPort } from '../platform/ports';
import { storageKeys } from './keys';

/**
 * The per-task trail and snapshot, in TRAIL_SHARD_COUNT keys (task id modulo the count), like the links. Events
 * are collected in memory and written by `flush`, which the engine calls at the last checkpoint of each
 * invocation: a poll that changed nothing records nothing and touches no key, and a poll that changed 100 tasks
 * reads and writes at most one key per shard they fall in.
 *
 * Retention: the newest MAX_EVENTS_PER_TASK events per task; a shard over SHARD_LIMIT_BYTES loses its oldest
 * events first (whichever task they belong to), then the snapshots of the tasks least recently active.
 */
export const TRAIL_SHARD_COUNT = 64;
export const MAX_EVENTS_PER_TASK = 20;
export const SHARD_LIMIT_BYTES = 150 * 1024;
const FLUSH_GROUP = 8;

const StoredEntrySchema = z.object({
  k: z.string().nullable(),
  s: TaskSnapshotSchema.nullable(),
  e: z.array(TrailEventSchema),
});
type StoredEntry = z.infer<typeof StoredEntrySchema>;
const ShardSchema = z.record(z.string(), StoredEntrySchema);
type Shard = Record<string, StoredEntry>;

interface Pending {
  issueKey: string | null;
  snapshot: TaskSnapshot | null;
  /** Set when the task was completed or reopened from Jira: the stored snapshot follows. */
  completed: boolean | null;
  events: TrailEvent[];
}

export function trailShardOf(taskId: number): number {
  return Math.abs(taskId) % TRAIL_SHARD_COUNT;
}

export class TaskTrail {
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly kv: KvPort) {}

  /** Adds an event to the task's trail (written at the next flush). */
  note(taskId: number, event: TrailEvent): void {
    const entry = this.entryFor(taskId);
    entry.events.push(event);
    if (event.issueKey !== null) entry.issueKey = event.issueKey;
  }

  /** Replaces the task's snapshot (written at the next flush). */
  remember(taskId: number, snapshot: TaskSnapshot): void {
    this.entryFor(taskId).snapshot = snapshot;
  }

  /** Records that the task is now completed (or open) in PeopleForce, without a fresh snapshot. */
  markCompleted(taskId: number, completed: boolean): void {
    this.entryFor(taskId).completed = completed;
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  /**
   * Merges what was noted into the stored shards: one read and one write per shard touched, none if idle.
   * Shards go FLUSH_GROUP at a time, so a run that touched every shard never holds them all in memory at once.
   */
  async flush(): Promise<number> {
    if (this.pending.size === 0) return 0;
    const byShard = new Map<number, number[]>();
    for (const taskId of this.pending.keys()) {
      const shard = trailShardOf(taskId);
      const taskIds = byShard.get(shard);
      if (taskIds) taskIds.push(taskId);
      else byShard.set(shard, [taskId]);
    }
    const shards = [...byShard.keys()];
    for (let start = 0; start < shards.length; start += FLUSH_GROUP) {
      const group = shards.slice(start, start + FLUSH_GROUP);
      const stored = await readShards(this.kv, group);
      const entries = group.map((shard) => {
        const merged = { ...(stored.get(shard) ?? {}) };
        for (const taskId of byShard.get(shard) ?? []) {
          const pending = this.pending.get(taskId);
          if (pending) merged[String(taskId)] = mergeEntry(merged[String(taskId)], pending);
        }
        return { key: storageKeys.trailShard(shard), value: fitShard(merged) };
      });
      await this.kv.setMany(entries);
      for (const shard of group) for (const taskId of byShard.get(shard) ?? []) this.pending.delete(taskId);
    }
    return shards.length;
  }

  private entryFor(taskId: number): Pending {
    let entry = this.pending.get(taskId);
    if (!entry) {
      entry = { issueKey: null, snapshot: null, completed: null, events: [] };
      this.pending.set(taskId, entry);
    }
    return entry;
  }
}

function mergeEntry(stored: StoredEntry | undefined, pending: Pending): StoredEntry {
  const newestFirst = [...pending.events].reverse();
  const snapshot = pending.snapshot ?? stored?.s ?? null;
  return {
    k: pending.issueKey ?? stored?.k ?? null,
    s: snapshot && pending.completed !== null ? { ...snapshot, completed: pending.completed } : snapshot,
    e: [...newestFirst, ...(stored?.e ?? [])].slice(0, MAX_EVENTS_PER_TASK),
  };
}

/**
 * Trims a shard to SHARD_LIMIT_BYTES: the oldest events go first, then the least recently active snapshots.
 * Sizes are kept as a running total (what each removal takes off), so a large trim stays linear; one final
 * measure catches what the running total missed.
 */
export function fitShard(shard: Shard): Shard {
  let size = sizeOf(shard);
  if (size <= SHARD_LIMIT_BYTES) return shard;
  const trimmed: Shard = Object.fromEntries(
    Object.entries(shard).map(([taskId, entry]) => [taskId, { ...entry, e: [...entry.e] }]),
  );
  const oldestFirst = Object.entries(trimmed)
    .flatMap(([taskId, entry]) => entry.e.map((event) => ({ taskId, at: event.at })))
    .sort((a, b) => a.at.localeCompare(b.at));
  for (const { taskId } of oldestFirst) {
    if (size <= SHARD_LIMIT_BYTES) break;
    // Each task's events are newest first, so its last one is the oldest left.
    const removed = trimmed[taskId]?.e.pop();
    if (removed !== undefined) size -= JSON.stringify(removed).length + 1;
  }
  const leastRecentFirst = Object.entries(trimmed).sort(([, a], [, b]) =>
    (a.s?.takenAt ?? '').localeCompare(b.s?.takenAt ?? ''),
  );
  for (const [taskId, entry] of leastRecentFirst) {
    if (size <= SHARD_LIMIT_BYTES) break;
    Reflect.deleteProperty(trimmed, taskId);
    size -= JSON.stringify({ [taskId]: entry }).length - 1;
  }
  return sizeOf(trimmed) <= SHARD_LIMIT_BYTES ? trimmed : fitShard(trimmed);
}

function sizeOf(shard: Shard): number {
  return JSON.stringify(shard).length;
}

async function readShards(kv: KvPort, shards: readonly number[]): Promise<Map<number, Shard>> {
  const values = await kv.getMany(shards.map((shard) => storageKeys.trailShard(shard)));
  const result = new Map<number, Shard>();
  for (const shard of shards) {
    const key = storageKeys.trailShard(shard);
    const value = values.get(key);
    if (value === undefined) continue;
    const parsed = ShardSchema.safeParse(value);
    // A damaged shard must not stop the sync that writes it: it is started again, and the log says so upstream.
    result.set(shard, parsed.success ? parsed.data : {});
  }
  return result;
}

function toRecord(taskId: number, entry: StoredEntry): TaskRecord {
  return { taskId, issueKey: entry.k, snapshot: entry.s, events: entry.e };
}

/** One task's record: one KVS read. */
export async function readTaskRecord(kv: KvPort, taskId: number): Promise<TaskRecord | null> {
  const shard = (await readShards(kv, [trailShardOf(taskId)])).get(trailShardOf(taskId));
  const entry = shard?.[String(taskId)];
  return entry ? toRecord(taskId, entry) : null;
}

/** Every stored record, for the admin's search: TRAIL_SHARD_COUNT reads. */
export async function readAllTaskRecords(kv: KvPort): Promise<TaskRecord[]> {
  const shards = await readShards(
    kv,
    Array.from({ length: TRAIL_SHARD_COUNT }, (_, shard) => shard),
  );
  return [...shards.values()].flatMap((shard) =>
    Object.entries(shard).map(([taskId, entry]) => toRecord(Number(taskId), entry)),
  );
}
