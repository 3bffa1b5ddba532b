import type { LocalHost } from '../../host/local-host';
import { ADMIN_FUNCTION } from '../../app/local-app';
import { createForgeKv } from '../../../src/platform/forge-kv';
import type { KvPort } from '../../../src/platform/ports';

/**
 * Reads and writes stored state the way the app does: through `@forge/kvs` inside an invocation of the admin
 * function, so every value passes the same schemas and the store's limits apply.
 */
export function withAppKv<T>(host: LocalHost, work: (kv: KvPort) => Promise<T>): Promise<T> {
  return host.runAs(ADMIN_FUNCTION, () => work(createForgeKv()));
}
