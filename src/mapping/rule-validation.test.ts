import { SyncActionSchema, type FieldMapping } from '../config/schema';
import type { FieldMeta } from './field-meta';
import { validateRuleAgainstMeta } from './rule-validation';
import * as metas from './test-field-metas';

function action(fieldMappings: FieldMapping[]) {
  return SyncActionSchema.parse({ type: 'sync', projectKey: 'HR', issueTypeId: '10001', fieldMappings });
}

const screen: FieldMeta[] = [
  ...metas.taskScreen,
  metas.departmentMeta,
  metas.locationsMeta,
  metas.budgetMeta,
  metas.watchersMeta,
  metas.fixVersionsMeta,
];

describe('validateRuleAgainstMeta', () => {
  it('finds nothing wrong with the defaults on a typical screen', () => {
    expect(validateRuleAgainstMeta(action([]), metas.taskScreen)).toEqual([]);
  });

  it.each<[string, FieldMapping, string[]]>([
    [
      'a field not on the screen',
      { fieldId: 'customfield_7', source: { kind: 'static', value: 'x' } },
      ['field customfield_7 is not on the create screen of HR/10001'],
    ],
    [
      'an unsupported field type',
      { fieldId: 'fixVersions', source: { kind: 'static', value: '1.0' } },
      ['Fix versions: field type array of version is not supported; remove its mapping'],
    ],
    [
      'an unknown task field',
      { fieldId: 'summary', source: { kind: 'path', path: 'name' } },
      ['unknown task field "name"'],
    ],
    [
      'a template problem',
      { fieldId: 'summary', source: { kind: 'template', template: '{{title' } },
      ['template: "{{" at character 1 is never closed with "}}"'],
    ],
    [
      'a static option Jira would refuse',
      { fieldId: 'customfield_10050', source: { kind: 'static', value: 'Sales' } },
      ['Department: "Sales" is not an allowed value; use one of: Engineering, People Ops'],
    ],
    [
      'static options Jira would refuse',
      { fieldId: 'customfield_10051', source: { kind: 'static', value: 'Kyiv, Rome' } },
      ['Locations: "Rome" is not an allowed value; use one of: Kyiv, Warsaw'],
    ],
    [
      'a static number that is not one',
      { fieldId: 'customfield_10053', source: { kind: 'static', value: 'lots' } },
      ['Budget: "lots" is not a number; use digits with an optional "." such as 12.5'],
    ],
    [
      'a static user that is not an email',
      { fieldId: 'assignee', source: { kind: 'static', value: 'Jane' } },
      ['Assignee: "Jane" is not an email address; user fields take a Jira user\'s email'],
    ],
    [
      'a user field fed from a name',
      { fieldId: 'assignee', source: { kind: 'path', path: 'assigned_to.full_name' } },
      ["Assignee takes a Jira user's email; map an email field such as assigned_to.email"],
    ],
    [
      'a required field fed from a nullable path',
      { fieldId: 'summary', source: { kind: 'path', path: 'type' } },
      ['Summary is required, but tasks without a value for type will fail to sync'],
    ],
    [
      'a required field with an empty static value',
      { fieldId: 'summary', source: { kind: 'static', value: ' ' } },
      ['Summary is required, but its static value is empty'],
    ],
  ])('reports %s', (_title, mapping, messages) => {
    const problems = validateRuleAgainstMeta(action([mapping]), screen);
    expect(problems).toEqual(messages.map((message) => ({ fieldId: mapping.fieldId, message })));
  });

  it.each<[string, FieldMapping]>([
    [
      'a valid static option',
      { fieldId: 'customfield_10050', source: { kind: 'static', value: 'engineering' } },
    ],
    [
      'static emails for a multi-user field',
      { fieldId: 'customfield_10055', source: { kind: 'static', value: 'a@x.io, b@x.io' } },
    ],
    [
      'a user field from an email path',
      { fieldId: 'assignee', source: { kind: 'path', path: 'created_by.email' } },
    ],
    [
      'a required field from a path every task has',
      { fieldId: 'summary', source: { kind: 'path', path: 'title' } },
    ],
  ])('accepts %s', (_title, mapping) => {
    expect(validateRuleAgainstMeta(action([mapping]), screen)).toEqual([]);
  });

  it('reports a field mapped twice', () => {
    const problems = validateRuleAgainstMeta(
      action([
        { fieldId: 'summary', source: { kind: 'path', path: 'title' } },
        { fieldId: 'summary', source: { kind: 'path', path: 'title' } },
      ]),
      screen,
    );
    expect(problems).toEqual([
      {
        fieldId: 'summary',
        message: 'field summary is mapped more than once; only the last mapping is used',
      },
    ]);
  });

  it('reports required fields nothing fills, but not those Jira fills', () => {
    const strict = [...metas.taskScreen, { ...metas.departmentMeta, required: true }];
    expect(validateRuleAgainstMeta(action([]), strict)).toEqual([
      {
        fieldId: 'customfield_10050',
        message: 'Department is required on HR/10001, but no field mapping fills it',
      },
    ]);
  });

  it('reports a default field missing from the screen', () => {
    const withoutDueDate = metas.taskScreen.filter((meta) => meta.fieldId !== 'duedate');
    expect(validateRuleAgainstMeta(action([]), withoutDueDate)).toEqual([
      { fieldId: 'duedate', message: 'field duedate is not on the create screen of HR/10001' },
    ]);
  });
});
