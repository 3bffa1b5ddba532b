import type { FieldMetaDto } from '../../../../src/config/admin-api';
import type { SyncAction } from '../../../../src/config/schema';
import { mappingProblemsByField, templateProblems } from './task-fields';

export interface MappingChecks {
  /** Problems of the rule's own mapping of this field. */
  forField: (fieldId: string) => string[];
  /** Problems of fields the rule does not map itself: default mappings and required fields nothing fills. */
  others: string[];
}

/**
 * What is wrong with a rule's mappings before it is saved. With the target's fields known, the backend's own
 * rule validation runs; before they arrive only templates can be checked.
 */
export function mappingChecks(action: SyncAction, fields: readonly FieldMetaDto[] | null): MappingChecks {
  if (fields === null) {
    const byField = new Map(
      action.fieldMappings.map((mapping) => [
        mapping.fieldId,
        mapping.source.kind === 'template' ? templateProblems(mapping.source.template) : [],
      ]),
    );
    return { forField: (fieldId) => byField.get(fieldId) ?? [], others: [] };
  }
  const byField = mappingProblemsByField(action, fields);
  const ruleFields = new Set(action.fieldMappings.map((mapping) => mapping.fieldId));
  const others = [...byField]
    .filter(([fieldId]) => !ruleFields.has(fieldId))
    .flatMap(([, messages]) => messages);
  return { forField: (fieldId) => byField.get(fieldId) ?? [], others };
}
