import type { FieldMetaDto } from '../../../../src/config/admin-api';
import type { SyncAction } from '../../../../src/config/schema';
import { mappingChecks } from './mapping-checks';
import { exampleOutput, exampleValue, takesOneChoice, taskFields } from './task-fields';

const department: FieldMetaDto = {
  fieldId: 'customfield_10050',
  name: 'Department',
  required: false,
  schema: { type: 'option', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:select' },
  allowedValues: [
    { id: '10100', value: 'Engineering' },
    { id: '10101', value: 'People Ops' },
  ],
};
const equipment: FieldMetaDto = {
  ...department,
  fieldId: 'customfield_10051',
  name: 'Equipment',
  schema: {
    type: 'array',
    items: 'option',
    custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiselect',
  },
};
const summary: FieldMetaDto = {
  fieldId: 'summary',
  name: 'Summary',
  required: true,
  schema: { type: 'string', system: 'summary' },
};
const costCentre: FieldMetaDto = {
  fieldId: 'customfield_10060',
  name: 'Cost centre',
  required: true,
  schema: { type: 'string' },
};

const action = (fieldMappings: SyncAction['fieldMappings']): SyncAction => ({
  type: 'sync',
  projectKey: 'HR',
  issueTypeId: '10001',
  fieldMappings,
});

describe('task fields on the admin page', () => {
  test('the example task has the value the field list gives as example, wherever it has one', () => {
    const shown = taskFields.filter((field) => exampleValue(field.path) !== null);
    expect(shown.length).toBeGreaterThan(15);
    for (const field of shown)
      expect([field.path, exampleValue(field.path)]).toEqual([field.path, field.example]);
  });

  test('each kind of source yields its example value', () => {
    expect(exampleOutput({ kind: 'static', value: 'HR' })).toBe('HR');
    expect(exampleOutput({ kind: 'path', path: 'assigned_to.email' })).toBe('jane@example.com');
    expect(exampleOutput({ kind: 'template', template: '{{title}} for {{ associated_to.full_name }}' })).toBe(
      'Prepare laptop for Bobby Smith',
    );
    expect(exampleOutput({ kind: 'path', path: 'completed_at' })).toBeNull();
  });

  test.each([
    [department, true],
    [equipment, false],
    [summary, false],
  ])('a fixed value for %o is one choice: %s', (field, expected) => {
    expect(takesOneChoice(field)).toBe(expected);
  });
});

describe('mapping checks before saving', () => {
  test('before the target’s fields arrive only templates are checked', () => {
    const checks = mappingChecks(
      action([{ fieldId: 'summary', source: { kind: 'template', template: '{{titel}}' } }]),
      null,
    );
    expect(checks.forField('summary')).toEqual(['unknown task field "titel" at character 1']);
    expect(checks.others).toEqual([]);
  });

  test('with the fields known, a value Jira would refuse is reported on its mapping', () => {
    const checks = mappingChecks(
      action([{ fieldId: 'customfield_10050', source: { kind: 'static', value: 'Finance' } }]),
      [summary, department],
    );
    expect(checks.forField('customfield_10050').join(' ')).toContain('"Finance" is not an allowed value');
  });

  test('a required field nothing maps is reported for the rule, not for a mapping', () => {
    const checks = mappingChecks(action([]), [summary, costCentre]);
    expect(checks.others.join(' ')).toContain('Cost centre is required on HR/10001');
    expect(checks.forField('customfield_10060')).toEqual(
      checks.others.filter((message) => message.startsWith('Cost centre')),
    );
  });
});
