import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Anchor, Inline, Stack, Text } from '@atlaskit/primitives';
import type { FailedTask } from '../../../../../src/config/records';
import { jiraIssueUrl, peopleforceTaskUrl } from '../../model/links';
import { timeText } from '../../model/run-outcome';

interface ErrorQueueProps {
  errors: readonly FailedTask[];
  siteUrl: string | null;
  /** Task ids being retried, or 'all'; their buttons show a spinner. */
  retrying: 'all' | ReadonlySet<number> | null;
  onRetry: (taskIds: 'all' | number[]) => void;
}

const kindLabels: Record<FailedTask['kind'], string> = {
  jira: 'Jira refused',
  peopleforce: 'PeopleForce refused',
  mapping: 'Mapping',
  deletedIssue: 'Issue deleted',
  vanishedTask: 'Task vanished',
  malformed: 'Unreadable task',
};

const head = {
  cells: ['Task', 'Issue', 'Kind', 'Reason', 'Attempts', 'Next retry', 'Action'].map((content) => ({
    key: content,
    content,
  })),
};

function isRetrying(retrying: ErrorQueueProps['retrying'], taskId: number): boolean {
  return retrying === 'all' || (retrying !== null && retrying.has(taskId));
}

/** Tasks that failed to sync, why, when they are tried again, and buttons to try now. */
export function ErrorQueue({ errors, siteUrl, retrying, onRetry }: ErrorQueueProps) {
  const rows = errors.map((error) => ({
    key: String(error.taskId),
    cells: [
      {
        key: 'task',
        content: (
          <Anchor
            href={peopleforceTaskUrl(error.taskId)}
            target="_blank"
            testId={`error-task-link-${error.taskId}`}
          >
            {error.taskTitle ?? `Task #${error.taskId}`}
          </Anchor>
        ),
      },
      {
        key: 'issue',
        content:
          error.issueKey === null ? (
            '—'
          ) : (
            <Anchor
              href={jiraIssueUrl(siteUrl, error.issueKey)}
              target="_blank"
              testId={`error-issue-link-${error.taskId}`}
            >
              {error.issueKey}
            </Anchor>
          ),
      },
      { key: 'kind', content: kindLabels[error.kind] },
      { key: 'reason', content: error.reason },
      { key: 'attempts', content: error.attempts },
      { key: 'next', content: timeText(error.nextRetryAt) },
      {
        key: 'action',
        content: (
          <Button
            spacing="compact"
            isLoading={isRetrying(retrying, error.taskId)}
            isDisabled={retrying !== null}
            aria-label={`Retry task ${error.taskId}`}
            testId={`retry-error-${error.taskId}`}
            onClick={() => {
              onRetry([error.taskId]);
            }}
          >
            Retry
          </Button>
        ),
      },
    ],
  }));
  return (
    <Stack space="space.100" testId="error-queue">
      <DynamicTable
        head={head}
        rows={rows}
        rowsPerPage={10}
        label="Tasks that failed to sync"
        emptyView={<Text>No failed tasks.</Text>}
      />
      {errors.length === 0 ? null : (
        <Inline>
          <Button
            isLoading={retrying === 'all'}
            isDisabled={retrying !== null}
            testId="retry-all-errors"
            onClick={() => {
              onRetry('all');
            }}
          >
            Retry all {errors.length}
          </Button>
        </Inline>
      )}
    </Stack>
  );
}
