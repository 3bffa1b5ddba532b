import { fetch } from '@forge/api';
import type { HttpPort } from './ports';

/** The HTTP port over `@forge/api`'s `fetch`: egress to hosts the manifest allows, nothing else. */
export function createForgeHttp(): HttpPort {
  return (url, init) =>
    fetch(url, {
      method: init.method,
      ...(init.headers === undefined ? {} : { headers: init.headers }),
      ...(init.body === undefined ? {} : { body: init.body }),
    });
}
