import type { FieldMapping } from '../config/schema';
import { renderSourceValues } from './source-values';
import { buildTask } from './test-task';

describe('renderSourceValues', () => {
  const task = buildTask({ ends_on: null });

  it('renders each kind of source', () => {
    const mappings: FieldMapping[] = [
      { fieldId: 'summary', source: { kind: 'template', template: '{{title}} ({{ends_on}})' } },
      { fieldId: 'duedate', source: { kind: 'path', path: 'ends_on' } },
      { fieldId: 'customfield_1', source: { kind: 'path', path: 'id' } },
      { fieldId: 'customfield_2', source: { kind: 'path', path: 'completed' } },
      { fieldId: 'labels', source: { kind: 'static', value: 'HR, onboarding' } },
    ];
    expect(renderSourceValues(task, mappings)).toEqual({
      customfield_1: '7654321',
      customfield_2: 'false',
      duedate: null,
      labels: 'HR, onboarding',
      summary: 'Prepare laptop ()',
    });
  });

  it('sorts fields so equal inputs give byte-equal projections', () => {
    const a: FieldMapping[] = [
      { fieldId: 'summary', source: { kind: 'path', path: 'title' } },
      { fieldId: 'assignee', source: { kind: 'path', path: 'assigned_to.email' } },
    ];
    const values = renderSourceValues(task, a);
    expect(Object.keys(values)).toEqual(['assignee', 'summary']);
    expect(JSON.stringify(values)).toBe(JSON.stringify(renderSourceValues(task, [...a].reverse())));
  });

  it('lets a later mapping of the same field win', () => {
    const values = renderSourceValues(task, [
      { fieldId: 'summary', source: { kind: 'path', path: 'title' } },
      { fieldId: 'summary', source: { kind: 'static', value: 'Fixed' } },
    ]);
    expect(values).toEqual({ summary: 'Fixed' });
  });

  it('renders an unknown path as null', () => {
    expect(
      renderSourceValues(task, [{ fieldId: 'summary', source: { kind: 'path', path: 'nope' } }]),
    ).toEqual({
      summary: null,
    });
  });
});
