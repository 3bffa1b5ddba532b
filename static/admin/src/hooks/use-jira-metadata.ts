import { createContext, useContext, useEffect, useState } from 'react';
import type { JiraMetadata, JiraMetadataStore } from './jira-metadata-store';

/** Provided once by App (see JiraMetadataProvider), so that every editor shares one cache of answers. */
export const JiraMetadataContext = createContext<JiraMetadataStore | null>(null);

export interface JiraMetadataState {
  data: JiraMetadata | null;
  error: unknown;
  loading: boolean;
}

function useStore(): JiraMetadataStore {
  const store = useContext(JiraMetadataContext);
  if (store === null) throw new Error('useJiraMetadata needs a JiraMetadataProvider above it');
  return store;
}

/**
 * Live Jira metadata: without a target, the projects and their issue types; with a project and issue type,
 * that target's fields and statuses. An incomplete target (project chosen, issue type not yet) loads nothing.
 */
export function useJiraMetadata(projectKey?: string, issueTypeId?: string): JiraMetadataState {
  const store = useStore();
  const wantsTarget = projectKey !== undefined || issueTypeId !== undefined;
  const complete =
    !wantsTarget ||
    (projectKey !== undefined && projectKey !== '' && issueTypeId !== undefined && issueTypeId !== '');
  const [state, setState] = useState<JiraMetadataState>({ data: null, error: null, loading: complete });

  useEffect(() => {
    if (!complete) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    const target =
      wantsTarget && projectKey !== undefined && issueTypeId !== undefined ? { projectKey, issueTypeId } : {};
    store.load(target).then(
      (data) => {
        if (current) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (current) setState({ data: null, error, loading: false });
      },
    );
    return () => {
      current = false;
    };
  }, [store, complete, wantsTarget, projectKey, issueTypeId]);

  return state;
}
