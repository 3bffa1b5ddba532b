import type { ConditionField, ConditionOperator } from '../../../../src/config/schema';
import type { Choice } from './choice';

/** Words for the configuration's enum values, as admins read them. */

export const conditionFieldLabels: Record<ConditionField, string> = {
  title: 'Title',
  description: 'Description',
  type: 'Task type',
  assigneeEmail: 'Assignee email',
  associatedEmail: 'Person concerned: email',
  associatedType: 'Person concerned: Employee or Candidate',
  creatorEmail: 'Creator email',
};

export const conditionOperatorLabels: Record<ConditionOperator, string> = {
  equals: 'equals',
  contains: 'contains',
  startsWith: 'starts with',
  regex: 'matches the regular expression',
  oneOf: 'is one of',
};

export function choicesOf<K extends string>(labels: Record<K, string>): Choice[] {
  return (Object.entries(labels) as [K, string][]).map(([value, label]) => ({ value, label }));
}
