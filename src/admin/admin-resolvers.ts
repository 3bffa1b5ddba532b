import { adminApi, type AdminKey, type Envelope } from '../config/admin-api';
import type { z } from 'zod';
import {
  getConfigWithKeyStatus,
  exportConfig,
  importConfig,
  parseConfig,
  saveValidatedConfig,
} from './config-admin';
import { getAdoption, startAdoption } from './adoption-admin';
import {
  getAlerts,
  removeAlertChannel,
  sendTestAlert,
  setAlertSecret,
  updateAlertSettings,
} from './alerts-admin';
import { setApiKey, testConnection } from './connection-admin';
import { getJiraMetadata } from './metadata-admin';
import { getErrors, getHistory, getStatus, retryFailedTasks, startManualSync } from './run-admin';
import { loadConfig } from '../state/config-store';
import { searchTasks } from './task-search';
import { previewSync } from '../sync/preview-sync';
import { errorFacts } from '../sync/error-facts';
import { AdminRefusal, type AdminDeps } from './admin.types';

type Payload<K extends AdminKey> = z.infer<(typeof adminApi)[K]['payload']>;
type Result<K extends AdminKey> = z.input<(typeof adminApi)[K]['result']>;
type Handlers = { [K in AdminKey]: (deps: AdminDeps, payload: Payload<K>) => Promise<Result<K>> };

/** One use case per key; each is a call into src/admin or src/sync. */
const handlers: Handlers = {
  getConfig: (deps) => getConfigWithKeyStatus(deps),
  saveConfig: (deps, { config }) => saveValidatedConfig(deps, config),
  setApiKey: (deps, { apiKey }) => setApiKey(deps, apiKey),
  testConnection: (deps) => testConnection(deps),
  getJiraMetadata: (deps, target) => getJiraMetadata(deps, target),
  previewSync: async (deps, { config }) =>
    previewSync(deps, config === undefined ? await loadConfig(deps.kv) : parseConfig(config)),
  syncNow: (deps) => startManualSync(deps),
  getStatus: (deps) => getStatus(deps),
  getHistory: (deps, { limit }) => getHistory(deps, limit),
  getErrors: (deps) => getErrors(deps),
  retryErrors: (deps, { taskIds }) => retryFailedTasks(deps, taskIds),
  adoptIssues: (deps, request) => startAdoption(deps, request),
  getAdoption: (deps) => getAdoption(deps),
  searchTasks: (deps, { query }) => searchTasks(deps, query),
  exportConfig: (deps) => exportConfig(deps),
  importConfig: (deps, { json }) => importConfig(deps, json),
  getAlerts: (deps) => getAlerts(deps),
  saveAlertSettings: (deps, { settings }) => updateAlertSettings(deps, settings),
  setAlertSecret: (deps, { channel, secret }) => setAlertSecret(deps, channel, secret),
  removeAlertChannel: (deps, { channel }) => removeAlertChannel(deps, channel),
  sendTestAlert: (deps, { channel }) => sendTestAlert(deps, channel),
};

/**
 * Every admin call: the caller must be a Jira administrator (asked of Jira, as the caller), the payload must
 * match its schema, and the answer is an envelope. Known refusals carry a code; anything else is logged and
 * answered as `internal` without internals.
 */
export async function handleAdminCall(
  deps: AdminDeps,
  key: AdminKey,
  rawPayload: unknown,
): Promise<Envelope<unknown>> {
  try {
    if (!(await callerIsAdmin(deps))) {
      return refusal('not_admin', 'Only Jira administrators can use PeopleForce sync settings');
    }
    const payload = adminApi[key].payload.safeParse(rawPayload ?? {});
    if (!payload.success) {
      const problems = payload.error.issues.map((issue) => ({
        path: issue.path.map(String).join('.'),
        message: issue.message,
      }));
      return refusal('invalid_payload', `The request for ${key} is not valid`, problems);
    }
    const handler = handlers[key] as (deps: AdminDeps, payload: unknown) => Promise<unknown>;
    const data: unknown = adminApi[key].result.parse(await handler(deps, payload.data));
    return { ok: true, data };
  } catch (error) {
    if (error instanceof AdminRefusal) return refusal(error.code, error.message, error.problems);
    const facts = errorFacts(error);
    deps.log.log('error', 'admin.call_failed', { key, reason: facts.message, status: facts.status });
    return refusal('internal', `Something went wrong: ${facts.message}`);
  }
}

/** Jira refusing to tell what the caller may do (401, 403) means the caller is no administrator: fail closed. */
async function callerIsAdmin(deps: AdminDeps): Promise<boolean> {
  try {
    return await deps.callerIsJiraAdmin();
  } catch (error) {
    const { status } = errorFacts(error);
    if (status === 401 || status === 403) return false;
    throw error;
  }
}

function refusal(
  code: AdminRefusal['code'] | 'internal',
  message: string,
  problems: Array<{ path: string; message: string }> = [],
) {
  return { ok: false as const, error: { code, message, problems } };
}
