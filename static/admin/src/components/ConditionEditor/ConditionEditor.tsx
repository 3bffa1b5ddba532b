import { useState } from 'react';
import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Label } from '@atlaskit/form';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import TextArea from '@atlaskit/textarea';
import Textfield from '@atlaskit/textfield';
import { conditionFields, conditionOperators, type Condition } from '../../../../../src/config/schema';
import type { ConditionProblems } from '../../model/problems';
import { choicesOf, conditionFieldLabels, conditionOperatorLabels } from '../../model/labels';
import { parseValueList, withOperator } from '../../model/rule-list';
import { FieldProblems } from '../FieldProblems/FieldProblems';
import { LabelledSelect } from '../LabelledSelect/LabelledSelect';
import { bordered, column } from '../../styles/surfaces';

interface ConditionEditorProps {
  condition: Condition;
  /** Unique in the page; prefixes the ids of the controls. */
  idPrefix: string;
  index: number;
  problems: ConditionProblems;
  onChange: (condition: Condition) => void;
  onRemove: () => void;
}

const fieldChoices = choicesOf(conditionFieldLabels);
const operatorChoices = choicesOf(conditionOperatorLabels);

function isField(value: string): value is Condition['field'] {
  return (conditionFields as readonly string[]).includes(value);
}

function isOperator(value: string): value is Condition['operator'] {
  return (conditionOperators as readonly string[]).includes(value);
}

/** One condition of a rule: which task field, how it is compared, against what, and whether case matters. */
export function ConditionEditor({
  condition,
  idPrefix,
  index,
  problems,
  onChange,
  onRemove,
}: ConditionEditorProps) {
  const testId = `condition-${index}`;
  return (
    <Box style={bordered} padding="space.100" testId={testId}>
      <Stack space="space.100">
        <Inline space="space.100" shouldWrap alignBlock="start">
          <Box style={column(160)}>
            <LabelledSelect
              id={`${idPrefix}-field`}
              label="Task field"
              testId={`${testId}-field`}
              options={fieldChoices}
              value={condition.field}
              problems={problems.field}
              onChange={(value) => {
                if (isField(value)) onChange({ ...condition, field: value });
              }}
            />
          </Box>
          <Box style={column(160)}>
            <LabelledSelect
              id={`${idPrefix}-operator`}
              label="Comparison"
              testId={`${testId}-operator`}
              options={operatorChoices}
              value={condition.operator}
              problems={problems.operator}
              onChange={(value) => {
                if (isOperator(value)) onChange(withOperator(condition, value));
              }}
            />
          </Box>
          <Box style={column(160)}>
            <ConditionValues
              condition={condition}
              id={`${idPrefix}-values`}
              testId={`${testId}-value`}
              problems={problems.values}
              onChange={(values) => {
                onChange({ ...condition, values });
              }}
            />
          </Box>
        </Inline>
        <Inline space="space.200" alignBlock="center" spread="space-between">
          <Checkbox
            id={`${idPrefix}-case`}
            testId={`${testId}-case`}
            label="Case-sensitive"
            isChecked={condition.caseSensitive}
            onChange={(event) => {
              onChange({ ...condition, caseSensitive: event.target.checked });
            }}
          />
          <Button appearance="subtle" testId={`${testId}-remove`} onClick={onRemove}>
            Remove condition {index + 1}
          </Button>
        </Inline>
        <FieldProblems messages={problems.other} testId={`${testId}-problems`} />
      </Stack>
    </Box>
  );
}

interface ConditionValuesProps {
  condition: Condition;
  id: string;
  testId: string;
  problems: string[];
  onChange: (values: string[]) => void;
}

/** One text box, or for "is one of" a box with one accepted value per line. */
function ConditionValues({ condition, id, testId, problems, onChange }: ConditionValuesProps) {
  if (condition.operator === 'oneOf') {
    return (
      <ValueList id={id} testId={testId} values={condition.values} problems={problems} onChange={onChange} />
    );
  }
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>Value</Label>
      <Textfield
        id={id}
        testId={testId}
        value={condition.values[0] ?? ''}
        isInvalid={problems.length > 0}
        onChange={(event) => {
          onChange([event.currentTarget.value]);
        }}
      />
      <FieldProblems messages={problems} testId={`${testId}-problems`} />
    </Stack>
  );
}

interface ValueListProps {
  id: string;
  testId: string;
  values: string[];
  problems: string[];
  onChange: (values: string[]) => void;
}

/** Keeps the text as typed (blank lines included) and reports the parsed values. */
function ValueList({ id, testId, values, problems, onChange }: ValueListProps) {
  const [text, setText] = useState(values.join('\n'));
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>Values, one per line</Label>
      <TextArea
        id={id}
        testId={testId}
        value={text}
        minimumRows={2}
        isInvalid={problems.length > 0}
        onChange={(event) => {
          setText(event.currentTarget.value);
          onChange(parseValueList(event.currentTarget.value));
        }}
      />
      <FieldProblems messages={problems} testId={`${testId}-problems`} />
    </Stack>
  );
}
