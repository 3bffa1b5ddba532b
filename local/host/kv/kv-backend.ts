/**
 * Where the local KVS keeps its records. Two implementations share this interface: one in memory, one in a
 * directory on disk. The backend stores and lists; Forge's semantics (TTL, key policies, limits) live in
 * `kvs-store.ts` above it, so both backends behave identically.
 */

/** Secrets live apart from ordinary keys: they are never returned by a query. */
export type KvNamespace = 'kv' | 'secret';

export interface KvRecord {
  /** The value serialised as JSON, so that callers never share mutable objects with the store. */
  readonly json: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Epoch milliseconds after which the record is invisible; absent when the key has no TTL. */
  readonly expiresAt?: number;
}

export interface KvBackend {
  /** The stored record, expired or not. */
  read(namespace: KvNamespace, key: string): Promise<KvRecord | undefined>;
  write(namespace: KvNamespace, key: string, record: KvRecord): Promise<void>;
  remove(namespace: KvNamespace, key: string): Promise<void>;
  /** Every stored key of the namespace, in no particular order. */
  listKeys(namespace: KvNamespace): Promise<string[]>;
  /**
   * Runs `work` while no other writer of the same store (in this process or, for the disk backend, in another
   * process sharing the directory) is inside its own `exclusive` section. Read-check-write sequences such as
   * FAIL_IF_EXISTS and transactions run inside it.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}
