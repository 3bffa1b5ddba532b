import { MemoryKv } from '../../test/support/memory-kv';
import {
  clearListingCheckpoint,
  decodeIds,
  encodeIds,
  readListingCheckpoint,
  writeListingCheckpoint,
  type ListingCheckpoint,
} from './listing-checkpoint';

const checkpoint = (openIds: number[], completedIds: number[] = []): ListingCheckpoint => ({
  runId: 'run-1',
  position: { completed: false, page: 900, lowestIdSeen: 7_650_001 },
  completedTarget: null,
  fullScan: false,
  highestId: 7_900_000,
  seenCount: openIds.length + completedIds.length,
  openIdsSeen: new Set(openIds),
  completedIdsSeen: new Set(completedIds),
});

describe('listing checkpoint', () => {
  it('encodes ids as sorted base-36 deltas and decodes them back', () => {
    expect(encodeIds([7_650_003, 7_650_001, 7_650_040])).toBe('4jys1,2,11');
    expect(decodeIds(encodeIds([7_650_003, 7_650_001, 7_650_040]))).toEqual([
      7_650_001, 7_650_003, 7_650_040,
    ]);
    expect(decodeIds('')).toEqual([]);
    expect(() => decodeIds('4jys1,!')).toThrow('unreadable id ("!")');
  });

  it('stores 60,000 task ids in values under Forge’s 240 KiB limit and reads them back', async () => {
    const kv = new MemoryKv();
    const open = Array.from({ length: 60_000 }, (_, index) => 7_650_001 + index * 3);
    await writeListingCheckpoint(kv, checkpoint(open, [1, 2, 3]));
    for (const { json } of kv.values.values()) expect(json.length).toBeLessThan(240 * 1024);
    const read = await readListingCheckpoint(kv, 'run-1');
    expect(read?.openIdsSeen.size).toBe(60_000);
    expect(read?.openIdsSeen.has(7_650_001 + 59_999 * 3)).toBe(true);
    expect([...(read?.completedIdsSeen ?? [])]).toEqual([1, 2, 3]);
    expect(read?.position).toEqual({ completed: false, page: 900, lowestIdSeen: 7_650_001 });
  });

  it("ignores another run's checkpoint, and none is left after it is cleared", async () => {
    const kv = new MemoryKv();
    await writeListingCheckpoint(kv, checkpoint([5, 6]));
    expect(await readListingCheckpoint(kv, 'run-2')).toBeNull();
    await clearListingCheckpoint(kv);
    expect(await readListingCheckpoint(kv, 'run-1')).toBeNull();
  });
});
