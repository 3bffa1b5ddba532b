import { useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import SectionMessage from '@atlaskit/section-message';
import Textfield from '@atlaskit/textfield';
import { Anchor, Box, Inline, Pressable, Stack, Text } from '@atlaskit/primitives';
import type { TaskMatch } from '../../../../../src/config/admin-api';
import { searchTasks } from '../../api/admin-api';
import { errorText } from '../../api/admin-api-error';
import { jiraIssueUrl, peopleforceTaskUrl } from '../../model/links';
import { bordered, selectedBorder } from '../../styles/surfaces';
import { TaskFacts } from '../TaskFacts/TaskFacts';
import { TaskFailure } from '../TaskFailure/TaskFailure';
import { TaskTrail } from '../TaskTrail/TaskTrail';

const linkStateLabels: Record<NonNullable<TaskMatch['linkState']>, string> = {
  active: 'Synced',
  issueDeleted: 'Issue deleted',
  taskVanished: 'Task gone',
  unrouted: 'No longer synced',
};

/** Finds a task by id, issue key, email or title words, and shows everything the app did to it. */
export function TasksTab({ siteUrl }: { siteUrl: string | null }) {
  const [query, setQuery] = useState('');
  const [searching, setSearching] = useState(false);
  const [result, setResult] = useState<{ matches: TaskMatch[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [selected, setSelected] = useState<number | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSearching(true);
    setError(null);
    searchTasks(query)
      .then((answer) => {
        setResult(answer);
        setSelected(answer.matches[0]?.taskId ?? null);
      })
      .catch((caught: unknown) => {
        setError(caught);
      })
      .finally(() => {
        setSearching(false);
      });
  };
  const chosen = result?.matches.find((match) => match.taskId === selected) ?? null;

  return (
    <Stack space="space.200" testId="tasks-tab">
      <form onSubmit={submit}>
        <Inline space="space.100" alignBlock="end">
          <Box style={{ flexGrow: 1 }}>
            <Textfield
              testId="task-search-input"
              aria-label="Search tasks"
              placeholder="Task id, issue key, email or words of the title"
              value={query}
              onChange={(event) => {
                setQuery(event.currentTarget.value);
              }}
            />
          </Box>
          <Button type="submit" appearance="primary" isLoading={searching} testId="task-search-submit">
            Search
          </Button>
        </Inline>
      </form>
      {error === null ? null : (
        <SectionMessage appearance="error" title="The search failed" testId="task-search-failed">
          <Text as="p">{errorText(error)}</Text>
        </SectionMessage>
      )}
      {result === null ? null : result.matches.length === 0 ? (
        <SectionMessage appearance="information" title="No task found" testId="task-search-empty">
          <Text as="p">
            The app has no record of a task like that: it was never synced and never failed. If it should be
            in Jira, the Preview tab shows which rule (if any) takes it.
          </Text>
        </SectionMessage>
      ) : (
        <Inline space="space.300" alignBlock="start" testId="task-search-results">
          <Stack space="space.100">
            <Text size="small" color="color.text.subtle">
              {result.total > result.matches.length
                ? `The ${result.matches.length} most recent of ${result.total} tasks`
                : `${result.total} task${result.total === 1 ? '' : 's'}`}
            </Text>
            {result.matches.map((match) => (
              <MatchItem
                key={match.taskId}
                match={match}
                selected={match.taskId === selected}
                onSelect={() => {
                  setSelected(match.taskId);
                }}
              />
            ))}
          </Stack>
          {chosen ? <TaskDetail match={chosen} siteUrl={siteUrl} /> : null}
        </Inline>
      )}
    </Stack>
  );
}

function MatchItem({
  match,
  selected,
  onSelect,
}: {
  match: TaskMatch;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    <Pressable
      padding="space.100"
      style={{ ...(selected ? selectedBorder : bordered), textAlign: 'start', width: 320 }}
      onClick={onSelect}
      testId={`task-match-${match.taskId}`}
    >
      <Stack space="space.050">
        <Text weight="medium">{match.title ?? `Task #${match.taskId}`}</Text>
        <Inline space="space.100" shouldWrap>
          <Text size="small" color="color.text.subtle">
            #{match.taskId}
            {match.issueKey === null ? '' : ` · ${match.issueKey}`}
          </Text>
          {match.linkState === null ? (
            <Lozenge appearance="removed">Not in Jira</Lozenge>
          ) : (
            <Lozenge appearance={match.linkState === 'active' ? 'success' : 'default'}>
              {linkStateLabels[match.linkState]}
            </Lozenge>
          )}
          {match.failure ? <Lozenge appearance="moved">In error queue</Lozenge> : null}
        </Inline>
      </Stack>
    </Pressable>
  );
}

function TaskDetail({ match, siteUrl }: { match: TaskMatch; siteUrl: string | null }) {
  return (
    <Stack space="space.200" testId="task-detail">
      {match.snapshot ? (
        <TaskFacts snapshot={match.snapshot} taskUrl={peopleforceTaskUrl(match.taskId)} />
      ) : (
        <Anchor href={peopleforceTaskUrl(match.taskId)} target="_blank">
          Open task #{match.taskId} in PeopleForce
        </Anchor>
      )}
      {match.issueKey === null ? null : (
        <Anchor href={jiraIssueUrl(siteUrl, match.issueKey)} target="_blank" testId="task-detail-issue">
          Open {match.issueKey} in Jira
        </Anchor>
      )}
      {match.failure ? <TaskFailure failure={match.failure} testId="task-detail-failure" /> : null}
      <Heading size="xsmall">Trail</Heading>
      <TaskTrail events={match.events} testId="task-trail" />
    </Stack>
  );
}
