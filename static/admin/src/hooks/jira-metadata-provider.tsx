import { useState, type ReactNode } from 'react';
import { createJiraMetadataStore } from './jira-metadata-store';
import { JiraMetadataContext } from './use-jira-metadata';

export function JiraMetadataProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createJiraMetadataStore);
  return <JiraMetadataContext.Provider value={store}>{children}</JiraMetadataContext.Provider>;
}
