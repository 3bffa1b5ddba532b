import { MemoryKv } from '../../test/support/memory-kv';
import { TransitionCache } from './transition-cache';

const now = new Date('2026-03-02T09:00:00.000Z');
const key = TransitionCache.keyOf('HR/10001', 'done', null);

describe('TransitionCache', () => {
  it('keeps a remembered transition across loads, and writes only when it changed', async () => {
    const kv = new MemoryKv();
    const cache = await TransitionCache.load(kv);
    cache.remember(key, '21', now);
    await cache.save();
    cache.remember(key, '21', now);
    await cache.save();
    expect(kv.ops.writes).toBe(1);
    expect((await TransitionCache.load(kv)).get(key, now)).toBe('21');
  });

  it('tells targets, directions and configured statuses apart', async () => {
    const cache = await TransitionCache.load(new MemoryKv());
    cache.remember(key, '21', now);
    expect(cache.get(TransitionCache.keyOf('IT/10003', 'done', null), now)).toBeNull();
    expect(cache.get(TransitionCache.keyOf('HR/10001', 'reopen', null), now)).toBeNull();
    expect(cache.get(TransitionCache.keyOf('HR/10001', 'done', 'Resolved'), now)).toBeNull();
  });

  it('forgets a refused transition, and lets an entry expire after a week', async () => {
    const cache = await TransitionCache.load(new MemoryKv());
    cache.remember(key, '21', now);
    expect(cache.get(key, new Date(now.getTime() + 8 * 24 * 3600_000))).toBeNull();
    cache.forget(key);
    expect(cache.get(key, now)).toBeNull();
  });
});
