import Button from '@atlaskit/button/new';
import ProgressBar from '@atlaskit/progress-bar';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useSyncRun } from '../../hooks/use-sync-run';
import { progressFraction, progressText, type RunWatch } from '../../model/run-watch';
import { LoadFailed } from '../LoadState/LoadState';
import { RunSummary } from '../RunSummary/RunSummary';

interface SyncNowTabProps {
  enabled: boolean;
  dirty: boolean;
}

function RunState({ watch }: { watch: RunWatch }) {
  switch (watch.phase) {
    case 'idle':
      return <Text color="color.text.subtle">No sync is running.</Text>;
    case 'starting':
      return <Text>Starting…</Text>;
    case 'running': {
      const fraction = progressFraction(watch.progress);
      return (
        <Stack space="space.100" testId="sync-progress">
          <ProgressBar
            ariaLabel={progressText(watch.progress)}
            value={fraction ?? 0}
            isIndeterminate={fraction === null}
            testId="sync-progress-bar"
          />
          <Text testId="sync-progress-text">{progressText(watch.progress)}</Text>
        </Stack>
      );
    }
    case 'finished':
      return <RunSummary run={watch.run} testId="sync-result" />;
    case 'unreported':
      return (
        <SectionMessage
          appearance="warning"
          title="The run has not reported back yet"
          testId="sync-unreported"
        >
          <Text as="p">It was accepted and may still be working. Its result will appear in Activity.</Text>
        </SectionMessage>
      );
    case 'failed':
      return (
        <LoadFailed
          title="The sync could not be started or followed"
          error={watch.error}
          testId="sync-failed"
        />
      );
  }
}

/** Runs a sync now and follows it: "N of M tasks" while it works, then its counts. */
export function SyncNowTab({ enabled, dirty }: SyncNowTabProps) {
  const { watch, start } = useSyncRun();
  const busy = watch.phase === 'starting' || watch.phase === 'running';
  return (
    <Stack space="space.200">
      {enabled ? null : (
        <SectionMessage appearance="warning" title="Syncing is paused">
          <Text as="p">Resume it on the Health tab; a paused app refuses to sync, also on request.</Text>
        </SectionMessage>
      )}
      {dirty ? (
        <Text as="p">A sync uses the saved configuration; your unsaved changes are not included.</Text>
      ) : null}
      <Inline>
        <Button
          appearance="primary"
          isDisabled={busy || !enabled}
          isLoading={watch.phase === 'starting'}
          testId="sync-now-button"
          onClick={() => {
            void start();
          }}
        >
          Sync now
        </Button>
      </Inline>
      <RunState watch={watch} />
    </Stack>
  );
}
