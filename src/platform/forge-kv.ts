import { kvs, WhereConditions, type BatchItemError } from '@forge/kvs';
import { z } from 'zod';
import { ForgeKvError, withKvErrors } from './forge-kv-error';
import type { KvEntry, KvPort, SetOptions } from './ports';

/** Forge accepts at most 25 keys per batch call and a query page size below 100. */
const BATCH_SIZE = 25;
const PAGE_SIZE = 99;
const KEY_ALREADY_EXISTS = 'KEY_ALREADY_EXISTS';
const KEY_NOT_FOUND = 'KEY_NOT_FOUND';

/** The KV port over `@forge/kvs`. */
export function createForgeKv(): KvPort {
  return {
    get: (key) => withKvErrors(`get "${key}"`, () => kvs.get<unknown>(key)),
    set: setValue,
    delete: (key) => withKvErrors(`delete "${key}"`, () => kvs.delete(key)),
    getMany,
    setMany,
    deleteMany,
    listByPrefix,
    getSecret,
    setSecret: (key, value) => withKvErrors(`setSecret "${key}"`, () => kvs.setSecret(key, value)),
    deleteSecret: (key) => withKvErrors(`deleteSecret "${key}"`, () => kvs.deleteSecret(key)),
  };
}

async function setValue(key: string, value: unknown, options: SetOptions = {}): Promise<boolean> {
  // Forge takes whole seconds; rounding up never shortens a lease.
  const ttl =
    options.ttlSeconds === undefined
      ? {}
      : { ttl: { value: Math.ceil(options.ttlSeconds), unit: 'SECONDS' as const } };
  try {
    await withKvErrors(`set "${key}"`, () =>
      options.failIfExists === true
        ? kvs.set(key, value, { ...ttl, keyPolicy: 'FAIL_IF_EXISTS' })
        : kvs.set(key, value, ttl),
    );
    return true;
  } catch (error) {
    if (options.failIfExists === true && error instanceof ForgeKvError && error.code === KEY_ALREADY_EXISTS)
      return false;
    throw error;
  }
}

async function getMany(keys: readonly string[]): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  for (const chunk of chunks(unique(keys))) {
    const result = await withKvErrors(`batchGet of ${chunk.length} keys`, () =>
      kvs.batchGet<unknown>(chunk.map((key) => ({ key }))),
    );
    throwOnFailures(
      'batchGet',
      result.failedKeys.filter((failed) => failed.error.code !== KEY_NOT_FOUND),
    );
    for (const item of result.successfulKeys) found.set(item.key, item.value);
  }
  return found;
}

async function setMany(entries: readonly KvEntry[]): Promise<void> {
  // A batch fails whole on a repeated key; the last write of a key is the one that counts.
  const latest = [...new Map(entries.map((entry) => [entry.key, entry.value])).entries()];
  for (const chunk of chunks(latest)) {
    const result = await withKvErrors(`batchSet of ${chunk.length} keys`, () =>
      kvs.batchSet(chunk.map(([key, value]) => ({ key, value }))),
    );
    throwOnFailures('batchSet', result.failedKeys);
  }
}

async function deleteMany(keys: readonly string[]): Promise<void> {
  for (const chunk of chunks(unique(keys))) {
    const result = await withKvErrors(`batchDelete of ${chunk.length} keys`, () =>
      kvs.batchDelete(chunk.map((key) => ({ key }))),
    );
    throwOnFailures(
      'batchDelete',
      result.failedKeys.filter((failed) => failed.error.code !== KEY_NOT_FOUND),
    );
  }
}

async function listByPrefix(prefix: string): Promise<KvEntry[]> {
  const entries: KvEntry[] = [];
  const seenCursors = new Set<string>();
  let cursor: string | undefined;
  do {
    let query = kvs.query().limit(PAGE_SIZE);
    if (prefix !== '') query = query.where('key', WhereConditions.beginsWith(prefix));
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await withKvErrors(`query "${prefix}*"`, () => query.getMany<unknown>());
    entries.push(...page.results.map(({ key, value }) => ({ key, value })));
    cursor = page.nextCursor === '' ? undefined : page.nextCursor;
    if (cursor !== undefined && seenCursors.has(cursor)) {
      throw new ForgeKvError(
        `query "${prefix}*"`,
        500,
        'CURSOR_REPEATED',
        'the store returned the same cursor twice',
      );
    }
    if (cursor !== undefined) seenCursors.add(cursor);
  } while (cursor !== undefined);
  return entries;
}

async function getSecret(key: string): Promise<string | undefined> {
  const stored = await withKvErrors(`getSecret "${key}"`, () => kvs.getSecret<unknown>(key));
  const parsed = z.string().optional().safeParse(stored);
  if (!parsed.success) {
    throw new ForgeKvError(
      `getSecret "${key}"`,
      200,
      'SECRET_NOT_A_STRING',
      'the stored secret is not a string',
    );
  }
  return parsed.data;
}

function throwOnFailures(operation: string, failures: readonly BatchItemError[]): void {
  const [first] = failures;
  if (first === undefined) return;
  const keys = failures.map((failure) => `${failure.key} (${failure.error.code})`).join(', ');
  throw new ForgeKvError(operation, 400, first.error.code, `${failures.length} key(s) failed: ${keys}`);
}

function unique(keys: readonly string[]): string[] {
  return [...new Set(keys)];
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += BATCH_SIZE)
    result.push(items.slice(start, start + BATCH_SIZE));
  return result;
}
