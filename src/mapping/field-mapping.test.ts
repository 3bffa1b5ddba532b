import { SyncActionSchema, type FieldMapping } from '../config/schema';
import { DEFAULT_FIELD_MAPPINGS, DEFAULT_TRACKING_LABEL, effectiveMappings } from './field-mapping';
import { renderSourceValues } from './source-values';
import { buildTask } from './test-task';

function action(fieldMappings: FieldMapping[]) {
  return SyncActionSchema.parse({ type: 'sync', projectKey: 'HR', issueTypeId: '10001', fieldMappings });
}

describe('field mapping defaults', () => {
  it('maps summary, description, due date, assignee and the tracking label', () => {
    expect(DEFAULT_TRACKING_LABEL).toBe('PeopleForce');
    expect(DEFAULT_FIELD_MAPPINGS).toEqual([
      { fieldId: 'summary', source: { kind: 'path', path: 'title' } },
      { fieldId: 'description', source: { kind: 'path', path: 'description' } },
      { fieldId: 'duedate', source: { kind: 'path', path: 'ends_on' } },
      { fieldId: 'assignee', source: { kind: 'path', path: 'assigned_to.email' } },
      { fieldId: 'labels', source: { kind: 'static', value: 'PeopleForce' } },
    ]);
  });

  it('uses the configured tracking label', () => {
    expect(effectiveMappings(action([]), 'pf-sync').at(-1)).toEqual({
      fieldId: 'labels',
      source: { kind: 'static', value: 'pf-sync' },
    });
  });

  it('replaces defaults field by field, keeps their order, and appends new fields', () => {
    const mappings = effectiveMappings(
      action([
        { fieldId: 'customfield_1', source: { kind: 'static', value: 'x' } },
        { fieldId: 'summary', source: { kind: 'template', template: '{{title}} ({{id}})' } },
      ]),
      'PeopleForce',
    );
    expect(mappings.map((mapping) => mapping.fieldId)).toEqual([
      'summary',
      'description',
      'duedate',
      'assignee',
      'labels',
      'customfield_1',
    ]);
    expect(mappings[0]?.source).toEqual({ kind: 'template', template: '{{title}} ({{id}})' });
  });

  it('lets the last of two rule mappings of one field win', () => {
    const mappings = effectiveMappings(
      action([
        { fieldId: 'duedate', source: { kind: 'path', path: 'starts_on' } },
        { fieldId: 'duedate', source: { kind: 'path', path: 'completed_at' } },
      ]),
      'PeopleForce',
    );
    expect(mappings.find((mapping) => mapping.fieldId === 'duedate')?.source).toEqual({
      kind: 'path',
      path: 'completed_at',
    });
  });

  it.each<[string, FieldMapping['source'], string]>([
    ['a static list', { kind: 'static', value: 'hr, it' }, 'hr, it,PeopleForce'],
    ['a path', { kind: 'path', path: 'type' }, 'Tasks::General,PeopleForce'],
    ['a template', { kind: 'template', template: 'pf-{{id}}' }, 'pf-7654321,PeopleForce'],
  ])('puts the tracking label into a rule labels mapping from %s', (_title, source, rendered) => {
    const mappings = effectiveMappings(action([{ fieldId: 'labels', source }]), 'PeopleForce');
    expect(renderSourceValues(buildTask(), mappings).labels).toBe(rendered);
  });

  it('changes the projection when the tracking label changes', () => {
    const task = buildTask();
    const before = renderSourceValues(task, effectiveMappings(action([]), 'PeopleForce'));
    const after = renderSourceValues(task, effectiveMappings(action([]), 'HR-sync'));
    expect(before.labels).not.toBe(after.labels);
  });
});
