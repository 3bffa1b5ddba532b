import Button from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Textfield from '@atlaskit/textfield';
import type { FieldMetaDto } from '../../../../../src/config/admin-api';
import type { FieldMapping, FieldSource } from '../../../../../src/config/schema';
import type { Choice } from '../../model/choice';
import { exampleOutput, takesOneChoice, taskFields } from '../../model/task-fields';
import { FieldProblems } from '../FieldProblems/FieldProblems';
import { LabelledSelect } from '../LabelledSelect/LabelledSelect';
import { bordered, tile } from '../../styles/surfaces';

interface FieldMappingEditorProps {
  mapping: FieldMapping;
  idPrefix: string;
  /** The Jira field as the target's create screen describes it; null when it is not (or not yet) known. */
  field: FieldMetaDto | null;
  /** Checks made on the page and problems from the last save; the same words are shown once. */
  problems: string[];
  onChange: (mapping: FieldMapping) => void;
  onRemove: () => void;
}

const kindChoices: Choice[] = [
  { value: 'path', label: 'Task field' },
  { value: 'template', label: 'Template' },
  { value: 'static', label: 'Fixed value' },
];
const taskFieldChoices: Choice[] = taskFields.map((field) => ({
  value: field.path,
  label: `${field.label} (${field.path})`,
}));

function sourceOfKind(kind: string): FieldSource {
  if (kind === 'static') return { kind: 'static', value: '' };
  if (kind === 'template') return { kind: 'template', template: '{{title}}' };
  return { kind: 'path', path: 'title' };
}

function optionChoices(field: FieldMetaDto): Choice[] {
  return (field.allowedValues ?? []).map((option) => {
    const text = option.value ?? option.name ?? option.id;
    return { value: text, label: text };
  });
}

/** One Jira field's mapping: where its value comes from, and what that gives for the example task. */
export function FieldMappingEditor(props: FieldMappingEditorProps) {
  const { mapping, field, onChange, onRemove } = props;
  const testId = `mapping-${mapping.fieldId}`;
  const example = exampleOutput(mapping.source);
  return (
    <Box style={bordered} padding="space.150" testId={testId}>
      <Stack space="space.100">
        <Inline space="space.100" alignBlock="center" spread="space-between">
          <Inline space="space.100" alignBlock="center">
            <Text weight="bold">{field?.name ?? mapping.fieldId}</Text>
            <Text color="color.text.subtle" size="small">
              {mapping.fieldId}
            </Text>
            {field?.required === true ? <Lozenge appearance="moved">Required</Lozenge> : null}
          </Inline>
          <Button appearance="subtle" testId={`${testId}-remove`} onClick={onRemove}>
            Remove mapping
          </Button>
        </Inline>
        <LabelledSelect
          id={`${props.idPrefix}-kind`}
          label="Value comes from"
          testId={`${testId}-kind`}
          options={kindChoices}
          value={mapping.source.kind}
          onChange={(kind) => {
            if (kind !== mapping.source.kind) onChange({ ...mapping, source: sourceOfKind(kind) });
          }}
        />
        <SourceInput {...props} testId={`${testId}-value`} />
        <Box style={tile} padding="space.100">
          <Text as="p" testId={`${testId}-example`}>
            Example task gives: {example === null || example === '' ? <em>(empty)</em> : example}
          </Text>
        </Box>
      </Stack>
    </Box>
  );
}

function SourceInput({
  mapping,
  field,
  idPrefix,
  problems: given,
  onChange,
  testId,
}: FieldMappingEditorProps & { testId: string }) {
  const source = mapping.source;
  const problems = [...new Set(given)];
  const id = `${idPrefix}-value`;
  if (source.kind === 'path') {
    return (
      <LabelledSelect
        id={id}
        label="Task field"
        testId={testId}
        options={taskFieldChoices}
        value={source.path}
        problems={problems}
        onChange={(path) => {
          onChange({ ...mapping, source: { kind: 'path', path } });
        }}
      />
    );
  }
  if (source.kind === 'static' && field !== null && takesOneChoice(field)) {
    return (
      <LabelledSelect
        id={id}
        label="Fixed value"
        testId={testId}
        options={optionChoices(field)}
        value={source.value}
        problems={problems}
        onChange={(value) => {
          onChange({ ...mapping, source: { kind: 'static', value } });
        }}
      />
    );
  }
  const text = source.kind === 'static' ? source.value : source.template;
  return (
    <Stack space="space.050">
      <Label htmlFor={id}>
        {source.kind === 'static' ? 'Fixed value' : 'Template, with {{task field}} placeholders'}
      </Label>
      <Textfield
        id={id}
        testId={testId}
        value={text}
        isInvalid={problems.length > 0}
        placeholder={source.kind === 'template' ? '{{title}} for {{associated_to.full_name}}' : ''}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange({
            ...mapping,
            source:
              source.kind === 'static' ? { kind: 'static', value } : { kind: 'template', template: value },
          });
        }}
      />
      <FieldProblems messages={problems} testId={`${testId}-problems`} />
    </Stack>
  );
}
