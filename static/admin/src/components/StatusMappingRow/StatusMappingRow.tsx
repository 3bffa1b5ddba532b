import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { StatusMapping } from '../../../../../src/config/schema';
import { useJiraMetadata } from '../../hooks/use-jira-metadata';
import type { Choice } from '../../model/choice';
import type { StatusTarget } from '../../model/status-targets';
import { LabelledSelect } from '../LabelledSelect/LabelledSelect';
import { LoadFailed } from '../LoadState/LoadState';
import { bordered, column } from '../../styles/surfaces';

interface StatusMappingRowProps {
  target: StatusTarget;
  targetName: string;
  mapping: StatusMapping;
  problems: { done: string[]; reopen: string[] };
  onChange: (change: Partial<Pick<StatusMapping, 'doneStatus' | 'reopenStatus'>>) => void;
}

const AUTOMATIC = '';

function choices(statuses: { id: string; name: string }[], automaticLabel: string): Choice[] {
  return [
    { value: AUTOMATIC, label: automaticLabel },
    ...statuses.map((status) => ({ value: status.id, label: status.name })),
  ];
}

/** Which Jira status means "done" and which "reopened" for one project and issue type. */
export function StatusMappingRow({ target, targetName, mapping, problems, onChange }: StatusMappingRowProps) {
  const metadata = useJiraMetadata(target.projectKey, target.issueTypeId);
  const statuses = metadata.data?.statuses ?? [];
  const done = statuses.filter((status) => status.category === 'done');
  const open = statuses.filter((status) => status.category !== 'done');
  const testId = `status-${target.projectKey}-${target.issueTypeId}`;
  return (
    <Box style={bordered} padding="space.150" testId={testId}>
      <Stack space="space.100">
        <Text weight="bold">{targetName}</Text>
        {metadata.error === null ? null : (
          <LoadFailed title="This target's statuses could not be loaded" error={metadata.error} />
        )}
        <Inline space="space.200" shouldWrap>
          <Box style={column(220)}>
            <LabelledSelect
              id={`${testId}-done`}
              label={`Done status for ${targetName}`}
              testId={`${testId}-done`}
              options={choices(done, 'Automatic (first reachable done status)')}
              value={mapping.doneStatus ?? AUTOMATIC}
              isLoading={metadata.loading}
              problems={problems.done}
              onChange={(value) => {
                onChange({ doneStatus: value === AUTOMATIC ? null : value });
              }}
            />
          </Box>
          <Box style={column(220)}>
            <LabelledSelect
              id={`${testId}-reopen`}
              label={`Reopened status for ${targetName}`}
              testId={`${testId}-reopen`}
              options={choices(open, 'Automatic (first reachable open status)')}
              value={mapping.reopenStatus ?? AUTOMATIC}
              isLoading={metadata.loading}
              problems={problems.reopen}
              onChange={(value) => {
                onChange({ reopenStatus: value === AUTOMATIC ? null : value });
              }}
            />
          </Box>
        </Inline>
      </Stack>
    </Box>
  );
}
