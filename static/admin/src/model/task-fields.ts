import type { FieldMetaDto } from '../../../../src/config/admin-api';
import type { FieldMapping, FieldSource, SyncAction } from '../../../../src/config/schema';
import {
  DEFAULT_FIELD_MAPPINGS,
  renderSourceValues,
  validateTemplate,
} from '../../../../src/mapping/field-mapping';
import { fieldKind, type FieldMeta } from '../../../../src/mapping/field-meta';
import { validateRuleAgainstMeta } from '../../../../src/mapping/rule-validation';
import {
  EXAMPLE_TASK,
  TASK_FIELD_PATHS,
  readTaskPath,
  type TaskFieldPath,
  type TaskView,
} from '../../../../src/mapping/task-view';

/**
 * The admin page's one import site for the backend's field-mapping helpers, so that the page shows exactly
 * what the engine will do: the task fields, how a mapping renders a task, and what is wrong with a mapping.
 */

export type { TaskFieldPath };
export const taskFields: readonly TaskFieldPath[] = TASK_FIELD_PATHS;
export const defaultMappings: readonly FieldMapping[] = DEFAULT_FIELD_MAPPINGS;

/** The task the template examples are rendered from. */
export const exampleTask: TaskView = EXAMPLE_TASK;

/** The example task's value at a path, as text; null when it has none. */
export function exampleValue(path: string): string | null {
  const value = readTaskPath(exampleTask, path);
  return value === null ? null : String(value);
}

/** What a mapping would write for the example task, before conversion to Jira's format. */
export function exampleOutput(source: FieldSource): string | null {
  return renderSourceValues(exampleTask, [{ fieldId: 'example', source }]).example ?? null;
}

/** Template mistakes (unknown fields, unbalanced braces), worded for the admin. */
export function templateProblems(template: string): string[] {
  return validateTemplate(template);
}

function toFieldMeta(field: FieldMetaDto): FieldMeta {
  const { items, system, custom } = field.schema;
  return {
    fieldId: field.fieldId,
    name: field.name,
    required: field.required,
    schema: {
      type: field.schema.type,
      ...(items === undefined ? {} : { items }),
      ...(system === undefined ? {} : { system }),
      ...(custom === undefined ? {} : { custom }),
    },
    ...(field.allowedValues === undefined ? {} : { allowedValues: field.allowedValues.map(toAllowedValue) }),
  };
}

function toAllowedValue(value: NonNullable<FieldMetaDto['allowedValues']>[number]) {
  return {
    id: value.id,
    ...(value.name === undefined ? {} : { name: value.name }),
    ...(value.value === undefined ? {} : { value: value.value }),
  };
}

/** Problems of a sync action against its target's fields, by Jira field id, as the backend will find them. */
export function mappingProblemsByField(
  action: SyncAction,
  fields: readonly FieldMetaDto[],
): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  for (const problem of validateRuleAgainstMeta(action, fields.map(toFieldMeta))) {
    byField.set(problem.fieldId, [...(byField.get(problem.fieldId) ?? []), problem.message]);
  }
  return byField;
}

/** Whether a fixed value for this field is one choice from a list (a select) rather than free text. */
export function takesOneChoice(field: FieldMetaDto): boolean {
  const kind = fieldKind(toFieldMeta(field));
  return (kind === 'option' || kind === 'priority') && (field.allowedValues?.length ?? 0) > 0;
}
