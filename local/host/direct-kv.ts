import type { KvsStore } from './kv/kvs-store';

/** Test access to the host's store, bypassing the SDK and the counters (but keeping TTL and limits). */
export interface DirectKvAccess {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown, options?: { ttlSeconds?: number }): Promise<void>;
  delete(key: string): Promise<void>;
  /** Every live entry whose key starts with `prefix`, in key order. */
  list(prefix?: string): Promise<{ key: string; value: unknown }[]>;
  setSecret(key: string, value: unknown): Promise<void>;
  /** Every stored secret (`kvs.setSecret`), key and value: what a test scans the app's output for. */
  listSecrets(): Promise<{ key: string; value: unknown }[]>;
}

export function directKvAccess(store: KvsStore): DirectKvAccess {
  return {
    async get(key) {
      return (await store.get('kv', key))?.value;
    },
    async set(key, value, options = {}) {
      await store.set(
        'kv',
        key,
        value,
        options.ttlSeconds === undefined ? {} : { ttlSeconds: options.ttlSeconds },
      );
    },
    async delete(key) {
      await store.delete('kv', key);
    },
    async setSecret(key, value) {
      await store.set('secret', key, value, {});
    },
    async listSecrets() {
      const keys = await store.liveKeys('secret');
      return await Promise.all(
        keys.map(async (key) => ({ key, value: (await store.get('secret', key))?.value })),
      );
    },
    async list(prefix = '') {
      const entries: { key: string; value: unknown }[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.query({ prefix, limit: 99, ...(cursor === undefined ? {} : { cursor }) });
        entries.push(...page.entries.map(({ key, value }) => ({ key, value })));
        cursor = page.cursor;
      } while (cursor !== undefined);
      return entries;
    },
  };
}
