import { z } from 'zod';
import type { KvPort } from '../platform/ports';
import { readRecord } from './json-record';
import { storageKeys } from './keys';

/**
 * Which transition moved an issue of a project and issue type to done (or back to open), as last chosen from
 * Jira's list. Completing 150 tasks then costs 150 transitions and one transition lookup per project and issue
 * type, not 300 requests. Jira checks every transition against the current status: when it refuses a
 * remembered one (someone moved the issue elsewhere), the engine looks the transitions up as before.
 */
const CacheSchema = z.record(z.string(), z.object({ id: z.string(), t: z.number() }));
const ENTRY_TTL_MS = 7 * 24 * 3600_000;

export class TransitionCache {
  private dirty = false;

  private constructor(
    private readonly kv: KvPort,
    private readonly entries: Map<string, { id: string; t: number }>,
  ) {}

  static async load(kv: KvPort): Promise<TransitionCache> {
    const stored = await readRecord(kv, storageKeys.transitionCache, CacheSchema, () => ({}));
    return new TransitionCache(kv, new Map(Object.entries(stored)));
  }

  /** `target` is `PROJECT/issueTypeId`; then the direction and the status the admin configured for it, if any. */
  static keyOf(target: string, direction: string, configuredStatus: string | null): string {
    return `${target}|${direction}|${configuredStatus ?? ''}`;
  }

  get(key: string, now: Date): string | null {
    const entry = this.entries.get(key);
    return entry && now.getTime() - entry.t < ENTRY_TTL_MS ? entry.id : null;
  }

  remember(key: string, transitionId: string, now: Date): void {
    if (this.entries.get(key)?.id === transitionId) return;
    this.entries.set(key, { id: transitionId, t: now.getTime() });
    this.dirty = true;
  }

  forget(key: string): void {
    if (this.entries.delete(key)) this.dirty = true;
  }

  async save(): Promise<void> {
    if (!this.dirty) return;
    await this.kv.set(storageKeys.transitionCache, Object.fromEntries(this.entries));
    this.dirty = false;
  }
}
