import { demoConfig } from '../../app/demo-config';
import { ADMIN_FUNCTION } from '../../app/local-app';
import type { LocalHost } from '../../host/local-host';
import { saveValidatedConfig } from '../../../src/admin/config-admin';
import { AdminRefusal } from '../../../src/admin/admin.types';
import type { Config } from '../../../src/config/schema';
import { createForgeAdminDeps } from '../../../src/platform/forge-admin-deps';
import { storageKeys } from '../../../src/state/keys';
import { loadConfig, saveConfig } from '../../../src/state/config-store';
import { ConfigurationError } from '../cli-errors';
import { withAppKv } from './app-kv';

/**
 * Saves a configuration as the admin page's Save does: checked against the schema and against the live Jira
 * (each sync rule's project, issue type and fields), stored, and failed tasks made due again.
 */
export async function saveConfigAsAdmin(host: LocalHost, config: Config, source: string): Promise<Config> {
  try {
    const { config: saved } = await host.runAs(ADMIN_FUNCTION, () =>
      saveValidatedConfig(createForgeAdminDeps(), config),
    );
    return saved;
  } catch (error) {
    if (!(error instanceof AdminRefusal) || error.code !== 'invalid_config') throw error;
    throw new ConfigurationError(
      `The configuration in ${source} does not fit this Jira (${error.problems.length} problem(s)); nothing was saved:`,
      error.problems.map((problem) => `${problem.path}: ${problem.message}`),
    );
  }
}

export function loadStoredConfig(host: LocalHost): Promise<Config> {
  return withAppKv(host, (kv) => loadConfig(kv));
}

/** The embedded simulators start with the demo configuration unless one is stored already. */
export async function storeDemoConfigIfNone(host: LocalHost): Promise<boolean> {
  return withAppKv(host, async (kv) => {
    if ((await kv.get(storageKeys.config)) !== undefined) return false;
    await saveConfig(kv, demoConfig());
    return true;
  });
}
