import { useState } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { Stack, Text } from '@atlaskit/primitives';
import type { IssueSyncResult } from '../../../../../src/config/issue-panel-api';
import { errorText } from '../../../../admin/src/api/admin-api-error';
import { TaskTrail } from '../../../../admin/src/components/TaskTrail/TaskTrail';

interface SyncIssueNowProps {
  sync: () => Promise<IssueSyncResult>;
  /** Called after a sync so the panel reloads what it shows. */
  onSynced: () => void;
}

const appearances: Record<IssueSyncResult['outcome'], 'success' | 'warning' | 'information'> = {
  synced: 'success',
  notReached: 'warning',
  busy: 'information',
  paused: 'information',
  unlinked: 'warning',
};

/** "Sync this issue now" (Jira admins only): reconciles this one task both ways and says what it did. */
export function SyncIssueNow({ sync, onSynced }: SyncIssueNowProps) {
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<IssueSyncResult | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const start = () => {
    setRunning(true);
    setFailure(null);
    sync()
      .then((answer) => {
        setResult(answer);
        onSynced();
      })
      .catch((error: unknown) => {
        setFailure(error);
      })
      .finally(() => {
        setRunning(false);
      });
  };

  return (
    <Stack space="space.100">
      <Button appearance="primary" onClick={start} isLoading={running} testId="sync-issue-now">
        Sync this issue now
      </Button>
      {failure === null ? null : (
        <SectionMessage appearance="error" title="The sync did not run" testId="sync-issue-failed">
          <Text as="p">{errorText(failure)}</Text>
        </SectionMessage>
      )}
      {result === null ? null : (
        <SectionMessage appearance={appearances[result.outcome]} testId="sync-issue-result">
          <Stack space="space.100">
            <Text as="p">{result.message}</Text>
            {result.events.length > 0 ? (
              <TaskTrail events={result.events} testId="sync-issue-events" />
            ) : null}
          </Stack>
        </SectionMessage>
      )}
    </Stack>
  );
}
