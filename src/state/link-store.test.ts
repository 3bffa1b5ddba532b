import { MemoryKv } from '../../test/support/memory-kv';
import { LinkStore, SHARD_SOFT_LIMIT_BYTES, type Link } from './link-store';

const link = (taskId: number, overrides: Partial<Link> = {}): Link => ({
  taskId,
  issueId: String(10000 + taskId),
  issueKey: `HR-${taskId}`,
  ruleId: 'hr',
  target: 'HR/10001',
  fingerprint: 'abcdefghij',
  fieldHashes: { summary: 'aaaaaaaaaa', description: 'bbbbbbbbbb', duedate: 'cccccccccc' },
  completed: false,
  state: 'active',
  ...overrides,
});

describe('LinkStore', () => {
  it('reads back what it stored, in a handful of keys', async () => {
    const kv = new MemoryKv();
    const store = await LinkStore.load(kv);
    for (let id = 1; id <= 1000; id++) store.put(link(id));
    await store.flush();
    expect(kv.values.size).toBeLessThanOrEqual(16);
    const again = await LinkStore.load(kv);
    expect(again.size).toBe(1000);
    expect(again.get(500)).toEqual(link(500));
  });

  it('writes only the shards that changed', async () => {
    const kv = new MemoryKv();
    const store = await LinkStore.load(kv);
    for (let id = 1; id <= 100; id++) store.put(link(id));
    await store.flush();
    store.put(link(7, { completed: true }));
    expect(await store.flush()).toBe(1);
    expect(await store.flush()).toBe(0);
  });

  it('keeps a link another writer stored in the same shard after this store loaded it', async () => {
    const kv = new MemoryKv();
    const seed = await LinkStore.load(kv);
    seed.put(link(1));
    seed.put(link(17));
    await seed.flush();
    // A poll loads every shard, then an issue event completes task 1 (same shard as 17) and stores it.
    const poll = await LinkStore.load(kv);
    const event = await LinkStore.loadFor(kv, [1]);
    event.put(link(1, { completed: true }));
    await event.flush();
    // The poll then writes its change to task 17: task 1's completion must survive it.
    poll.put(link(17, { fingerprint: 'changed' }));
    await poll.flush();

    const stored = await LinkStore.load(kv);
    expect(stored.get(1)?.completed).toBe(true);
    expect(stored.get(17)?.fingerprint).toBe('changed');
    expect(poll.get(1)?.completed).toBe(true);
  });

  it('keeps a link another writer created in the same shard, and its own change wins for its own links', async () => {
    const kv = new MemoryKv();
    const event = await LinkStore.load(kv);
    const poll = await LinkStore.load(kv);
    poll.put(link(33));
    poll.put(link(1));
    await poll.flush();
    event.put(link(1, { completed: true }));
    await event.flush();

    const stored = await LinkStore.load(kv);
    expect(stored.get(33)).toEqual(link(33));
    expect(stored.get(1)?.completed).toBe(true);
  });

  it('doubles the shard count before any shard outgrows the limit, and keeps every link', async () => {
    const kv = new MemoryKv();
    const store = await LinkStore.load(kv);
    const bulky = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`customfield_${10000 + i}`, 'x'.repeat(10)]),
    );
    for (let id = 1; id <= 12_000; id++) store.put(link(id, { fieldHashes: bulky }));
    await store.flush();
    const sizes = [...kv.values.values()].map((v) => v.json.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SHARD_SOFT_LIMIT_BYTES);
    expect((await LinkStore.load(kv)).size).toBe(12_000);
  });

  it('keeps accepting links after a reshard, in the shards the new count added', async () => {
    const kv = new MemoryKv();
    const store = await LinkStore.load(kv);
    const bulky = Object.fromEntries(
      Array.from({ length: 12 }, (_, i) => [`customfield_${10000 + i}`, 'x'.repeat(10)]),
    );
    for (let id = 1; id <= 6_000; id++) store.put(link(id, { fieldHashes: bulky }));
    await store.flush();
    expect(await kv.get('links:meta')).toEqual({ shardCount: 32 });
    // Task 6_017 lives in shard 6_017 % 32 = 1; task 6_033 in shard 17, which did not exist before the reshard.
    store.put(link(6_033, { fieldHashes: bulky }));
    store.put(link(6_017, { fieldHashes: bulky }));
    await store.flush();
    const again = await LinkStore.load(kv);
    expect(again.size).toBe(6_002);
    expect(again.get(6_033)?.issueKey).toBe('HR-6033');
  });

  it('recovers links left in their old shard by an interrupted reshard', async () => {
    const kv = new MemoryKv();
    await kv.set('links:meta', { shardCount: 32 });
    // Task 17 lived in shard 17 % 16 = 1 before the reshard; under 32 shards its home is 17.
    await kv.set('links:shard:1', {
      '17': { i: '10017', k: 'HR-17', r: 'hr', t: 'HR/1', f: 'f', h: {}, c: false, s: 'active' },
    });
    const store = await LinkStore.load(kv);
    expect(store.get(17)?.issueKey).toBe('HR-17');
    await store.flush();
    expect(Object.keys((await kv.get('links:shard:17')) as object)).toEqual(['17']);
    expect(await kv.get('links:shard:1')).toEqual({});
  });

  it('finds a link by its issue id', async () => {
    const store = await LinkStore.load(new MemoryKv());
    store.put(link(3));
    expect(store.findByIssueId('10003')?.taskId).toBe(3);
  });
});

describe('LinkStore.loadFor', () => {
  it('reads and rewrites one shard without touching the others', async () => {
    const kv = new MemoryKv();
    const full = await LinkStore.load(kv);
    for (let id = 1; id <= 64; id++) full.put(link(id));
    await full.flush();
    const partial = await LinkStore.loadFor(kv, [5]);
    expect(partial.size).toBe(4);
    partial.put(link(5, { completed: true }));
    expect(await partial.flush()).toBe(1);
    const again = await LinkStore.load(kv);
    expect(again.size).toBe(64);
    expect(again.get(5)?.completed).toBe(true);
  });

  it('refuses to store a link whose shard it did not load', async () => {
    const partial = await LinkStore.loadFor(new MemoryKv(), [5]);
    expect(() => {
      partial.put(link(6));
    }).toThrow('outside the loaded shards');
  });
});
