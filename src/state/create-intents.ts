import { z } from 'zod';
import type { KvPort } from '../platform/ports';
import { storageKeys } from './keys';

/**
 * Write-ahead record of a bulk create: written before Jira is asked, deleted once the links are stored. An
 * intent found at the start of a run means a crash came in between: its tasks may already have issues, so the
 * engine looks them up by the indexed entity property before it creates anything.
 */
/** What each issue was created with: a healed link carries it, so the next poll does not rewrite every field. */
const WrittenSchema = z.object({
  ruleId: z.string(),
  fingerprint: z.string(),
  fieldHashes: z.record(z.string(), z.string()),
});
export type WrittenProjection = z.infer<typeof WrittenSchema>;

const IntentSchema = z.object({
  id: z.string(),
  taskIds: z.array(z.number().int().positive()),
  createdAt: z.string(),
  /** By task id; absent in intents stored before it was recorded (those links are refreshed once). */
  written: z.record(z.string(), WrittenSchema).optional(),
});
export type CreateIntent = z.infer<typeof IntentSchema>;

export async function writeCreateIntent(kv: KvPort, intent: CreateIntent): Promise<void> {
  await kv.set(storageKeys.createIntent(intent.id), intent, { ttlSeconds: 7 * 24 * 3600 });
}

export async function listCreateIntents(kv: KvPort): Promise<CreateIntent[]> {
  const entries = await kv.listByPrefix(storageKeys.createIntentPrefix);
  return entries.flatMap((entry) => {
    const parsed = IntentSchema.safeParse(entry.value);
    return parsed.success ? [parsed.data] : [];
  });
}
