import type { FieldMapping, FieldSource } from '../config/schema';
import { readTaskPath, type TaskView } from './task-view';
import { renderTemplate } from './template';

/** Jira field id → the text its mapping renders from a task, before any Jira conversion. */
export type SourceValues = Record<string, string | null>;

/**
 * The source projection of a task: what the engine fingerprints and later converts. It depends only on the
 * task and the mappings (never on Jira), and its keys are sorted so equal inputs give equal objects.
 * When two mappings name the same field, the later one wins.
 */
export function renderSourceValues(task: TaskView, mappings: readonly FieldMapping[]): SourceValues {
  const byField = new Map<string, string | null>();
  for (const mapping of mappings) byField.set(mapping.fieldId, renderSource(task, mapping.source));
  const values: SourceValues = {};
  for (const fieldId of [...byField.keys()].sort()) values[fieldId] = byField.get(fieldId) ?? null;
  return values;
}

export function renderSource(task: TaskView, source: FieldSource): string | null {
  switch (source.kind) {
    case 'static':
      return source.value;
    case 'path': {
      const value = readTaskPath(task, source.path);
      return value === null ? null : String(value);
    }
    case 'template':
      return renderTemplate(source.template, task);
  }
}
