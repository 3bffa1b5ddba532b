import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import type { Problem } from '../../../../../src/config/admin-api';
import type { SyncAction } from '../../../../../src/config/schema';
import { useJiraMetadata } from '../../hooks/use-jira-metadata';
import { mappingChecks } from '../../model/mapping-checks';
import { actionPath, mappingPaths, messagesAt, messagesExactlyAt } from '../../model/problems';
import { newMapping, removeAt, replaceAt } from '../../model/rule-list';
import { column } from '../../styles/surfaces';
import { DefaultMappings } from '../DefaultMappings/DefaultMappings';
import { FieldMappingEditor } from '../FieldMappingEditor/FieldMappingEditor';
import { FieldProblems } from '../FieldProblems/FieldProblems';
import { LabelledSelect } from '../LabelledSelect/LabelledSelect';
import { LoadFailed, Loading } from '../LoadState/LoadState';

interface FieldMappingListProps {
  action: SyncAction;
  idPrefix: string;
  ruleIndex: number;
  problems: readonly Problem[];
  onChange: (fieldMappings: SyncAction['fieldMappings']) => void;
}

/** The rule's field mappings, offered from the fields Jira shows on the target's create screen. */
export function FieldMappingList({ action, idPrefix, ruleIndex, problems, onChange }: FieldMappingListProps) {
  const hasTarget = action.projectKey !== '' && action.issueTypeId !== '';
  const target = useJiraMetadata(action.projectKey, action.issueTypeId);
  const [fieldToAdd, setFieldToAdd] = useState<string | null>(null);
  const fields = target.data?.fields ?? [];
  const checks = mappingChecks(action, target.data === null ? null : fields);
  const mapped = new Set(action.fieldMappings.map((mapping) => mapping.fieldId));
  const addable = fields
    .filter((field) => !mapped.has(field.fieldId))
    .map((field) => ({
      value: field.fieldId,
      label: field.required ? `${field.name} (required)` : field.name,
    }));

  return (
    <Stack space="space.150" testId="field-mappings">
      <Heading size="xsmall" as="h4">
        Field mappings
      </Heading>
      <DefaultMappings overridden={mapped} fields={fields} />
      <FieldProblems
        messages={[
          ...checks.others,
          ...messagesExactlyAt(problems, `${actionPath(ruleIndex)}.fieldMappings`),
        ]}
        testId="field-mappings-problems"
      />
      {hasTarget ? null : <Text as="p">Choose a target project and issue type to map its fields.</Text>}
      {hasTarget && target.loading ? <Loading label="Loading the target's fields…" /> : null}
      {target.error === null ? null : (
        <LoadFailed title="The target's fields could not be loaded" error={target.error} />
      )}
      {action.fieldMappings.map((mapping, index) => (
        <FieldMappingEditor
          key={mapping.fieldId === '' ? `new-${index}` : mapping.fieldId}
          mapping={mapping}
          idPrefix={`${idPrefix}-mapping-${index}`}
          field={fields.find((field) => field.fieldId === mapping.fieldId) ?? null}
          problems={[
            ...checks.forField(mapping.fieldId),
            ...messagesAt(problems, ...mappingPaths(ruleIndex, index, mapping.fieldId)),
          ]}
          onChange={(next) => {
            onChange(replaceAt(action.fieldMappings, index, next));
          }}
          onRemove={() => {
            onChange(removeAt(action.fieldMappings, index));
          }}
        />
      ))}
      {hasTarget && target.data !== null ? (
        <Inline space="space.100" alignBlock="end" shouldWrap>
          <Box style={column(240)}>
            <LabelledSelect
              id={`${idPrefix}-add-mapping-field`}
              label="Jira field to map"
              testId="add-mapping-field"
              options={addable}
              value={fieldToAdd}
              placeholder={addable.length === 0 ? 'Every field is mapped' : 'Choose a field…'}
              isDisabled={addable.length === 0}
              onChange={setFieldToAdd}
            />
          </Box>
          <Button
            testId="add-mapping"
            isDisabled={fieldToAdd === null}
            onClick={() => {
              if (fieldToAdd === null) return;
              onChange([...action.fieldMappings, newMapping(fieldToAdd)]);
              setFieldToAdd(null);
            }}
          >
            Add mapping
          </Button>
        </Inline>
      ) : null}
    </Stack>
  );
}
