import { RunProgressSchema, type RunProgress } from '../config/records';
import type { KvPort } from '../platform/ports';
import { storageKeys } from './keys';

/** What the admin page's progress bar shows while a run is going; cleared when the run ends. */
export async function readProgress(kv: KvPort): Promise<RunProgress | null> {
  const parsed = RunProgressSchema.safeParse(await kv.get(storageKeys.progress));
  return parsed.success ? parsed.data : null;
}

export async function writeProgress(kv: KvPort, progress: RunProgress): Promise<void> {
  await kv.set(storageKeys.progress, progress, { ttlSeconds: 3600 });
}

export async function clearProgress(kv: KvPort): Promise<void> {
  await kv.delete(storageKeys.progress);
}
