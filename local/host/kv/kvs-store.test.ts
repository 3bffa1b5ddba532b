import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HostCounters } from '../counters';
import { FileKvBackend } from './file-kv-backend';
import type { KvBackend } from './kv-backend';
import { KvsFailure } from './kvs-failure';
import { KvsStore } from './kvs-store';
import { MemoryKvBackend } from './memory-kv-backend';

let dir: string;
let clock: number;

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'kvs-store-'));
  clock = Date.parse('2026-03-01T08:00:00Z');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function storeOver(backend: KvBackend): KvsStore {
  return new KvsStore(backend, () => clock, new HostCounters());
}

async function failureOf(call: Promise<unknown>): Promise<KvsFailure> {
  const error: unknown = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof KvsFailure)) throw new Error('expected a KvsFailure');
  return error;
}

describe.each([
  ['in memory', () => new MemoryKvBackend()],
  ['on disk', () => new FileKvBackend(dir)],
])('the KVS %s', (_name, createBackend) => {
  let store: KvsStore;

  beforeEach(() => {
    store = storeOver(createBackend());
  });

  it('keeps createdAt across overwrites and moves updatedAt', async () => {
    await store.set('kv', 'task', { v: 1 }, {});
    clock += 5_000;
    await store.set('kv', 'task', { v: 2 }, {});
    expect(await store.get('kv', 'task')).toEqual({
      key: 'task',
      value: { v: 2 },
      createdAt: Date.parse('2026-03-01T08:00:00Z'),
      updatedAt: Date.parse('2026-03-01T08:00:05Z'),
    });
  });

  it('refuses FAIL_IF_EXISTS while the key is live, and allows it after the TTL', async () => {
    await store.set('kv', 'lock', 'a', { keyPolicy: 'FAIL_IF_EXISTS', ttlSeconds: 60 });
    expect(await failureOf(store.set('kv', 'lock', 'b', { keyPolicy: 'FAIL_IF_EXISTS' }))).toMatchObject({
      status: 409,
      code: 'KEY_ALREADY_EXISTS',
    });
    clock += 60_000;
    await store.set('kv', 'lock', 'c', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect((await store.get('kv', 'lock'))?.value).toBe('c');
  });

  it('pages a prefix query to the end with cursors, never repeating a key', async () => {
    const keys = Array.from({ length: 23 }, (_, index) => `p:${String(index).padStart(2, '0')}`);
    for (const key of keys) await store.set('kv', key, key, {});
    await store.set('kv', 'q:1', 1, {});
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.query({ prefix: 'p:', limit: 5, ...(cursor === undefined ? {} : { cursor }) });
      seen.push(...page.entries.map((entry) => entry.key));
      cursor = page.cursor;
    } while (cursor !== undefined);
    expect(seen).toEqual(keys);
  });

  it('refuses a cursor it did not issue', async () => {
    expect(await failureOf(store.query({ cursor: 'not-a-cursor' }))).toMatchObject({
      code: 'INVALID_CURSOR',
    });
  });

  it('rolls a transaction back entirely when a value is too big', async () => {
    await store.set('kv', 'keep', 'me', {});
    const failure = await failureOf(
      store.transact({
        sets: [
          { key: 'a', value: 1 },
          { key: 'b', value: 'x'.repeat(250_000) },
        ],
        deletes: ['keep'],
      }),
    );
    expect(failure.code).toBe('MAX_SIZE');
    expect(await store.get('kv', 'a')).toBeUndefined();
    expect((await store.get('kv', 'keep'))?.value).toBe('me');
  });

  it('keeps secrets out of queries and apart from keys of the same name', async () => {
    await store.set('secret', 'token', 's3cret', {});
    await store.set('kv', 'token', 'public', {});
    expect((await store.query({})).entries.map((entry) => entry.value)).toEqual(['public']);
    expect((await store.get('secret', 'token'))?.value).toBe('s3cret');
  });

  it('reports per-key outcomes for a batch and refuses repeated keys as a whole', async () => {
    const outcomes = await store.batchSet([
      { key: 'ok', value: 1 },
      { key: 'x'.repeat(501), value: 2 },
    ]);
    expect(outcomes.map((outcome) => [outcome.key.slice(0, 3), outcome.ok])).toEqual([
      ['ok', true],
      ['xxx', false],
    ]);
    expect(await failureOf(store.batchGet(['ok', 'ok']))).toMatchObject({ code: 'DUPLICATE_KEYS' });
  });
});

describe('two stores sharing one directory (as two processes would)', () => {
  it('see each other’s writes, deletes and keys', async () => {
    const first = storeOver(new FileKvBackend(dir));
    const second = storeOver(new FileKvBackend(dir));
    await first.set('kv', 'Shared Key', { from: 'first' }, {});
    expect((await second.get('kv', 'Shared Key'))?.value).toEqual({ from: 'first' });
    await second.delete('kv', 'Shared Key');
    expect(await first.get('kv', 'Shared Key')).toBeUndefined();
  });

  it('let exactly one of their racing FAIL_IF_EXISTS writers win', async () => {
    const stores = [storeOver(new FileKvBackend(dir)), storeOver(new FileKvBackend(dir))];
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        stores[index % 2]!.set('kv', 'lease', index, { keyPolicy: 'FAIL_IF_EXISTS' }),
      ),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
  });

  it('never expose a half-written file: temp files are not listed and the lock is released', async () => {
    const writer = storeOver(new FileKvBackend(dir));
    const reader = storeOver(new FileKvBackend(dir));
    const big = 'y'.repeat(200_000);
    const writes = Array.from({ length: 10 }, (_, index) => writer.set('kv', 'doc', { index, big }, {}));
    const reads = Array.from({ length: 10 }, () => reader.get('kv', 'doc'));
    const seen = await Promise.all(reads);
    await Promise.all(writes);
    for (const entry of seen) {
      if (entry !== undefined) expect((entry.value as { big: string }).big).toHaveLength(200_000);
    }
    await writer.set('kv', 'other', 1, { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await readdir(dir)).toEqual(['kv']);
    expect((await readdir(path.join(dir, 'kv'))).sort()).toEqual(['doc.json', 'other.json']);
    expect((await reader.query({})).entries.map((entry) => entry.key)).toEqual(['doc', 'other']);
  });
});

describe('liveKeys', () => {
  it('lists the secret area, which queries never show, without expired keys', async () => {
    const store = storeOver(new MemoryKvBackend());
    await store.set('secret', 'b-key', 'x', {});
    await store.set('secret', 'a-key', 'y', {});
    await store.set('secret', 'gone', 'z', { ttlSeconds: 1 });
    await store.set('kv', 'plain', 1, {});
    clock += 2_000;
    expect(await store.liveKeys('secret')).toEqual(['a-key', 'b-key']);
    expect((await store.query({})).entries.map((entry) => entry.key)).toEqual(['plain']);
  });
});
