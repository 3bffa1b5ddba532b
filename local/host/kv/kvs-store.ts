import { z } from 'zod';
import type { HostCounters } from '../counters';
import type { KvBackend, KvNamespace, KvRecord } from './kv-backend';
import { KvsErrorCode, KvsFailure } from './kvs-failure';
import { kvsLimits, serialiseValue, validateKey } from './kvs-limits';

/** One stored key as the KVS service returns it. */
export interface KvsEntry {
  key: string;
  value: unknown;
  createdAt: number;
  updatedAt: number;
  expireTime?: string;
}

export interface KvsSetPolicy {
  ttlSeconds?: number;
  keyPolicy?: 'OVERRIDE' | 'FAIL_IF_EXISTS';
  returnValue?: 'PREVIOUS' | 'LATEST';
}

export interface KvsQuery {
  prefix?: string;
  cursor?: string;
  limit?: number;
}

export interface KvsPage {
  entries: KvsEntry[];
  cursor?: string;
}

export type KvsItemOutcome<T> =
  { key: string; ok: true; result: T } | { key: string; ok: false; failure: KvsFailure };

export interface KvsTransaction {
  sets: { key: string; value: unknown; ttlSeconds?: number }[];
  deletes: string[];
}

/**
 * Forge's key-value semantics over a backend: expired keys are invisible, FAIL_IF_EXISTS is a create-if-absent,
 * OVERRIDE can return the previous or the latest value, queries page by key prefix with an opaque cursor,
 * batches are partial (per-key outcomes) and transactions are all-or-nothing. Limits throw `KvsFailure`.
 */
export class KvsStore {
  constructor(
    private readonly backend: KvBackend,
    private readonly now: () => number,
    private readonly counters: HostCounters,
  ) {}

  /** Every live key of a namespace, in key order: for tests that inspect the secret area, which no query lists. */
  async liveKeys(namespace: KvNamespace): Promise<string[]> {
    const keys = (await this.backend.listKeys(namespace)).sort(compareKeys);
    const live = await Promise.all(
      keys.map(async (key) =>
        this.live(await this.backend.read(namespace, key)) === undefined ? null : key,
      ),
    );
    return live.filter((key): key is string => key !== null);
  }

  async get(namespace: KvNamespace, key: string): Promise<KvsEntry | undefined> {
    validateKey(key);
    const record = this.live(await this.backend.read(namespace, key));
    if (record === undefined) return undefined;
    this.counters.kvsRead(Buffer.byteLength(record.json));
    return toEntry(key, record);
  }

  async set(
    namespace: KvNamespace,
    key: string,
    value: unknown,
    policy: KvsSetPolicy,
  ): Promise<KvsEntry | undefined> {
    validateKey(key);
    const json = serialiseValue(key, value);
    const needsConsistentRead = policy.keyPolicy === 'FAIL_IF_EXISTS' || policy.returnValue !== undefined;
    const write = () => this.writeChecked(namespace, key, json, policy);
    return needsConsistentRead ? this.backend.exclusive(write) : write();
  }

  async delete(namespace: KvNamespace, key: string): Promise<boolean> {
    validateKey(key);
    const existed = this.live(await this.backend.read(namespace, key)) !== undefined;
    await this.backend.remove(namespace, key);
    if (existed) this.counters.kvsDelete();
    return existed;
  }

  async query(query: KvsQuery): Promise<KvsPage> {
    const limit = checkedQueryLimit(query.limit);
    const prefix = query.prefix ?? '';
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
    const candidates = (await this.backend.listKeys('kv'))
      .filter((key) => key.startsWith(prefix) && (after === undefined || key > after))
      .sort(compareKeys);
    const entries: KvsEntry[] = [];
    let position = 0;
    while (position < candidates.length && entries.length < limit) {
      const key = candidates[position] as string;
      position += 1;
      const record = this.live(await this.backend.read('kv', key));
      if (record !== undefined) entries.push(toEntry(key, record));
    }
    const bytesRead = entries.reduce(
      (total, entry) => total + Buffer.byteLength(JSON.stringify(entry.value)),
      0,
    );
    this.counters.kvsQuery(bytesRead);
    const last = entries.at(-1);
    return position < candidates.length && last !== undefined
      ? { entries, cursor: encodeCursor(last.key) }
      : { entries };
  }

  async batchGet(keys: readonly string[]): Promise<KvsItemOutcome<KvsEntry>[]> {
    checkBatch(keys);
    return await Promise.all(
      keys.map((key) =>
        outcomeOf(key, async () => {
          const entry = await this.get('kv', key);
          if (entry === undefined)
            throw new KvsFailure(404, KvsErrorCode.keyNotFound, `Key "${key}" does not exist.`);
          return entry;
        }),
      ),
    );
  }

  async batchSet(
    items: readonly { key: string; value: unknown; ttlSeconds?: number }[],
  ): Promise<KvsItemOutcome<null>[]> {
    checkBatch(items.map((item) => item.key));
    return await Promise.all(
      items.map((item) =>
        outcomeOf(item.key, async () => {
          const policy = item.ttlSeconds === undefined ? {} : { ttlSeconds: item.ttlSeconds };
          await this.set('kv', item.key, item.value, policy);
          return null;
        }),
      ),
    );
  }

