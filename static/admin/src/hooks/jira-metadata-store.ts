import type { AdminResult } from '../../../../src/config/admin-api';
import * as api from '../api/admin-api';

export type JiraMetadata = AdminResult<'getJiraMetadata'>;

export interface MetadataTarget {
  projectKey?: string;
  issueTypeId?: string;
}

export interface JiraMetadataStore {
  load(target: MetadataTarget): Promise<JiraMetadata>;
  /** Forgets every answer, so the next load asks Jira again (after projects or fields changed). */
  clear(): void;
}

function targetKey(target: MetadataTarget): string {
  return `${target.projectKey ?? ''}/${target.issueTypeId ?? ''}`;
}

/**
 * Many rules share a target, and each editor asks for its fields: one request per target serves them all.
 * A failed request is forgotten at once so that the next render can try again.
 */
export function createJiraMetadataStore(): JiraMetadataStore {
  const answers = new Map<string, Promise<JiraMetadata>>();
  return {
    load(target) {
      const key = targetKey(target);
      const known = answers.get(key);
      if (known !== undefined) return known;
      const request = api.getJiraMetadata(target);
      answers.set(key, request);
      request.catch(() => answers.delete(key));
      return request;
    },
    clear() {
      answers.clear();
    },
  };
}
