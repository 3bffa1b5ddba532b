import { convertFieldValue } from './field-value';
import type { ConversionContext } from './field-value.types';
import * as metas from './test-field-metas';

const context: ConversionContext = {
  accountIdByEmail: new Map([['jane@example.com', 'acc-jane']]),
  fallbackAssigneeAccountId: 'acc-fallback',
  trackingLabel: 'PeopleForce',
};

describe('convertFieldValue', () => {
  it.each<[string, string | null]>([
    ['null', null],
    ['empty', ''],
    ['blank', '  \n'],
  ])('clears a field whose value is %s', (_title, value) => {
    expect(convertFieldValue(value, metas.duedateMeta, context)).toEqual({ kind: 'clear' });
    expect(convertFieldValue(value, metas.descriptionMeta, context)).toEqual({ kind: 'clear' });
  });

  it('writes the tracking label even when the labels value is empty', () => {
    expect(convertFieldValue(null, metas.labelsMeta, context)).toEqual({
      kind: 'set',
      value: ['PeopleForce'],
    });
  });

  it('gives an unassigned task the fallback assignee', () => {
    expect(convertFieldValue(null, metas.assigneeMeta, context)).toEqual({
      kind: 'set',
      value: { accountId: 'acc-fallback' },
    });
    expect(convertFieldValue(null, metas.reporterMeta, context)).toEqual({ kind: 'clear' });
  });

  it('reports an unsupported field type, even for an empty value', () => {
    const message = 'Fix versions: field type array of version is not supported; remove its mapping';
    expect(convertFieldValue('1.0', metas.fixVersionsMeta, context)).toEqual({ kind: 'problem', message });
    expect(convertFieldValue(null, metas.fixVersionsMeta, context)).toEqual({ kind: 'problem', message });
  });

  it.each<[string, string, unknown]>([
    ['summary', 'Prepare laptop', 'Prepare laptop'],
    ['duedate', '2026-03-06', '2026-03-06'],
    ['assignee', 'jane@example.com', { accountId: 'acc-jane' }],
    ['priority', 'Medium', { id: '3' }],
    ['customfield_10050', 'Engineering', { id: '20' }],
    ['customfield_10051', 'Kyiv', [{ id: '30' }]],
    ['customfield_10053', '12.5', 12.5],
    ['customfield_10054', '2026-03-06T09:00:00Z', '2026-03-06T09:00:00.000+0000'],
    ['customfield_10055', 'jane@example.com', [{ accountId: 'acc-jane' }]],
    ['components', 'IT', [{ id: '100' }]],
  ])('routes %s to its converter', (fieldId, value, expected) => {
    const all = [
      ...metas.taskScreen,
      metas.departmentMeta,
      metas.locationsMeta,
      metas.budgetMeta,
      metas.startMeta,
      metas.watchersMeta,
      metas.componentsMeta,
    ];
    const meta = all.find((candidate) => candidate.fieldId === fieldId)!;
    expect(convertFieldValue(value, meta, context)).toEqual({ kind: 'set', value: expected });
  });

  it('writes a textarea custom field as ADF', () => {
    const result = convertFieldValue('a\nb', metas.notesMeta, context);
    expect(result.kind === 'set' && (result.value as { type: string }).type).toBe('doc');
  });
});
