import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import { Anchor, Inline, Stack, Text } from '@atlaskit/primitives';
import type { IssuePanel, IssueSyncResult, LinkViewState } from '../../../../../src/config/issue-panel-api';
import { timeText } from '../../../../admin/src/model/run-outcome';
import { trailEventText, trailTriggerLabels } from '../../../../../src/config/trail-text';
import { TaskFailure } from '../../../../admin/src/components/TaskFailure/TaskFailure';
import { TaskTrail } from '../../../../admin/src/components/TaskTrail/TaskTrail';
import { SyncIssueNow } from '../SyncIssueNow/SyncIssueNow';
import { TaskFacts } from '../../../../admin/src/components/TaskFacts/TaskFacts';

interface IssuePanelViewProps {
  panel: IssuePanel;
  sync: () => Promise<IssueSyncResult>;
  onSynced: () => void;
}

const stateNotices: Partial<Record<LinkViewState, { title: string; text: string }>> = {
  broken: {
    title: 'Broken link',
    text: 'This issue names a PeopleForce task, but the app has no link from that task to this issue (it may be a clone of the synced issue). It is not kept in step.',
  },
  taskVanished: {
    title: 'Task deleted in PeopleForce',
    text: 'PeopleForce no longer returns this task, so the issue is no longer updated.',
  },
  unrouted: {
    title: 'No longer synced',
    text: 'No rule syncs this task any more; the issue is left as it is.',
  },
  issueDeleted: {
    title: 'Link closed',
    text: 'Jira reported this issue deleted, so its link was closed.',
  },
  notLinked: {
    title: 'Not a synced issue',
    text: 'This issue is not linked to a PeopleForce task.',
  },
};

/** The issue panel: the task behind the issue, how its sync went, and what the app did to it. */
export function IssuePanelView({ panel, sync, onSynced }: IssuePanelViewProps) {
  const notice = stateNotices[panel.state];
  const latest = panel.events[0] ?? null;
  return (
    <Stack space="space.200" testId="issue-panel">
      {notice ? (
        <SectionMessage appearance="warning" title={notice.title} testId={`panel-state-${panel.state}`}>
          <Text as="p">{notice.text}</Text>
        </SectionMessage>
      ) : null}
      {panel.snapshot ? (
        <TaskFacts snapshot={panel.snapshot} taskUrl={panel.taskUrl} />
      ) : panel.taskId === null ? null : (
        <Stack space="space.100" testId="task-no-snapshot">
          <Text>
            PeopleForce task #{panel.taskId}: its details are kept from the next time the task changes, or
            after "Sync this issue now".
          </Text>
          {panel.taskUrl === null ? null : (
            <Anchor href={panel.taskUrl} target="_blank" testId="task-open-in-peopleforce">
              Open in PeopleForce
            </Anchor>
          )}
        </Stack>
      )}
      {panel.failure ? <TaskFailure failure={panel.failure} testId="panel-failure" /> : null}
      <Stack space="space.050" testId="panel-last-sync">
        <Heading size="xxsmall">Last sync</Heading>
        {latest === null ? (
          <Text color="color.text.subtle">No sync of this task recorded yet.</Text>
        ) : (
          <Inline space="space.100" alignBlock="center" shouldWrap>
            <Lozenge appearance={latest.action === 'failed' ? 'removed' : 'success'}>
              {latest.action === 'failed' ? 'Failed' : 'Succeeded'}
            </Lozenge>
            <Text>
              {timeText(latest.at)} · {trailEventText(latest)} · {trailTriggerLabels[latest.trigger]}
            </Text>
          </Inline>
        )}
        {panel.lastRun ? (
          <Text size="small" color="color.text.subtle" testId="panel-last-run">
            Last poll {timeText(panel.lastRun.at)} ({panel.lastRun.outcome})
          </Text>
        ) : null}
      </Stack>
      {panel.canSyncNow && panel.taskId !== null ? <SyncIssueNow sync={sync} onSynced={onSynced} /> : null}
      {panel.events.length > 0 ? (
        <Stack space="space.100">
          <Heading size="xxsmall">Trail</Heading>
          <TaskTrail events={panel.events} testId="panel-trail" />
        </Stack>
      ) : null}
    </Stack>
  );
}
