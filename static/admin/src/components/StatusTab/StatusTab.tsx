import EmptyState from '@atlaskit/empty-state';
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Toggle from '@atlaskit/toggle';
import type { Problem } from '../../../../../src/config/admin-api';
import type { Config, StatusBehaviour } from '../../../../../src/config/schema';
import { useJiraMetadata } from '../../hooks/use-jira-metadata';
import { messagesAt } from '../../model/problems';
import { mappingFor, statusTargets, withStatusMapping, type StatusTarget } from '../../model/status-targets';
import { StatusMappingRow } from '../StatusMappingRow/StatusMappingRow';

type Direction = Exclude<keyof StatusBehaviour, 'mappings'>;

const directions: { key: Direction; label: string }[] = [
  {
    key: 'transitionIssueOnTaskCompletion',
    label: 'PeopleForce → Jira: a completed task moves its issue to done',
  },
  { key: 'transitionIssueOnTaskReopen', label: 'PeopleForce → Jira: a reopened task moves its issue back' },
  {
    key: 'completeTaskWhenIssueDone',
    label: 'Jira → PeopleForce: an issue reaching done completes its task',
  },
  { key: 'reopenTaskWhenIssueReopened', label: 'Jira → PeopleForce: an issue leaving done reopens its task' },
];

interface StatusTabProps {
  config: Config;
  problems: readonly Problem[];
  onChange: (status: StatusBehaviour) => void;
}

/** Status behaviour: the four directions, and the done / reopened status of each target the rules use. */
export function StatusTab({ config, problems, onChange }: StatusTabProps) {
  const status = config.status;
  const projects = useJiraMetadata().data?.projects ?? [];
  const targetName = (target: StatusTarget) => {
    const project = projects.find((candidate) => candidate.key === target.projectKey);
    const issueType = project?.issueTypes.find((candidate) => candidate.id === target.issueTypeId);
    return `${project?.name ?? target.projectKey} · ${issueType?.name ?? target.issueTypeId}`;
  };
  const problemsFor = (target: StatusTarget) => {
    const index = status.mappings.findIndex(
      (mapping) => mapping.projectKey === target.projectKey && mapping.issueTypeId === target.issueTypeId,
    );
    const base = `status.mappings.${index}`;
    return index < 0
      ? { done: [], reopen: [] }
      : {
          done: messagesAt(problems, `${base}.doneStatus`),
          reopen: messagesAt(problems, `${base}.reopenStatus`),
        };
  };
  const targets = statusTargets(config);

  return (
    <Stack space="space.300">
      <Stack space="space.100">
        <Heading size="small" as="h2">
          Directions
        </Heading>
        {directions.map((direction) => (
          <Inline key={direction.key} space="space.100" alignBlock="center">
            <Toggle
              id={`status-${direction.key}`}
              testId={`status-toggle-${direction.key}`}
              isChecked={status[direction.key]}
              onChange={() => {
                onChange({ ...status, [direction.key]: !status[direction.key] });
              }}
            />
            <Label htmlFor={`status-${direction.key}`}>{direction.label}</Label>
          </Inline>
        ))}
      </Stack>
      <Stack space="space.100">
        <Heading size="small" as="h2">
          Done and reopened statuses
        </Heading>
        <Text as="p" color="color.text.subtle">
          "Automatic" picks the first status in the done category (or out of it, for reopening) that the
          workflow can reach.
        </Text>
        {targets.length === 0 ? (
          <EmptyState
            header="No targets yet"
            description="Statuses are chosen per project and issue type. Add a rule that syncs to Jira first."
            testId="status-empty"
          />
        ) : (
          targets.map((target) => (
            <StatusMappingRow
              key={`${target.projectKey}/${target.issueTypeId}`}
              target={target}
              targetName={targetName(target)}
              mapping={mappingFor(status, target)}
              problems={problemsFor(target)}
              onChange={(change) => {
                onChange(withStatusMapping(status, target, change));
              }}
            />
          ))
        )}
      </Stack>
    </Stack>
  );
}