  async batchDelete(keys: readonly string[]): Promise<KvsItemOutcome<null>[]> {
    checkBatch(keys);
    return await Promise.all(
      keys.map((key) =>
        outcomeOf(key, async () => {
          await this.delete('kv', key);
          return null;
        }),
      ),
    );
  }

  async transact(transaction: KvsTransaction): Promise<void> {
    const keys = [...transaction.sets.map((set) => set.key), ...transaction.deletes];
    checkTransaction(keys);
    keys.forEach(validateKey);
    const writes = transaction.sets.map((set) => ({ ...set, json: serialiseValue(set.key, set.value) }));
    await this.backend.exclusive(async () => {
      for (const write of writes) {
        const policy = write.ttlSeconds === undefined ? {} : { ttlSeconds: write.ttlSeconds };
        await this.writeChecked('kv', write.key, write.json, policy);
      }
      for (const key of transaction.deletes) await this.delete('kv', key);
    });
  }

  private async writeChecked(
    namespace: KvNamespace,
    key: string,
    json: string,
    policy: KvsSetPolicy,
  ): Promise<KvsEntry | undefined> {
    const previous = this.live(await this.backend.read(namespace, key));
    if (previous !== undefined && policy.keyPolicy === 'FAIL_IF_EXISTS') {
      throw new KvsFailure(
        409,
        KvsErrorCode.keyAlreadyExists,
        `Key "${key}" already exists (keyPolicy FAIL_IF_EXISTS).`,
      );
    }
    const now = this.now();
    const record: KvRecord = {
      json,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
      ...(policy.ttlSeconds === undefined ? {} : { expiresAt: now + policy.ttlSeconds * 1000 }),
    };
    await this.backend.write(namespace, key, record);
    this.counters.kvsWrite(Buffer.byteLength(json));
    if (policy.returnValue === 'LATEST') return toEntry(key, record);
    if (policy.returnValue === 'PREVIOUS' && previous !== undefined) return toEntry(key, previous);
    return undefined;
  }

  private live(record: KvRecord | undefined): KvRecord | undefined {
    if (record?.expiresAt !== undefined && record.expiresAt <= this.now()) return undefined;
    return record;
  }
}

function toEntry(key: string, record: KvRecord): KvsEntry {
  return {
    key,
    value: JSON.parse(record.json) as unknown,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.expiresAt === undefined ? {} : { expireTime: new Date(record.expiresAt).toISOString() }),
  };
}

async function outcomeOf<T>(key: string, work: () => Promise<T>): Promise<KvsItemOutcome<T>> {
  try {
    return { key, ok: true, result: await work() };
  } catch (error) {
    if (error instanceof KvsFailure) return { key, ok: false, failure: error };
    throw error;
  }
}

function checkedQueryLimit(limit: number | undefined): number {
  if (limit === undefined) return kvsLimits.defaultQueryLimit;
  if (!Number.isInteger(limit) || limit < 1 || limit > kvsLimits.maxQueryLimit) {
    throw new KvsFailure(
      400,
      KvsErrorCode.listQueryLimitExceeded,
      `Limit for list query should be below 100 (and at least 1); got ${limit}.`,
    );
  }
  return limit;
}

function checkBatch(keys: readonly string[]): void {
  if (keys.length === 0)
    throw new KvsFailure(400, KvsErrorCode.emptyBatch, 'A batch operation needs at least one key.');
  if (keys.length > kvsLimits.maxBatchItems) {
    throw new KvsFailure(
      400,
      KvsErrorCode.batchLimitExceeded,
      `A batch operation can contain at most ${kvsLimits.maxBatchItems} keys; this one has ${keys.length}.`,
    );
  }
  checkUnique(keys, 'batch operation');
}

function checkTransaction(keys: readonly string[]): void {
  if (keys.length === 0) {
    throw new KvsFailure(400, KvsErrorCode.emptyTransaction, 'A transaction needs at least one operation.');
  }
  if (keys.length > kvsLimits.maxTransactionOperations) {
    throw new KvsFailure(
      400,
      KvsErrorCode.transactionLimitExceeded,
      `A transaction can contain at most ${kvsLimits.maxTransactionOperations} operations; this one has ${keys.length}.`,
    );
  }
  checkUnique(keys, 'transaction');
}

function checkUnique(keys: readonly string[], what: string): void {
  const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
  if (duplicates.length > 0) {
    throw new KvsFailure(
      400,
      KvsErrorCode.duplicateKeys,
      `Each key may appear once per ${what}; repeated: ${[...new Set(duplicates)].join(', ')}.`,
    );
  }
}

function compareKeys(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

function encodeCursor(lastKey: string): string {
  return Buffer.from(JSON.stringify({ after: lastKey })).toString('base64url');
}

const CursorSchema = z.object({ after: z.string() });

function decodeCursor(cursor: string): string {
  try {
    return CursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))).after;
  } catch {
    // A cursor this host did not issue: refused below.
  }
  throw new KvsFailure(
    400,
    KvsErrorCode.invalidCursor,
    `The cursor ${JSON.stringify(cursor)} was not issued by this store.`,
  );
}
