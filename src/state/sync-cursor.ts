import { z } from 'zod';
import type { KvPort } from '../platform/ports';
import { readRecord } from './json-record';
import { storageKeys } from './keys';

/**
 * Where the PeopleForce poll stands. `highWatermark` is the highest task id seen: completed tasks above it are
 * new since the last poll. `schemaVersion` lets a future layout restart cleanly instead of misreading this one.
 */
export const CURSOR_SCHEMA_VERSION = 1;
const PollCursorSchema = z.object({
  schemaVersion: z.literal(CURSOR_SCHEMA_VERSION),
  initialSyncDone: z.boolean(),
  highWatermark: z.number().int().nonnegative(),
  lastFullScanAt: z.string().nullable(),
  lastSuccessfulRunAt: z.string().nullable(),
});
export type PollCursor = z.infer<typeof PollCursorSchema>;

const freshCursor = (): PollCursor => ({
  schemaVersion: CURSOR_SCHEMA_VERSION,
  initialSyncDone: false,
  highWatermark: 0,
  lastFullScanAt: null,
  lastSuccessfulRunAt: null,
});

export async function readPollCursor(kv: KvPort): Promise<PollCursor> {
  const stored = await kv.get(storageKeys.cursor);
  const parsed = PollCursorSchema.safeParse(stored);
  return parsed.success ? parsed.data : freshCursor();
}

export async function writePollCursor(kv: KvPort, cursor: PollCursor): Promise<void> {
  await kv.set(storageKeys.cursor, cursor);
}

const SweepCursorSchema = z.object({ lastSweepStartedAt: z.string() });
export type SweepCursor = z.infer<typeof SweepCursorSchema>;

export function readSweepCursor(kv: KvPort): Promise<SweepCursor | null> {
  return readRecord(kv, storageKeys.sweepCursor, SweepCursorSchema.nullable(), () => null);
}

export async function writeSweepCursor(kv: KvPort, cursor: SweepCursor): Promise<void> {
  await kv.set(storageKeys.sweepCursor, cursor);
}
