import { z } from 'zod';
import type { KvPort } from '../platform/ports';
import { storageKeys } from './keys';
import { readRecord } from './json-record';

/**
 * The links task ⇄ issue, with what was last written to the issue (per-field hashes) and the completion state
 * last applied. Stored in a few shards (task id modulo the shard count) rather than one key per task, so a poll
 * of 10,000 unchanged tasks reads about twenty keys and writes none. A shard that grows past
 * SHARD_SOFT_LIMIT_BYTES doubles the shard count (all shards rewritten once), staying under Forge's 240 KiB.
 */
export const LinkStateSchema = z.enum(['active', 'issueDeleted', 'taskVanished', 'unrouted']);
export type LinkState = z.infer<typeof LinkStateSchema>;

export interface Link {
  taskId: number;
  issueId: string;
  issueKey: string;
  ruleId: string;
  /** `PROJECT/issueTypeId` the issue was created in. */
  target: string;
  fingerprint: string;
  fieldHashes: Record<string, string>;
  /** The task completion state the issue reflects. */
  completed: boolean;
  state: LinkState;
}

/** Short property names: links are the bulk of stored bytes. */
const StoredLinkSchema = z.object({
  i: z.string(),
  k: z.string(),
  r: z.string(),
  t: z.string(),
  f: z.string(),
  h: z.record(z.string(), z.string()),
  c: z.boolean(),
  s: LinkStateSchema,
});
type StoredLink = z.infer<typeof StoredLinkSchema>;
const ShardSchema = z.record(z.string(), StoredLinkSchema);
const MetaSchema = z.object({ shardCount: z.number().int().positive() });

const INITIAL_SHARD_COUNT = 16;
export const SHARD_SOFT_LIMIT_BYTES = 160 * 1024;

function toStored(link: Link): StoredLink {
  return {
    i: link.issueId,
    k: link.issueKey,
    r: link.ruleId,
    t: link.target,
    f: link.fingerprint,
    h: link.fieldHashes,
    c: link.completed,
    s: link.state,
  };
}

function fromStored(taskId: number, stored: StoredLink): Link {
  return {
    taskId,
    issueId: stored.i,
    issueKey: stored.k,
    ruleId: stored.r,
    target: stored.t,
    fingerprint: stored.f,
    fieldHashes: stored.h,
    completed: stored.c,
    state: stored.s,
  };
}

export class LinkStore {
  private shardCount = INITIAL_SHARD_COUNT;
  private readonly links = new Map<number, Link>();
  private readonly dirtyShards = new Set<number>();
  private readonly loadedShards = new Set<number>();
  /** Links this store changed since its last flush: only these may overwrite what is stored. */
  private readonly changedTaskIds = new Set<number>();

  /** `partial`: only some shards were loaded (one task's), so the store must never reshard. */
  private constructor(
    private readonly kv: KvPort,
    private readonly partial: boolean,
  ) {}

  static async load(kv: KvPort): Promise<LinkStore> {
    const store = new LinkStore(kv, false);
    store.shardCount = await readShardCount(kv);
    await store.loadShards(Array.from({ length: store.shardCount }, (_, shard) => shard));
    return store;
  }

  /** Loads only the shards holding these tasks: two reads for a Jira event instead of the whole table. */
  static async loadFor(kv: KvPort, taskIds: readonly number[]): Promise<LinkStore> {
    const store = new LinkStore(kv, true);
    store.shardCount = await readShardCount(kv);
    await store.loadShards([...new Set(taskIds.map((taskId) => store.shardOf(taskId)))]);
    return store;
  }

  private async loadShards(shardIndexes: number[]): Promise<void> {
    shardIndexes.forEach((shard) => this.loadedShards.add(shard));
    const keys = shardIndexes.map((shard) => storageKeys.linkShard(shard));
    const shards = await this.kv.getMany(keys);
    const strays: Link[] = [];
    for (const shard of shardIndexes) {
      const key = storageKeys.linkShard(shard);
      const value = shards.get(key);
      if (value === undefined) continue;
      const parsed = ShardSchema.safeParse(value);
      if (!parsed.success)
        throw new Error(`Stored links under "${key}" are damaged: ${parsed.error.message}`);
      for (const [taskId, stored] of Object.entries(parsed.data)) {
        const link = fromStored(Number(taskId), stored);
        if (this.shardOf(link.taskId) === shard) this.links.set(link.taskId, link);
        else if (!this.partial) {
          // Left behind by a reshard that did not finish: the home shard's copy wins; rewrite this shard.
          strays.push(link);
          this.dirtyShards.add(shard);
        }
      }
    }
    for (const link of strays) if (!this.links.has(link.taskId)) this.put(link);
  }

