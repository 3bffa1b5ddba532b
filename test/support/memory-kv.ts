import type { KvEntry, KvPort, SetOptions } from '../../src/platform/ports';

/**
 * An in-memory KvPort for unit tests of the state layer: keeps values as JSON (so stored objects are copies, as in
 * Forge), honours failIfExists and TTL, and counts operations. Integration tests use the real @forge/kvs against
 * the local host instead.
 */
export class MemoryKv implements KvPort {
  readonly values = new Map<string, { json: string; expiresAt: number | null }>();
  readonly secrets = new Map<string, string>();
  readonly ops = { reads: 0, writes: 0, deletes: 0 };
  now = () => Date.now();

  get(key: string): Promise<unknown> {
    this.ops.reads += 1;
    return Promise.resolve(this.read(key));
  }

  set(key: string, value: unknown, options: SetOptions = {}): Promise<boolean> {
    if (options.failIfExists && this.read(key) !== undefined) return Promise.resolve(false);
    this.ops.writes += 1;
    const expiresAt = options.ttlSeconds === undefined ? null : this.now() + options.ttlSeconds * 1000;
    this.values.set(key, { json: JSON.stringify(value), expiresAt });
    return Promise.resolve(true);
  }

  delete(key: string): Promise<void> {
    this.ops.deletes += 1;
    this.values.delete(key);
    return Promise.resolve();
  }

  async getMany(keys: readonly string[]): Promise<Map<string, unknown>> {
    const found = new Map<string, unknown>();
    for (const key of keys) {
      const value = await this.get(key);
      if (value !== undefined) found.set(key, value);
    }
    return found;
  }

  async setMany(entries: readonly KvEntry[]): Promise<void> {
    for (const entry of entries) await this.set(entry.key, entry.value);
  }

  async deleteMany(keys: readonly string[]): Promise<void> {
    for (const key of keys) await this.delete(key);
  }

  listByPrefix(prefix: string): Promise<KvEntry[]> {
    this.ops.reads += 1;
    const entries = [...this.values.keys()]
      .filter((key) => key.startsWith(prefix))
      .sort()
      .flatMap((key) => {
        const value = this.read(key);
        return value === undefined ? [] : [{ key, value }];
      });
    return Promise.resolve(entries);
  }

  getSecret(key: string): Promise<string | undefined> {
    return Promise.resolve(this.secrets.get(key));
  }

  setSecret(key: string, value: string): Promise<void> {
    this.secrets.set(key, value);
    return Promise.resolve();
  }

  deleteSecret(key: string): Promise<void> {
    this.secrets.delete(key);
    return Promise.resolve();
  }

  private read(key: string): unknown {
    const stored = this.values.get(key);
    if (!stored) return undefined;
    if (stored.expiresAt !== null && stored.expiresAt <= this.now()) {
      this.values.delete(key);
      return undefined;
    }
    return JSON.parse(stored.json) as unknown;
  }
}
