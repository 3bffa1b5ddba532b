import { ForgeKvsAPIError, kvs, WhereConditions } from '@forge/kvs';
import type { LocalHost } from '../../local/host/local-host';
import { createFixtureHost } from '../fixtures/host-app/fixture-host';

/** The real @forge/kvs against the local host: Forge's semantics, limits and error codes. */
let clock = Date.parse('2026-01-05T10:00:00Z');
let host: LocalHost;

beforeEach(() => {
  clock = Date.parse('2026-01-05T10:00:00Z');
  host = createFixtureHost({ now: () => clock });
});

afterEach(async () => {
  await host.close();
});

async function kvsErrorOf(
  call: Promise<unknown>,
): Promise<{ code: string; status: number; message: string }> {
  const error: unknown = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ForgeKvsAPIError))
    throw new Error(`expected ForgeKvsAPIError, got ${String(error)}`);
  return { code: error.code, status: error.responseDetails.status, message: error.message };
}

describe('get, set and delete', () => {
  it('round-trips JSON values and reports missing keys as undefined', async () => {
    await kvs.set('task:1', { title: 'Laptop', due: '2026-01-09', tags: ['it'] });
    expect(await kvs.get('task:1')).toEqual({ title: 'Laptop', due: '2026-01-09', tags: ['it'] });
    await kvs.delete('task:1');
    expect(await kvs.get('task:1')).toBeUndefined();
    await expect(kvs.delete('task:1')).resolves.toBeUndefined();
  });

  it('returns metadata fields when asked', async () => {
    await kvs.set('meta', 1, { ttl: { value: 2, unit: 'MINUTES' } });
    clock += 1000;
    await kvs.set('meta', 2, { ttl: { value: 2, unit: 'MINUTES' } });
    const result = await kvs.get('meta', {
      metadataFields: ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'] as never,
    });
    expect(result).toEqual({
      key: 'meta',
      value: 2,
      createdAt: Date.parse('2026-01-05T10:00:00Z'),
      updatedAt: Date.parse('2026-01-05T10:00:01Z'),
      expireTime: '2026-01-05T10:02:01.000Z',
    });
  });
});