  get size(): number {
    return this.links.size;
  }

  get(taskId: number): Link | undefined {
    return this.links.get(taskId);
  }

  all(): Link[] {
    return [...this.links.values()];
  }

  findByIssueId(issueId: string): Link | undefined {
    return this.all().find((link) => link.issueId === issueId);
  }

  put(link: Link): void {
    const shard = this.shardOf(link.taskId);
    if (!this.loadedShards.has(shard))
      throw new Error(`Link of task ${link.taskId} is outside the loaded shards`);
    this.links.set(link.taskId, link);
    this.dirtyShards.add(shard);
    this.changedTaskIds.add(link.taskId);
  }

  /**
   * Writes the shards changed since the last flush. Call after each batch of Jira writes is durable.
   *
   * A poll holds its copy of every shard for minutes while an issue event, the sweep or another run may store a
   * link in the same shard; writing the old copy back would undo that link (a lost completion, or a forgotten
   * link and then a duplicate issue). So each shard is re-read just before it is written, and only the links
   * this store changed replace the stored ones.
   */
  async flush(): Promise<number> {
    if (this.dirtyShards.size === 0) return 0;
    await this.adoptStoredLinks([...this.dirtyShards]);
    let changed = [...this.dirtyShards];
    let shards = this.buildShards(changed);
    if (!this.partial && shards.some(isOversized)) {
      do {
        this.shardCount *= 2;
        changed = Array.from({ length: this.shardCount }, (_, shard) => shard);
        shards = this.buildShards(changed);
      } while (shards.some(isOversized));
      // The new count is written first: old shards stay readable under it (see load), never the other way round.
      await this.kv.set(storageKeys.linkMeta, { shardCount: this.shardCount });
      // A full store holds every link, so every shard of the new layout is loaded: later puts may land in any.
      changed.forEach((shard) => this.loadedShards.add(shard));
    }
    await this.kv.setMany(
      changed.map((shard, index) => ({ key: storageKeys.linkShard(shard), value: shards[index] })),
    );
    this.dirtyShards.clear();
    this.changedTaskIds.clear();
    return changed.length;
  }

  /** Takes the stored version of every link in these shards that this store did not change itself. */
  private async adoptStoredLinks(shardIndexes: number[]): Promise<void> {
    const stored = await this.kv.getMany(shardIndexes.map((shard) => storageKeys.linkShard(shard)));
    for (const shard of shardIndexes) {
      const parsed = ShardSchema.safeParse(stored.get(storageKeys.linkShard(shard)));
      if (!parsed.success) continue;
      for (const [id, value] of Object.entries(parsed.data)) {
        const taskId = Number(id);
        if (this.shardOf(taskId) !== shard || this.changedTaskIds.has(taskId)) continue;
        // Most stored links are the ones this store already holds: keeping those objects spares a large run
        // from rebuilding every link of every shard at each checkpoint.
        const held = this.links.get(taskId);
        if (!held || !sameLink(held, value)) this.links.set(taskId, fromStored(taskId, value));
      }
    }
  }

  private shardOf(taskId: number): number {
    return Math.abs(taskId) % this.shardCount;
  }

  private buildShards(shardIndexes: number[]): Array<Record<string, StoredLink>> {
    const position = new Map(shardIndexes.map((shard, index) => [shard, index]));
    const shards = shardIndexes.map((): Record<string, StoredLink> => ({}));
    for (const link of this.links.values()) {
      const index = position.get(this.shardOf(link.taskId));
      const shard = index === undefined ? undefined : shards[index];
      if (shard) shard[String(link.taskId)] = toStored(link);
    }
    return shards;
  }
}

async function readShardCount(kv: KvPort): Promise<number> {
  const meta = await readRecord(kv, storageKeys.linkMeta, MetaSchema, () => ({
    shardCount: INITIAL_SHARD_COUNT,
  }));
  return meta.shardCount;
}

function sameLink(link: Link, stored: StoredLink): boolean {
  const hashes = Object.keys(stored.h);
  return (
    link.issueId === stored.i &&
    link.issueKey === stored.k &&
    link.ruleId === stored.r &&
    link.target === stored.t &&
    link.fingerprint === stored.f &&
    link.completed === stored.c &&
    link.state === stored.s &&
    hashes.length === Object.keys(link.fieldHashes).length &&
    hashes.every((field) => link.fieldHashes[field] === stored.h[field])
  );
}

function isOversized(shard: Record<string, StoredLink>): boolean {
  return JSON.stringify(shard).length > SHARD_SOFT_LIMIT_BYTES;
}
