import { ConfigSchema, defaultConfig, migrateConfig, type Config } from '../config/schema';
import type { KvPort } from '../platform/ports';
import { storageKeys } from './keys';

export async function loadConfig(kv: KvPort): Promise<Config> {
  const stored = await kv.get(storageKeys.config);
  return stored === undefined ? defaultConfig() : migrateConfig(stored);
}

/** Validates before writing: an invalid document never reaches storage. */
export async function saveConfig(kv: KvPort, config: unknown): Promise<Config> {
  const valid = ConfigSchema.parse(config);
  await kv.set(storageKeys.config, valid);
  return valid;
}
