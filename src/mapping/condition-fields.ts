import type { ConditionField } from '../config/schema';
import { htmlToPlainText } from './html-to-plain-text';
import type { TaskView } from './task-view';

/**
 * The task value a routing condition looks at. `description` prefers PeopleForce's own plain text and
 * falls back to the text of the HTML, so conditions never match markup.
 */
export function conditionFieldValue(task: TaskView, field: ConditionField): string | null {
  switch (field) {
    case 'title':
      return task.title;
    case 'description':
      return descriptionText(task);
    case 'type':
      return task.type;
    case 'assigneeEmail':
      return task.assigned_to?.email ?? null;
    case 'associatedEmail':
      return task.associated_to?.email ?? null;
    case 'associatedType':
      return task.associated_to?.type ?? null;
    case 'creatorEmail':
      return task.created_by?.email ?? null;
  }
}

function descriptionText(task: TaskView): string | null {
  if (task.description_plain !== null && task.description_plain.trim() !== '') return task.description_plain;
  return task.description === null ? null : htmlToPlainText(task.description);
}
