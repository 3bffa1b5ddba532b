import { Box, Inline, Stack } from '@atlaskit/primitives';
import type { Problem } from '../../../../../src/config/admin-api';
import type { RuleAction } from '../../../../../src/config/schema';
import { useJiraMetadata } from '../../hooks/use-jira-metadata';
import type { Choice } from '../../model/choice';
import { actionPath, messagesAt } from '../../model/problems';
import { emptySyncAction } from '../../model/rule-list';
import { FieldMappingList } from '../FieldMappingList/FieldMappingList';
import { LabelledSelect } from '../LabelledSelect/LabelledSelect';
import { LoadFailed } from '../LoadState/LoadState';
import { column } from '../../styles/surfaces';

interface RuleTargetEditorProps {
  action: RuleAction;
  idPrefix: string;
  ruleIndex: number;
  problems: readonly Problem[];
  onChange: (action: RuleAction) => void;
}

const actionChoices: Choice[] = [
  { value: 'sync', label: 'Sync to a Jira issue' },
  { value: 'drop', label: 'Drop (never sync)' },
];

/** What a matching task becomes: dropped, or an issue of the chosen project and issue type with its mappings. */
export function RuleTargetEditor({ action, idPrefix, ruleIndex, problems, onChange }: RuleTargetEditorProps) {
  const base = actionPath(ruleIndex);
  return (
    <Stack space="space.150">
      <Box style={column(200)}>
        <LabelledSelect
          id={`${idPrefix}-action`}
          label="Action"
          testId="rule-action"
          options={actionChoices}
          value={action.type}
          problems={messagesAt(problems, `${base}.type`)}
          onChange={(value) => {
            if (value === action.type) return;
            onChange(value === 'drop' ? { type: 'drop' } : emptySyncAction());
          }}
        />
      </Box>
      {action.type === 'sync' ? (
        <SyncTarget
          action={action}
          idPrefix={idPrefix}
          ruleIndex={ruleIndex}
          problems={problems}
          onChange={onChange}
        />
      ) : null}
    </Stack>
  );
}

interface SyncTargetProps extends Omit<RuleTargetEditorProps, 'action'> {
  action: Extract<RuleAction, { type: 'sync' }>;
}

function SyncTarget({ action, idPrefix, ruleIndex, problems, onChange }: SyncTargetProps) {
  const base = actionPath(ruleIndex);
  const metadata = useJiraMetadata();
  const projects = metadata.data?.projects ?? [];
  const project = projects.find((candidate) => candidate.key === action.projectKey);
  const projectChoices = projects.map((candidate) => ({
    value: candidate.key,
    label: `${candidate.name} (${candidate.key})`,
  }));
  const issueTypeChoices = (project?.issueTypes ?? [])
    .filter((issueType) => !issueType.subtask)
    .map((issueType) => ({ value: issueType.id, label: issueType.name }));

  return (
    <Stack space="space.150">
      {metadata.error === null ? null : (
        <LoadFailed
          title="Jira projects could not be loaded"
          error={metadata.error}
          testId="jira-projects-failed"
        />
      )}
      <Inline space="space.150" shouldWrap alignBlock="start">
        <Box style={column(200)}>
          <LabelledSelect
            id={`${idPrefix}-project`}
            label="Target project"
            testId="rule-project"
            options={projectChoices}
            value={action.projectKey}
            isLoading={metadata.loading}
            problems={messagesAt(problems, `${base}.projectKey`)}
            onChange={(projectKey) => {
              if (projectKey !== action.projectKey) onChange({ ...action, projectKey, issueTypeId: '' });
            }}
          />
        </Box>
        <Box style={column(200)}>
          <LabelledSelect
            id={`${idPrefix}-issue-type`}
            label="Issue type"
            testId="rule-issue-type"
            options={issueTypeChoices}
            value={action.issueTypeId}
            isDisabled={action.projectKey === ''}
            placeholder={action.projectKey === '' ? 'Choose a project first' : 'Choose…'}
            problems={messagesAt(problems, `${base}.issueTypeId`)}
            onChange={(issueTypeId) => {
              onChange({ ...action, issueTypeId });
            }}
          />
        </Box>
      </Inline>
      <FieldMappingList
        action={action}
        idPrefix={idPrefix}
        ruleIndex={ruleIndex}
        problems={problems}
        onChange={(fieldMappings) => {
          onChange({ ...action, fieldMappings });
        }}
      />
    </Stack>
  );
}
