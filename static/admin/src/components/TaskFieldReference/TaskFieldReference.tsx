import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { exampleTask, exampleValue, taskFields } from '../../model/task-fields';

const head = {
  cells: [
    { key: 'path', content: 'Task field' },
    { key: 'label', content: 'Meaning' },
    { key: 'example', content: 'In the example task' },
  ],
};

const rows = taskFields.map((field) => ({
  key: field.path,
  cells: [
    { key: 'path', content: <code>{`{{${field.path}}}`}</code> },
    { key: 'label', content: field.label },
    { key: 'example', content: exampleValue(field.path) ?? '(empty)' },
  ],
}));

/** The task fields a mapping or template can use, each with its value in the example task. */
export function TaskFieldReference() {
  return (
    <Stack space="space.100" testId="task-field-reference">
      <Heading size="xsmall" as="h3">
        Task fields
      </Heading>
      <Text as="p" color="color.text.subtle">
        Use a field in a template as {'{{field}}'}; the examples show what "{exampleTask.title}" would give.
      </Text>
      <DynamicTable head={head} rows={rows} label="Task fields and their example values" />
    </Stack>
  );
}
