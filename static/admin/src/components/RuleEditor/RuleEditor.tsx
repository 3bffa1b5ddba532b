import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import Toggle from '@atlaskit/toggle';
import type { Problem } from '../../../../../src/config/admin-api';
import type { Rule } from '../../../../../src/config/schema';
import { conditionProblems, messagesAt, messagesExactlyAt, rulePath } from '../../model/problems';
import { newCondition, removeAt, replaceAt } from '../../model/rule-list';
import { ConditionEditor } from '../ConditionEditor/ConditionEditor';
import { FieldProblems } from '../FieldProblems/FieldProblems';
import { RuleTargetEditor } from '../RuleTargetEditor/RuleTargetEditor';

interface RuleEditorProps {
  rule: Rule;
  ruleIndex: number;
  problems: readonly Problem[];
  onChange: (rule: Rule) => void;
}

/** Everything about one rule: its name, whether it is on, when it matches, and what it does. */
export function RuleEditor({ rule, ruleIndex, problems, onChange }: RuleEditorProps) {
  const idPrefix = `rule-${rule.id}`;
  const base = rulePath(ruleIndex);
  const ruleLevel = [
    ...messagesExactlyAt(problems, base),
    ...messagesAt(problems, `${base}.id`, `${base}.enabled`),
    ...messagesExactlyAt(problems, `${base}.conditions`),
  ];
  return (
    <Stack space="space.200" testId="rule-editor">
      <Inline space="space.200" alignBlock="end" shouldWrap>
        <Stack space="space.050" grow="fill">
          <Label htmlFor={`${idPrefix}-name`}>Rule name</Label>
          <Textfield
            id={`${idPrefix}-name`}
            testId="rule-name"
            value={rule.name}
            isInvalid={messagesAt(problems, `${base}.name`).length > 0}
            onChange={(event) => {
              onChange({ ...rule, name: event.currentTarget.value });
            }}
          />
          <FieldProblems messages={messagesAt(problems, `${base}.name`)} testId="rule-name-problems" />
        </Stack>
        <Stack space="space.050">
          <Label htmlFor={`${idPrefix}-enabled`}>Enabled</Label>
          <Toggle
            id={`${idPrefix}-enabled`}
            testId="rule-enabled"
            isChecked={rule.enabled}
            onChange={() => {
              onChange({ ...rule, enabled: !rule.enabled });
            }}
          />
        </Stack>
      </Inline>
      <FieldProblems messages={ruleLevel} testId="rule-problems" />

      <Heading size="xsmall" as="h4">
        Conditions
      </Heading>
      <Text as="p" color="color.text.subtle">
        {rule.conditions.length === 0
          ? 'No conditions: this rule matches every task that reaches it.'
          : 'A task matches when every condition holds. Rules are tried in order; the first match wins.'}
      </Text>
      {rule.conditions.map((condition, index) => (
        <ConditionEditor
          key={`${rule.id}-${index}-${rule.conditions.length}`}
          condition={condition}
          idPrefix={`${idPrefix}-condition-${index}`}
          index={index}
          problems={conditionProblems(problems, ruleIndex, index)}
          onChange={(next) => {
            onChange({ ...rule, conditions: replaceAt(rule.conditions, index, next) });
          }}
          onRemove={() => {
            onChange({ ...rule, conditions: removeAt(rule.conditions, index) });
          }}
        />
      ))}
      <Inline>
        <Button
          testId="add-condition"
          onClick={() => {
            onChange({ ...rule, conditions: [...rule.conditions, newCondition()] });
          }}
        >
          Add condition
        </Button>
      </Inline>

      <Heading size="xsmall" as="h4">
        Action
      </Heading>
      <RuleTargetEditor
        action={rule.action}
        idPrefix={idPrefix}
        ruleIndex={ruleIndex}
        problems={problems}
        onChange={(action) => {
          onChange({ ...rule, action });
        }}
      />
    </Stack>
  );
}
