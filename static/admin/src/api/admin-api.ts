import { invoke } from '@forge/bridge';
import type { z } from 'zod';
import {
  adminApi,
  envelopeSchema,
  type AdminKey,
  type AdminPayload,
  type AdminResult,
  type AdoptionRequestInput,
} from '../../../../src/config/admin-api';
import type { AlertChannel } from '../../../../src/config/alerts';
import { AdminApiError } from './admin-api-error';

/**
 * The page's only way to the backend: one typed function per resolver key. Payloads are checked with the
 * shared schemas before they leave (so a short API key is refused here with the same words the backend uses),
 * and every answer is parsed as the `{ ok, data } | { ok: false, error }` envelope; a refusal becomes an
 * `AdminApiError` carrying the backend's code and problems.
 */

function describeIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

async function callBridge(key: AdminKey, payload: unknown): Promise<unknown> {
  try {
    return await invoke(key, payload as Record<string, unknown>);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AdminApiError(key, { code: 'internal', message: `The ${key} call failed: ${reason}` });
  }
}

async function call<K extends AdminKey>(key: K, payload: AdminPayload<K>): Promise<AdminResult<K>> {
  const checked = adminApi[key].payload.safeParse(payload);
  if (!checked.success) {
    const problems = describeIssues(checked.error);
    const message = problems.map((problem) => problem.message).join('; ');
    throw new AdminApiError(key, { code: 'invalid_payload', message, problems });
  }
  const answer = envelopeSchema(adminApi[key].result).safeParse(await callBridge(key, checked.data));
  if (!answer.success) {
    const detail = describeIssues(answer.error)
      .map((problem) => `${problem.path || '(answer)'}: ${problem.message}`)
      .join('; ');
    throw new AdminApiError(key, {
      code: 'internal',
      message: `The ${key} answer was not understood (${detail})`,
    });
  }
  if (!answer.data.ok) throw new AdminApiError(key, answer.data.error);
  return answer.data.data as AdminResult<K>;
}

export const getConfig = () => call('getConfig', {});
export const saveConfig = (config: unknown) => call('saveConfig', { config });
export const setApiKey = (apiKey: string) => call('setApiKey', { apiKey });
export const testConnection = () => call('testConnection', {});
export const getJiraMetadata = (target: { projectKey?: string; issueTypeId?: string } = {}) =>
  call('getJiraMetadata', target);
export const previewSync = (config?: unknown) => call('previewSync', config === undefined ? {} : { config });
export const syncNow = () => call('syncNow', {});
export const getStatus = () => call('getStatus', {});
export const getHistory = (limit = 30) => call('getHistory', { limit });
export const getErrors = () => call('getErrors', {});
export const retryErrors = (taskIds: 'all' | number[]) => call('retryErrors', { taskIds });
export const exportConfig = () => call('exportConfig', {});
export const importConfig = (json: string) => call('importConfig', { json });
export const adoptIssues = (request: AdoptionRequestInput) => call('adoptIssues', request);
export const getAdoption = () => call('getAdoption', {});
export const searchTasks = (query: string) => call('searchTasks', { query });
export const getAlerts = () => call('getAlerts', {});
export const saveAlertSettings = (settings: AdminPayload<'saveAlertSettings'>['settings']) =>
  call('saveAlertSettings', { settings });
export const setAlertSecret = (payload: AdminPayload<'setAlertSecret'>) => call('setAlertSecret', payload);
export const removeAlertChannel = (channel: AlertChannel) => call('removeAlertChannel', { channel });
export const sendTestAlert = (channel: AlertChannel) => call('sendTestAlert', { channel });
