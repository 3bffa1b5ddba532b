import { z } from 'zod';
import type { KvPort } from '../platform/ports';
import { storageKeys } from './keys';

/**
 * Where a poll's listing stopped when it did not fit one invocation, so its continuation reads on instead of
 * starting over. The ids of the tasks already read (needed to tell a vanished task from one read earlier) are
 * stored as sorted, delta-encoded base-36 numbers — about three bytes per task — in chunks under Forge's
 * 240 KiB value limit. Written only by runs whose listing continues; a new run ignores another run's checkpoint.
 */
const CHUNK_CHARS = 150_000;
const TTL_SECONDS = 24 * 3600;

const PositionSchema = z.object({
  completed: z.boolean(),
  page: z.number().int().positive(),
  lowestIdSeen: z.number().int().nullable(),
});

const MetaSchema = z.object({
  runId: z.string(),
  position: PositionSchema,
  completedTarget: z.number().int().nullable(),
  fullScan: z.boolean(),
  highestId: z.number().int().nonnegative(),
  seenCount: z.number().int().nonnegative(),
  openIdChunks: z.number().int().nonnegative(),
  otherIdChunks: z.number().int().nonnegative(),
});

export interface ListingCheckpoint {
  runId: string;
  position: z.infer<typeof PositionSchema>;
  completedTarget: number | null;
  fullScan: boolean;
  highestId: number;
  /** Tasks the earlier invocations read (open and completed). */
  seenCount: number;
  openIdsSeen: Set<number>;
  completedIdsSeen: Set<number>;
}

export async function readListingCheckpoint(kv: KvPort, runId: string): Promise<ListingCheckpoint | null> {
  const meta = MetaSchema.safeParse(await kv.get(storageKeys.listingCheckpoint));
  if (!meta.success || meta.data.runId !== runId) return null;
  const { openIdChunks, otherIdChunks } = meta.data;
  const keys = Array.from({ length: openIdChunks + otherIdChunks }, (_, index) =>
    storageKeys.listingCheckpointIds(index),
  );
  const chunks = keys.length === 0 ? new Map<string, unknown>() : await kv.getMany(keys);
  const text = (from: number, count: number) =>
    keys
      .slice(from, from + count)
      .map((key) => {
        const chunk = chunks.get(key);
        if (typeof chunk !== 'string') throw new Error(`The listing checkpoint under "${key}" is missing`);
        return chunk;
      })
      .join('');
  return {
    runId,
    position: meta.data.position,
    completedTarget: meta.data.completedTarget,
    fullScan: meta.data.fullScan,
    highestId: meta.data.highestId,
    seenCount: meta.data.seenCount,
    openIdsSeen: new Set(decodeIds(text(0, openIdChunks))),
    completedIdsSeen: new Set(decodeIds(text(openIdChunks, otherIdChunks))),
  };
}

export async function writeListingCheckpoint(kv: KvPort, checkpoint: ListingCheckpoint): Promise<void> {
  const openChunks = chunked(encodeIds(checkpoint.openIdsSeen));
  const otherChunks = chunked(encodeIds(checkpoint.completedIdsSeen));
  const chunks = [...openChunks, ...otherChunks];
  // Chunks first: a meta pointing at chunks not yet written would be unreadable.
  for (const [index, chunk] of chunks.entries()) {
    await kv.set(storageKeys.listingCheckpointIds(index), chunk, { ttlSeconds: TTL_SECONDS });
  }
  await kv.set(
    storageKeys.listingCheckpoint,
    {
      runId: checkpoint.runId,
      position: checkpoint.position,
      completedTarget: checkpoint.completedTarget,
      fullScan: checkpoint.fullScan,
      highestId: checkpoint.highestId,
      seenCount: checkpoint.seenCount,
      openIdChunks: openChunks.length,
      otherIdChunks: otherChunks.length,
    },
    { ttlSeconds: TTL_SECONDS },
  );
}

/** Removes the meta key; its chunks expire with their TTL (and are overwritten by the next checkpoint). */
export async function clearListingCheckpoint(kv: KvPort): Promise<void> {
  await kv.delete(storageKeys.listingCheckpoint);
}

export function encodeIds(ids: Iterable<number>): string {
  const sorted = [...ids].sort((a, b) => a - b);
  let previous = 0;
  return sorted
    .map((id) => {
      const delta = id - previous;
      previous = id;
      return delta.toString(36);
    })
    .join(',');
}

export function decodeIds(text: string): number[] {
  if (text === '') return [];
  let previous = 0;
  return text.split(',').map((part) => {
    const delta = Number.parseInt(part, 36);
    if (!Number.isInteger(delta))
      throw new Error(`The listing checkpoint holds an unreadable id ("${part}")`);
    previous += delta;
    return previous;
  });
}

function chunked(text: string): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += CHUNK_CHARS)
    chunks.push(text.slice(start, start + CHUNK_CHARS));
  return chunks;
}
