import { useState } from 'react';
import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import * as api from '../../api/admin-api';
import { useAsyncResource } from '../../hooks/use-async-resource';
import { ErrorQueue } from '../ErrorQueue/ErrorQueue';
import { LoadFailed, Loading } from '../LoadState/LoadState';
import { RunHistoryChart } from '../RunHistoryChart/RunHistoryChart';
import { RunHistoryTable } from '../RunHistoryTable/RunHistoryTable';
import { UnmatchedUsers } from '../UnmatchedUsers/UnmatchedUsers';

type RetryOutcome = { ok: true; retried: number } | { ok: false; error: unknown };

/** What the sync has done (run history) and what it could not do (error queue, unmatched people). */
export function ActivityTab({ siteUrl }: { siteUrl: string | null }) {
  const history = useAsyncResource(() => api.getHistory(30));
  const errors = useAsyncResource(() => api.getErrors());
  const [retrying, setRetrying] = useState<'all' | ReadonlySet<number> | null>(null);
  const [retryOutcome, setRetryOutcome] = useState<RetryOutcome | null>(null);

  const retry = async (taskIds: 'all' | number[]) => {
    setRetrying(taskIds === 'all' ? 'all' : new Set(taskIds));
    setRetryOutcome(null);
    try {
      const result = await api.retryErrors(taskIds);
      setRetryOutcome({ ok: true, retried: result.retried });
      await Promise.all([errors.reload(), history.reload()]);
    } catch (error) {
      setRetryOutcome({ ok: false, error });
    } finally {
      setRetrying(null);
    }
  };

  const runs = history.data?.runs ?? [];
  return (
    <Stack space="space.300">
      <Inline spread="space-between" alignBlock="center">
        <Heading size="small" as="h2">
          Runs
        </Heading>
        <Button
          appearance="subtle"
          testId="activity-refresh"
          onClick={() => {
            void Promise.all([history.reload(), errors.reload()]);
          }}
        >
          Refresh
        </Button>
      </Inline>
      {history.loading && history.data === null ? <Loading label="Loading the run history…" /> : null}
      {history.error === null ? null : (
        <LoadFailed
          title="The run history could not be loaded"
          error={history.error}
          onRetry={() => void history.reload()}
        />
      )}
      {history.data !== null && runs.length === 0 ? (
        <EmptyState
          header="No runs yet"
          description="The first scheduled sync runs within five minutes of setup, or use Sync now."
        />
      ) : null}
      {runs.length > 0 ? <RunHistoryChart runs={runs} /> : null}
      {runs.length > 0 ? <RunHistoryTable runs={runs} /> : null}

      <Heading size="small" as="h2">
        Failed tasks
      </Heading>
      {retryOutcome === null ? null : retryOutcome.ok ? (
        <SectionMessage appearance="success" testId="retry-outcome">
          <Text as="p">
            {retryOutcome.retried} {retryOutcome.retried === 1 ? 'task is' : 'tasks are'} queued to be tried
            again now.
          </Text>
        </SectionMessage>
      ) : (
        <LoadFailed title="The retry was not accepted" error={retryOutcome.error} testId="retry-outcome" />
      )}
      {errors.loading && errors.data === null ? <Loading label="Loading failed tasks…" /> : null}
      {errors.error === null ? null : (
        <LoadFailed
          title="Failed tasks could not be loaded"
          error={errors.error}
          onRetry={() => void errors.reload()}
        />
      )}
      {errors.data === null ? null : (
        <ErrorQueue
          errors={errors.data.errors}
          siteUrl={siteUrl}
          retrying={retrying}
          onRetry={(taskIds) => {
            void retry(taskIds);
          }}
        />
      )}

      <Heading size="small" as="h2">
        People without a Jira user
      </Heading>
      {errors.data === null ? null : <UnmatchedUsers users={errors.data.unmatchedUsers} />}
    </Stack>
  );
}
