import { z } from 'zod';
import { UnmatchedUserSchema, type UnmatchedUser } from '../config/records';
import type { KvPort } from '../platform/ports';
import { readRecord } from './json-record';
import { storageKeys } from './keys';

/**
 * Email → Jira accountId, cached across runs (hits for a week, misses for a day) so that assignee mapping costs
 * one user search per person, not one per task and poll. Misses feed the unmatched-users report.
 */
const HIT_TTL_MS = 7 * 24 * 3600_000;
const MISS_TTL_MS = 24 * 3600_000;
const CacheSchema = z.record(z.string(), z.object({ a: z.string().nullable(), t: z.number() }));
const UnmatchedSchema = z.array(UnmatchedUserSchema);

export type FindUserByEmail = (email: string) => Promise<string | null>;

export class UserDirectory {
  private dirty = false;
  private readonly unmatchedCounts = new Map<string, number>();

  private constructor(
    private readonly kv: KvPort,
    private readonly cache: z.infer<typeof CacheSchema>,
    private readonly findUserByEmail: FindUserByEmail,
  ) {}

  static async load(kv: KvPort, findUserByEmail: FindUserByEmail): Promise<UserDirectory> {
    const cache = await readRecord(kv, storageKeys.userCache, CacheSchema, () => ({}));
    return new UserDirectory(kv, cache, findUserByEmail);
  }

  async resolve(emails: readonly string[], now: Date): Promise<Map<string, string | null>> {
    const resolved = new Map<string, string | null>();
    for (const email of new Set(emails.map((e) => e.trim().toLowerCase()).filter((e) => e.length > 0))) {
      resolved.set(email, await this.lookup(email, now.getTime()));
    }
    return resolved;
  }

  noteUnmatched(emails: readonly string[]): void {
    for (const email of emails) this.unmatchedCounts.set(email, (this.unmatchedCounts.get(email) ?? 0) + 1);
  }

  unmatched(): Map<string, number> {
    return new Map(this.unmatchedCounts);
  }

  /** Stores what was learnt so far, so a run that fails later does not search for these people again. */
  async saveCache(): Promise<void> {
    if (!this.dirty) return;
    await this.kv.set(storageKeys.userCache, this.cache);
    this.dirty = false;
  }

  async save(now: Date): Promise<void> {
    await this.saveCache();
    if (this.unmatchedCounts.size > 0) {
      const previous = await readUnmatchedUsers(this.kv);
      const merged = new Map(previous.map((user) => [user.email, user]));
      for (const [email, taskCount] of this.unmatchedCounts) {
        merged.set(email, { email, taskCount, lastSeenAt: now.toISOString() });
      }
      await this.kv.set(storageKeys.unmatchedUsers, [...merged.values()].slice(-200));
    }
  }

  private async lookup(email: string, now: number): Promise<string | null> {
    const cached = this.cache[email];
    if (cached && now - cached.t < (cached.a === null ? MISS_TTL_MS : HIT_TTL_MS)) return cached.a;
    const accountId = await this.findUserByEmail(email);
    this.cache[email] = { a: accountId, t: now };
    this.dirty = true;
    return accountId;
  }
}

export function readUnmatchedUsers(kv: KvPort): Promise<UnmatchedUser[]> {
  return readRecord(kv, storageKeys.unmatchedUsers, UnmatchedSchema, () => []);
}