describe('key policies', () => {
  it('refuses FAIL_IF_EXISTS on an existing key with 409 KEY_ALREADY_EXISTS and keeps the first value', async () => {
    await kvs.set('lock', { owner: 'a' }, { keyPolicy: 'FAIL_IF_EXISTS' });
    const refusal = await kvsErrorOf(kvs.set('lock', { owner: 'b' }, { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect(refusal).toMatchObject({ code: 'KEY_ALREADY_EXISTS', status: 409 });
    expect(await kvs.get('lock')).toEqual({ owner: 'a' });
  });

  it('lets exactly one of many concurrent FAIL_IF_EXISTS writers win', async () => {
    const attempts = await Promise.allSettled(
      Array.from({ length: 10 }, (_, index) => kvs.set('race', index, { keyPolicy: 'FAIL_IF_EXISTS' })),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
  });

  it('returns the previous or the latest value with OVERRIDE', async () => {
    expect(await kvs.set('counter', 1, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toBeUndefined();
    expect(await kvs.set('counter', 2, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' })).toEqual({
      key: 'counter',
      value: 1,
    });
    expect(await kvs.set('counter', 3, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' })).toEqual({
      key: 'counter',
      value: 3,
    });
  });
});

describe('time to live', () => {
  it('hides a key once its TTL has passed, and lets FAIL_IF_EXISTS take it again', async () => {
    await kvs.set('lease', 'first', { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: 30, unit: 'SECONDS' } });
    clock += 29_000;
    expect(await kvs.get('lease')).toBe('first');
    clock += 1_000;
    expect(await kvs.get('lease')).toBeUndefined();
    await kvs.set('lease', 'second', { keyPolicy: 'FAIL_IF_EXISTS' });
    expect(await kvs.get('lease')).toBe('second');
  });
});

describe('queries', () => {
  it('pages through a prefix with cursors in key order, skipping other prefixes and expired keys', async () => {
    for (let index = 0; index < 25; index += 1) {
      await kvs.set(`link:${String(index).padStart(3, '0')}`, index);
    }
    await kvs.set('other:1', 'x');
    await kvs.set('link:999', 'soon gone', { ttl: { value: 1, unit: 'SECONDS' } });
    clock += 2_000;
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      let query = kvs.query().where('key', WhereConditions.beginsWith('link:')).limit(10);
      if (cursor !== undefined) query = query.cursor(cursor);
      const page = await query.getMany<number>();
      seen.push(...page.results.map((result) => result.key));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== undefined);
    expect(seen).toEqual(Array.from({ length: 25 }, (_, index) => `link:${String(index).padStart(3, '0')}`));
    expect(pages).toBe(3);
  });

  it('refuses a page size of 100 or more with LIST_QUERY_LIMIT_EXCEEDED', async () => {
    const refusal = await kvsErrorOf(kvs.query().limit(100).getMany());
    expect(refusal).toMatchObject({ code: 'LIST_QUERY_LIMIT_EXCEEDED', status: 400 });
    await expect(kvs.query().limit(99).getMany()).resolves.toEqual({ results: [] });
  });

  it('returns ten results by default', async () => {
    for (let index = 0; index < 12; index += 1) await kvs.set(`k${String(index).padStart(2, '0')}`, index);
    const page = await kvs.query().getMany();
    expect(page.results).toHaveLength(10);
    expect(page.nextCursor).toEqual(expect.any(String));
  });
});

describe('batches', () => {
  it('sets, gets and deletes up to 25 keys, reporting missing keys as failed', async () => {
    const items = Array.from({ length: 25 }, (_, index) => ({ key: `b:${index}`, value: { index } }));
    const setResult = await kvs.batchSet(items);
    expect(setResult.successfulKeys).toHaveLength(25);
    const getResult = await kvs.batchGet([{ key: 'b:3' }, { key: 'b:missing' }]);
    expect(getResult.successfulKeys).toEqual([expect.objectContaining({ key: 'b:3', value: { index: 3 } })]);
    expect(getResult.failedKeys).toEqual([
      { key: 'b:missing', error: { code: 'KEY_NOT_FOUND', message: 'Key "b:missing" does not exist.' } },
    ]);
    await kvs.batchDelete(items.map(({ key }) => ({ key })));
    expect(await kvs.get('b:3')).toBeUndefined();
  });

  it('refuses a 26-key batch as a whole', async () => {
    const items = Array.from({ length: 26 }, (_, index) => ({ key: `b:${index}`, value: index }));
    expect(await kvsErrorOf(kvs.batchSet(items))).toMatchObject({
      code: 'BATCH_LIMIT_EXCEEDED',
      status: 400,
    });
    expect(await kvs.get('b:0')).toBeUndefined();
  });

  it('fails only the items that break a limit', async () => {
    const result = await kvs.batchSet([
      { key: 'fine', value: 1 },
      { key: 'bad/key', value: 2 },
    ]);
    expect(result.successfulKeys).toEqual([{ key: 'fine' }]);
    expect(result.failedKeys).toEqual([
      { key: 'bad/key', error: expect.objectContaining({ code: 'INVALID_KEY' }) as unknown },
    ]);
  });
});

describe('key and value limits', () => {
  it.each([
    ['an empty key', 'KEY_TOO_SHORT', ''],
    ['a 501-character key', 'KEY_TOO_LONG', 'k'.repeat(501)],
    ['a key with a slash', 'INVALID_KEY', 'tasks/1'],
    ['a key of only spaces', 'INVALID_KEY', '   '],
  ])('refuses %s with %s', async (_title, code, key) => {
    expect(await kvsErrorOf(kvs.set(key, 1))).toMatchObject({ code, status: 400 });
  });

  it('accepts a 500-character key using every allowed character class', async () => {
    const key = `a-Z_0.9:# ${'x'.repeat(490)}`;
    await kvs.set(key, 'ok');
    expect(await kvs.get(key)).toBe('ok');
  });

  it('refuses a value over 240 KiB with MAX_SIZE and accepts one just under', async () => {
    const refusal = await kvsErrorOf(kvs.set('big', 'x'.repeat(240 * 1024)));
    expect(refusal).toMatchObject({ code: 'MAX_SIZE', status: 400 });
    await kvs.set('big', 'x'.repeat(240 * 1024 - 2));
    expect(((await kvs.get('big')) as string).length).toBe(240 * 1024 - 2);
  });

  it('refuses a value nested deeper than 32 levels with MAX_DEPTH', async () => {
    let nested: unknown = 'leaf';
    for (let level = 0; level < 33; level += 1) nested = { nested };
    expect(await kvsErrorOf(kvs.set('deep', nested))).toMatchObject({ code: 'MAX_DEPTH', status: 400 });
  });
});

describe('secrets', () => {
  it('keeps secrets apart from keys: not readable with get, not listed by queries', async () => {
    await kvs.setSecret('api-key', 'pf-secret-value');
    expect(await kvs.getSecret('api-key')).toBe('pf-secret-value');
    expect(await kvs.get('api-key')).toBeUndefined();
    expect((await kvs.query().getMany()).results).toEqual([]);
    await kvs.deleteSecret('api-key');
    expect(await kvs.getSecret('api-key')).toBeUndefined();
  });
});

describe('transactions', () => {
  it('applies sets and deletes together', async () => {
    await kvs.set('old', 1);
    await kvs.transact().set('a', 1).set('b', 2).delete('old').execute();
    expect(await host.kv.list()).toEqual([
      { key: 'a', value: 1 },
      { key: 'b', value: 2 },
    ]);
  });

  it('writes nothing when one operation breaks a limit', async () => {
    const refusal = await kvsErrorOf(kvs.transact().set('a', 1).set('bad/key', 2).execute());
    expect(refusal.code).toBe('INVALID_KEY');
    expect(await kvs.get('a')).toBeUndefined();
  });

  it('refuses more than 25 operations and a key used twice', async () => {
    let transaction = kvs.transact();
    for (let index = 0; index < 26; index += 1) transaction = transaction.set(`t:${index}`, index);
    expect(await kvsErrorOf(transaction.execute())).toMatchObject({ code: 'TRANSACTION_LIMIT_EXCEEDED' });
    expect(await kvsErrorOf(kvs.transact().set('x', 1).delete('x').execute())).toMatchObject({
      code: 'DUPLICATE_KEYS',
    });
  });
});

describe('what the host does not emulate', () => {
  it('answers custom-entity calls with a clear NOT_SUPPORTED_BY_LOCAL_HOST error', async () => {
    const refusal = await kvsErrorOf(kvs.entity('employee').get('1'));
    expect(refusal).toMatchObject({ code: 'NOT_SUPPORTED_BY_LOCAL_HOST', status: 501 });
    expect(refusal.message).toContain('Custom Entity Store');
  });
});

describe('counters', () => {
  it('counts reads, writes, deletes, bytes and queries', async () => {
    await kvs.set('c', { n: 1 });
    await kvs.get('c');
    await kvs.get('missing');
    await kvs.query().getMany();
    await kvs.delete('c');
    expect(host.counters.snapshot().kvs).toEqual({
      reads: 1,
      writes: 1,
      deletes: 1,
      bytesRead: 14,
      bytesWritten: 7,
      queries: 1,
    });
    host.counters.reset();
    expect(host.counters.snapshot().kvs.writes).toBe(0);
  });
});
