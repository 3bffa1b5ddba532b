import { Checkbox } from '@atlaskit/checkbox';
import { HelperMessage, Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { Problem } from '../../../../../src/config/admin-api';
import type { Config } from '../../../../../src/config/schema';
import type { Choice } from '../../model/choice';
import { messagesAt } from '../../model/problems';
import { column } from '../../styles/surfaces';
import { FieldProblems } from '../FieldProblems/FieldProblems';
import { LabelledSelect } from '../LabelledSelect/LabelledSelect';

type Settings = Pick<
  Config,
  | 'createdAfter'
  | 'importCompletedOnFirstSync'
  | 'onTaskVanished'
  | 'onIssueDeleted'
  | 'fallbackAssigneeAccountId'
  | 'trackingLabel'
>;

interface SyncSettingsProps {
  config: Config;
  problems: readonly Problem[];
  onChange: (change: Partial<Settings>) => void;
}

const vanishedChoices: Choice[] = [
  { value: 'label', label: 'Add a label to the issue' },
  { value: 'transitionDone', label: 'Move the issue to done' },
  { value: 'keep', label: 'Leave the issue as it is' },
];
const deletedChoices: Choice[] = [
  { value: 'report', label: 'Report it and stop syncing the task' },
  { value: 'recreate', label: 'Create the issue again' },
];

function TextSetting(props: {
  id: string;
  label: string;
  help: string;
  value: string;
  problems: string[];
  onChange: (value: string) => void;
}) {
  return (
    <Stack space="space.050">
      <Label htmlFor={props.id}>{props.label}</Label>
      <Textfield
        id={props.id}
        testId={props.id}
        value={props.value}
        isInvalid={props.problems.length > 0}
        onChange={(event) => {
          props.onChange(event.currentTarget.value);
        }}
      />
      <HelperMessage>{props.help}</HelperMessage>
      <FieldProblems messages={props.problems} testId={`${props.id}-problems`} />
    </Stack>
  );
}

/** The settings that apply to every rule: which tasks are synced at all, and what happens at the edges. */
export function SyncSettings({ config, problems, onChange }: SyncSettingsProps) {
  return (
    <Stack space="space.150" testId="sync-settings">
      <Heading size="small" as="h2">
        Settings for all rules
      </Heading>
      <Inline space="space.200" shouldWrap alignBlock="start">
        <Box style={column(240)}>
          <TextSetting
            id="setting-created-after"
            label="Only tasks created on or after (YYYY-MM-DD)"
            help="Empty: every task. Tasks already linked stay linked."
            value={config.createdAfter ?? ''}
            problems={messagesAt(problems, 'createdAfter')}
            onChange={(value) => {
              onChange({ createdAfter: value.trim() === '' ? null : value.trim() });
            }}
          />
        </Box>
        <Box style={column(240)}>
          <TextSetting
            id="setting-tracking-label"
            label="Label on every synced issue"
            help="No spaces; Jira labels are single words."
            value={config.trackingLabel}
            problems={messagesAt(problems, 'trackingLabel')}
            onChange={(trackingLabel) => {
              onChange({ trackingLabel });
            }}
          />
        </Box>
        <Box style={column(240)}>
          <TextSetting
            id="setting-fallback-assignee"
            label="Fallback assignee (Jira account id)"
            help="For tasks whose assignee has no Jira user. Empty: leave unassigned."
            value={config.fallbackAssigneeAccountId ?? ''}
            problems={messagesAt(problems, 'fallbackAssigneeAccountId')}
            onChange={(value) => {
              onChange({ fallbackAssigneeAccountId: value.trim() === '' ? null : value.trim() });
            }}
          />
        </Box>
      </Inline>
      <Inline space="space.200" shouldWrap alignBlock="start">
        <Box style={column(240)}>
          <LabelledSelect
            id="setting-task-vanished"
            label="When a linked task disappears from PeopleForce"
            testId="setting-task-vanished"
            options={vanishedChoices}
            value={config.onTaskVanished}
            problems={messagesAt(problems, 'onTaskVanished')}
            onChange={(value) => {
              if (value === 'label' || value === 'transitionDone' || value === 'keep')
                onChange({ onTaskVanished: value });
            }}
          />
        </Box>
        <Box style={column(240)}>
          <LabelledSelect
            id="setting-issue-deleted"
            label="When a linked issue is deleted in Jira"
            testId="setting-issue-deleted"
            options={deletedChoices}
            value={config.onIssueDeleted}
            problems={messagesAt(problems, 'onIssueDeleted')}
            onChange={(value) => {
              if (value === 'report' || value === 'recreate') onChange({ onIssueDeleted: value });
            }}
          />
        </Box>
      </Inline>
      <Checkbox
        id="setting-import-completed"
        testId="setting-import-completed"
        label="On the first sync, also import tasks that are already completed (as done issues)"
        isChecked={config.importCompletedOnFirstSync}
        onChange={(event) => {
          onChange({ importCompletedOnFirstSync: event.target.checked });
        }}
      />
    </Stack>
  );
}
