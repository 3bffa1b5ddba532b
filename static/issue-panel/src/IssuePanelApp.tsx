import { useCallback, useEffect, useState } from 'react';
import { Box } from '@atlaskit/primitives';
import type { IssuePanel } from '../../../src/config/issue-panel-api';
import { LoadFailed, Loading } from '../../admin/src/components/LoadState/LoadState';
import { getIssuePanel, syncIssueNow } from './api/panel-api';
import { IssuePanelView } from './components/IssuePanelView/IssuePanelView';

/**
 * Stable data-testid hooks for the browser test: panel-loading, panel-load-failed, issue-panel, task-facts,
 * task-title, task-completed, task-person, task-assignee, task-created-by, task-due, task-open-in-peopleforce,
 * task-no-snapshot, panel-state-STATE, panel-failure, panel-last-sync, panel-last-run, panel-trail(-event),
 * sync-issue-now, sync-issue-result, sync-issue-failed, sync-issue-events.
 */
export function IssuePanelApp({ firstLoad }: { firstLoad: Promise<IssuePanel> }) {
  const [panel, setPanel] = useState<IssuePanel | null>(null);
  const [error, setError] = useState<unknown>(null);

  const show = useCallback((loading: Promise<IssuePanel>) => {
    setError(null);
    loading.then(setPanel, setError);
  }, []);
  const load = useCallback(() => {
    show(getIssuePanel());
  }, [show]);
  useEffect(() => {
    show(firstLoad);
  }, [show, firstLoad]);

  return (
    <Box padding="space.100">
      {error !== null ? (
        <LoadFailed
          title="The PeopleForce task could not be loaded"
          error={error}
          onRetry={load}
          testId="panel-load-failed"
        />
      ) : panel === null ? (
        <Loading label="Loading the PeopleForce task" testId="panel-loading" />
      ) : (
        <IssuePanelView panel={panel} sync={syncIssueNow} onSynced={load} />
      )}
    </Box>
  );
}
