import type { LocalHost } from '../host/local-host';
import { functionOf } from '../host/manifest';

/** The manifest function a module invokes, e.g. the poll function behind the `peopleforce-poll` trigger. */
export function functionBehind(host: LocalHost, moduleType: string, moduleKey: string): string {
  const functionKey = functionOf(host.manifest.module(moduleType, moduleKey));
  if (functionKey === undefined) {
    throw new Error(`manifest.yml: the ${moduleType} module "${moduleKey}" names no function.`);
  }
  return functionKey;
}
