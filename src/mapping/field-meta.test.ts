import { describeFieldType, fieldKind, needsMapping, type FieldKind, type FieldMeta } from './field-meta';
import * as metas from './test-field-metas';

describe('fieldKind', () => {
  it.each<[string, FieldMeta, FieldKind]>([
    ['summary is single-line text', metas.summaryMeta, 'singleLineText'],
    ['the description, reported as string, is rich text', metas.descriptionMeta, 'richText'],
    ['a textarea custom field is rich text', metas.notesMeta, 'richText'],
    ['a doc field is rich text', { ...metas.notesMeta, schema: { type: 'doc' } }, 'richText'],
    [
      'a textfield custom field is single-line',
      { ...metas.notesMeta, schema: { type: 'string', custom: 'x:textfield' } },
      'singleLineText',
    ],
    [
      'a url custom field is plain text',
      { ...metas.notesMeta, schema: { type: 'string', custom: 'x:url' } },
      'text',
    ],
    ['duedate is a date', metas.duedateMeta, 'date'],
    ['a datetime picker is a datetime', metas.startMeta, 'datetime'],
    ['a float is a number', metas.budgetMeta, 'number'],
    ['assignee is a user', metas.assigneeMeta, 'user'],
    ['a multi-user picker is users', metas.watchersMeta, 'users'],
    ['labels are labels', metas.labelsMeta, 'labels'],
    [
      'a labels custom field is labels',
      {
        ...metas.labelsMeta,
        fieldId: 'customfield_1',
        schema: { type: 'array', items: 'string', custom: 'x:labels' },
      },
      'labels',
    ],
    [
      'another string array is strings',
      { ...metas.labelsMeta, fieldId: 'customfield_2', schema: { type: 'array', items: 'string' } },
      'strings',
    ],
    ['a select is an option', metas.departmentMeta, 'option'],
    ['a multi-select is options', metas.locationsMeta, 'options'],
    ['priority is a priority', metas.priorityMeta, 'priority'],
    ['components are components', metas.componentsMeta, 'components'],
    ['fix versions are unsupported', metas.fixVersionsMeta, 'unsupported'],
    ['project is unsupported', metas.projectMeta, 'unsupported'],
    [
      'a cascading select is unsupported',
      { ...metas.departmentMeta, schema: { type: 'option-with-child' } },
      'unsupported',
    ],
    [
      'a type named like an object key is unsupported',
      { ...metas.departmentMeta, schema: { type: 'toString' } },
      'unsupported',
    ],
  ])('%s', (_title, meta, expected) => {
    expect(fieldKind(meta)).toBe(expected);
  });

  it('describes array types by their items', () => {
    expect(describeFieldType(metas.fixVersionsMeta)).toBe('array of version');
    expect(describeFieldType(metas.priorityMeta)).toBe('priority');
  });

  it.each<[string, FieldMeta, boolean]>([
    ['a required field without default', metas.summaryMeta, true],
    ['a required field with a default', metas.priorityMeta, false],
    ['the reporter, which Jira fills', metas.reporterMeta, false],
    ['the project', metas.projectMeta, false],
    ['an optional field', metas.duedateMeta, false],
  ])('%s needs a mapping: %s', (_title, meta, expected) => {
    expect(needsMapping(meta)).toBe(expected);
  });
});
