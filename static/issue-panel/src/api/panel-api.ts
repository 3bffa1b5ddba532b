import { invoke } from '@forge/bridge';
import { envelopeSchema } from '../../../../src/config/envelope';
import {
  issuePanelApi,
  type IssuePanelKey,
  type IssuePanelResult,
} from '../../../../src/config/issue-panel-api';
import { AdminApiError } from '../../../admin/src/api/admin-api-error';

/**
 * The panel's only way to the backend: one function per key of its resolver. The issue is not sent: the
 * resolver takes it from the context Forge gives it. Answers are parsed as the shared envelope.
 */
async function call<K extends IssuePanelKey>(key: K): Promise<IssuePanelResult<K>> {
  let raw: unknown;
  try {
    raw = await invoke(key, {});
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AdminApiError(key, { code: 'internal', message: `The ${key} call failed: ${reason}` });
  }
  const answer = envelopeSchema(issuePanelApi[key].result).safeParse(raw);
  if (!answer.success) {
    throw new AdminApiError(key, { code: 'internal', message: `The ${key} answer was not understood` });
  }
  if (!answer.data.ok) throw new AdminApiError(key, answer.data.error);
  return answer.data.data as IssuePanelResult<K>;
}

export const getIssuePanel = () => call('getIssuePanel');
export const syncIssueNow = () => call('syncIssueNow');
