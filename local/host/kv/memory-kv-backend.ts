import { AsyncMutex } from './async-mutex';
import type { KvBackend, KvNamespace, KvRecord } from './kv-backend';

/** Keeps records in process memory; fast and isolated per host, gone when the process ends. */
export class MemoryKvBackend implements KvBackend {
  private readonly namespaces: Record<KvNamespace, Map<string, KvRecord>> = {
    kv: new Map(),
    secret: new Map(),
  };
  private readonly mutex = new AsyncMutex();

  read(namespace: KvNamespace, key: string): Promise<KvRecord | undefined> {
    return Promise.resolve(this.namespaces[namespace].get(key));
  }

  write(namespace: KvNamespace, key: string, record: KvRecord): Promise<void> {
    this.namespaces[namespace].set(key, record);
    return Promise.resolve();
  }

  remove(namespace: KvNamespace, key: string): Promise<void> {
    this.namespaces[namespace].delete(key);
    return Promise.resolve();
  }

  listKeys(namespace: KvNamespace): Promise<string[]> {
    return Promise.resolve([...this.namespaces[namespace].keys()]);
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.mutex.run(work);
  }
}
