import { Box, Stack, Text } from '@atlaskit/primitives';
import type { FieldMetaDto } from '../../../../../src/config/admin-api';
import type { FieldSource } from '../../../../../src/config/schema';
import { defaultMappings } from '../../model/task-fields';

interface DefaultMappingsProps {
  /** Fields the rule maps itself; their defaults do not apply. */
  overridden: ReadonlySet<string>;
  fields: readonly FieldMetaDto[];
}

function sourceText(source: FieldSource): string {
  switch (source.kind) {
    case 'static':
      return `"${source.value}"`;
    case 'path':
      return `{{${source.path}}}`;
    case 'template':
      return source.template;
  }
}

/** The mappings every synced issue gets unless the rule maps the field itself. */
export function DefaultMappings({ overridden, fields }: DefaultMappingsProps) {
  const applying = defaultMappings.filter((mapping) => !overridden.has(mapping.fieldId));
  return (
    <Stack space="space.050" testId="default-mappings">
      <Text as="p" color="color.text.subtle">
        Fields mapped below replace the default;{' '}
        {applying.length === 0 ? 'no default applies.' : 'these defaults apply:'}
      </Text>
      {applying.length === 0 ? null : (
        <Box as="ul">
          {applying.map((mapping) => (
            <Box as="li" key={mapping.fieldId}>
              <Text size="small">
                {fields.find((field) => field.fieldId === mapping.fieldId)?.name ?? mapping.fieldId} ←{' '}
                <code>{sourceText(mapping.source)}</code>
              </Text>
            </Box>
          ))}
        </Box>
      )}
    </Stack>
  );
}
