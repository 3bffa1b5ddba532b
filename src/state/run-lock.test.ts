import { FixedClock } from '../../test/support/fixed-clock';
import { MemoryKv } from '../../test/support/memory-kv';
import { acquireRunLock } from './run-lock';

describe('acquireRunLock', () => {
  it('lets one caller in and tells the second who holds it', async () => {
    const kv = new MemoryKv();
    const clock = new FixedClock();
    const first = await acquireRunLock(kv, clock, 'run-a', 60);
    const second = await acquireRunLock(kv, clock, 'run-b', 60);
    expect(first.kind).toBe('acquired');
    expect(second).toMatchObject({ kind: 'held', holderRunId: 'run-a' });
  });

  it('is free again after release', async () => {
    const kv = new MemoryKv();
    const clock = new FixedClock();
    const first = await acquireRunLock(kv, clock, 'run-a', 60);
    if (first.kind !== 'acquired') throw new Error('expected the lock');
    await first.lease.release();
    expect((await acquireRunLock(kv, clock, 'run-b', 60)).kind).toBe('acquired');
  });

  it('takes over a lease whose holder let it expire, even if the key is still there', async () => {
    const kv = new MemoryKv();
    kv.now = () => 0; // storage TTL never fires: only the expiry in the value can free it
    const clock = new FixedClock();
    await acquireRunLock(kv, clock, 'crashed', 60);
    clock.advance(61_000);
    expect(await acquireRunLock(kv, clock, 'run-b', 60)).toMatchObject({
      kind: 'tookOverExpired',
      previousRunId: 'crashed',
    });
  });

  it('does not let an old holder release a lease someone else took over', async () => {
    const kv = new MemoryKv();
    const clock = new FixedClock();
    const old = await acquireRunLock(kv, clock, 'old', 60);
    clock.advance(61_000);
    await acquireRunLock(kv, clock, 'new', 60);
    if (old.kind !== 'acquired') throw new Error('expected the lock');
    await old.lease.release();
    expect(await acquireRunLock(kv, clock, 'third', 60)).toMatchObject({ kind: 'held', holderRunId: 'new' });
  });
});
