import { z } from 'zod';
import type { KvPort } from '../platform/ports';
import { storageKeys } from './keys';

/**
 * The PeopleForce API key lives only in Forge secret storage. A separate, non-secret hint keeps its last four
 * characters so the admin page can say which key is set without the key ever leaving the backend.
 */
export function readApiKey(kv: KvPort): Promise<string | undefined> {
  return kv.getSecret(storageKeys.apiKeySecret);
}

export async function storeApiKey(kv: KvPort, apiKey: string): Promise<ApiKeyStatus> {
  await kv.setSecret(storageKeys.apiKeySecret, apiKey);
  const status = { set: true, last4: apiKey.slice(-4) };
  await kv.set(storageKeys.apiKeyHint, status);
  return status;
}

const ApiKeyStatusSchema = z.object({ set: z.boolean(), last4: z.string().nullable() });
export type ApiKeyStatus = z.infer<typeof ApiKeyStatusSchema>;

export async function readApiKeyStatus(kv: KvPort): Promise<ApiKeyStatus> {
  const hint = ApiKeyStatusSchema.safeParse(await kv.get(storageKeys.apiKeyHint));
  if (hint.success) return hint.data;
  const key = await readApiKey(kv);
  return key === undefined ? { set: false, last4: null } : { set: true, last4: key.slice(-4) };
}
