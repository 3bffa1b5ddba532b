import type { LocalHost } from '../../local/host/local-host';
import { createFixtureHost } from '../../test/fixtures/host-app/fixture-host';
import { createForgeKv } from './forge-kv';
import { ForgeKvError } from './forge-kv-error';

/** The KV adapter over the real @forge/kvs, answered by the local host. */
let clock: number;
let host: LocalHost;
const kv = createForgeKv();

beforeEach(() => {
  clock = Date.parse('2026-02-02T09:00:00Z');
  host = createFixtureHost({ now: () => clock });
});

afterEach(async () => {
  await host.close();
});

async function kvErrorOf(call: Promise<unknown>): Promise<ForgeKvError> {
  const error: unknown = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof ForgeKvError)) throw new Error('expected a ForgeKvError');
  return error;
}

describe('single keys', () => {
  it('sets, gets and deletes a value', async () => {
    expect(await kv.set('config', { pollMinutes: 5 })).toBe(true);
    expect(await kv.get('config')).toEqual({ pollMinutes: 5 });
    await kv.delete('config');
    expect(await kv.get('config')).toBeUndefined();
  });

  it('answers false instead of overwriting when failIfExists finds the key, until its TTL has passed', async () => {
    expect(await kv.set('lock', { owner: 'a' }, { failIfExists: true, ttlSeconds: 90 })).toBe(true);
    expect(await kv.set('lock', { owner: 'b' }, { failIfExists: true })).toBe(false);
    expect(await kv.get('lock')).toEqual({ owner: 'a' });
    clock += 90_000;
    expect(await kv.set('lock', { owner: 'b' }, { failIfExists: true })).toBe(true);
  });

  it('rounds a fractional TTL up to whole seconds', async () => {
    await kv.set('short', 1, { ttlSeconds: 0.2 });
    clock += 999;
    expect(await kv.get('short')).toBe(1);
    clock += 1;
    expect(await kv.get('short')).toBeUndefined();
  });

  it('turns a Forge refusal into a ForgeKvError carrying status, code and retryability', async () => {
    const error = await kvErrorOf(kv.set('bad/key', 1));
    expect(error).toMatchObject({ status: 400, code: 'INVALID_KEY', retryable: false });
    expect(error.message).toContain('set "bad/key"');
  });
});

describe('many keys', () => {
  const keys = Array.from({ length: 60 }, (_, index) => `item:${String(index).padStart(2, '0')}`);

  it('writes, reads and deletes more than 25 keys in batches of 25', async () => {
    await kv.setMany(keys.map((key, index) => ({ key, value: index })));
    const found = await kv.getMany([...keys, 'item:missing']);
    expect(found.size).toBe(60);
    expect(found.get('item:59')).toBe(59);
    expect(found.has('item:missing')).toBe(false);
    await kv.deleteMany(keys);
    expect((await kv.getMany(keys)).size).toBe(0);
    expect(host.counters.snapshot().kvs).toMatchObject({ writes: 60, reads: 60, deletes: 60 });
  });

  it('keeps the last value when setMany is given a key twice', async () => {
    await kv.setMany([
      { key: 'dup', value: 'first' },
      { key: 'dup', value: 'second' },
    ]);
    expect(await kv.get('dup')).toBe('second');
  });

  it('reports the keys a batch could not write', async () => {
    const error = await kvErrorOf(
      kv.setMany([
        { key: 'good', value: 1 },
        { key: 'no/slashes', value: 2 },
      ]),
    );
    expect(error).toMatchObject({ code: 'INVALID_KEY', retryable: false });
    expect(error.message).toContain('no/slashes (INVALID_KEY)');
  });

  it('lists a prefix to the end by following cursors, 99 keys a page', async () => {
    for (let start = 0; start < 250; start += 25) {
      await kv.setMany(
        Array.from({ length: 25 }, (_, offset) => ({ key: `link:${start + offset}`, value: start + offset })),
      );
    }
    await kv.set('other', 'not listed');
    host.counters.reset();
    const entries = await kv.listByPrefix('link:');
    expect(entries).toHaveLength(250);
    expect(new Set(entries.map((entry) => entry.value)).size).toBe(250);
    expect(host.counters.snapshot().kvs.queries).toBe(3);
  });
});

describe('secrets', () => {
  it('stores and deletes secrets apart from values', async () => {
    await kv.setSecret('peopleforce-api-key', 'pf-live-123');
    expect(await kv.getSecret('peopleforce-api-key')).toBe('pf-live-123');
    expect(await kv.get('peopleforce-api-key')).toBeUndefined();
    await kv.deleteSecret('peopleforce-api-key');
    expect(await kv.getSecret('peopleforce-api-key')).toBeUndefined();
  });

  it('refuses a stored secret that is not a string', async () => {
    await host.setSecret('odd', { not: 'a string' });
    expect(await kvErrorOf(kv.getSecret('odd'))).toMatchObject({ code: 'SECRET_NOT_A_STRING' });
  });
});
