import type { PeopleForcePerson, PeopleForceTask } from '../peopleforce/task.schema';

/** The task as routing and field mapping read it: the PeopleForce client's parsed task. */
export type TaskView = PeopleForceTask;
export type PersonView = PeopleForcePerson;

export type TaskPathValue = string | number | boolean | null;

export interface TaskFieldPath {
  path: string;
  label: string;
  example: string;
  /** False only for values every task has; a required Jira field fed from a nullable path can fail. */
  nullable: boolean;
}

type PathReader = (task: TaskView) => TaskPathValue;

const readers: Record<string, PathReader> = {
  id: (task) => task.id,
  title: (task) => task.title,
  type: (task) => task.type,
  description: (task) => task.description,
  description_plain: (task) => task.description_plain,
  starts_on: (task) => task.starts_on,
  ends_on: (task) => task.ends_on,
  completed: (task) => task.completed,
  completed_at: (task) => task.completed_at,
  'assigned_to.id': (task) => task.assigned_to?.id ?? null,
  'assigned_to.full_name': (task) => task.assigned_to?.full_name ?? null,
  'assigned_to.email': (task) => task.assigned_to?.email ?? null,
  'associated_to.id': (task) => task.associated_to?.id ?? null,
  'associated_to.full_name': (task) => task.associated_to?.full_name ?? null,
  'associated_to.email': (task) => task.associated_to?.email ?? null,
  'associated_to.type': (task) => task.associated_to?.type ?? null,
  'created_by.id': (task) => task.created_by?.id ?? null,
  'created_by.full_name': (task) => task.created_by?.full_name ?? null,
  'created_by.email': (task) => task.created_by?.email ?? null,
  created_at: (task) => task.created_at,
  updated_at: (task) => task.updated_at,
};

/** Every path a mapping or template may read, in the order the admin page lists them. */
/** A made-up task shaped like PeopleForce's own example; the task-field list's examples are its values. */
export const EXAMPLE_TASK: TaskView = {
  id: 7654321,
  title: 'Prepare laptop',
  type: 'Tasks::General',
  description: '<p>Order a <b>laptop</b></p>',
  description_plain: 'Order a laptop',
  starts_on: '2026-02-27',
  ends_on: '2026-03-06',
  completed: false,
  completed_at: null,
  assigned_to: { id: 123456, full_name: 'Jane Doe', email: 'jane@example.com' },
  associated_to: { id: 123458, type: 'Employee', full_name: 'Bobby Smith', email: 'bobby@example.com' },
  created_by: { id: 123457, full_name: 'John Doe', email: 'john@example.com' },
  created_at: '2026-02-23T10:40:50.361Z',
  updated_at: '2026-02-23T10:41:34.362Z',
};

export const TASK_FIELD_PATHS: readonly TaskFieldPath[] = [
  { path: 'id', label: 'Task id', example: '7654321', nullable: false },
  { path: 'title', label: 'Title', example: 'Prepare laptop', nullable: false },
  { path: 'type', label: 'Task type', example: 'Tasks::General', nullable: true },
  {
    path: 'description',
    label: 'Description (HTML)',
    example: '<p>Order a <b>laptop</b></p>',
    nullable: true,
  },
  { path: 'description_plain', label: 'Description (plain text)', example: 'Order a laptop', nullable: true },
  { path: 'starts_on', label: 'Start date', example: '2026-02-27', nullable: true },
  { path: 'ends_on', label: 'Due date', example: '2026-03-06', nullable: true },
  { path: 'completed', label: 'Completed', example: 'false', nullable: false },
  { path: 'completed_at', label: 'Completed at', example: '2026-03-05T09:12:00.000Z', nullable: true },
  { path: 'assigned_to.id', label: 'Assignee id', example: '123456', nullable: true },
  { path: 'assigned_to.full_name', label: 'Assignee name', example: 'Jane Doe', nullable: true },
  { path: 'assigned_to.email', label: 'Assignee email', example: 'jane@example.com', nullable: true },
  { path: 'associated_to.id', label: 'Concerned person id', example: '123458', nullable: true },
  { path: 'associated_to.full_name', label: 'Concerned person name', example: 'Bobby Smith', nullable: true },
  {
    path: 'associated_to.email',
    label: 'Concerned person email',
    example: 'bobby@example.com',
    nullable: true,
  },
  { path: 'associated_to.type', label: 'Concerned person kind', example: 'Employee', nullable: true },
  { path: 'created_by.id', label: 'Creator id', example: '123457', nullable: true },
  { path: 'created_by.full_name', label: 'Creator name', example: 'John Doe', nullable: true },
  { path: 'created_by.email', label: 'Creator email', example: 'john@example.com', nullable: true },
  { path: 'created_at', label: 'Created at', example: '2026-02-23T10:40:50.361Z', nullable: true },
  { path: 'updated_at', label: 'Updated at', example: '2026-02-23T10:41:34.362Z', nullable: true },
];

export function isKnownTaskPath(path: string): boolean {
  return Object.hasOwn(readers, path);
}

/** The value at a dot path such as `assigned_to.email`; null when the task has none or the path is unknown. */
export function readTaskPath(task: TaskView, path: string): TaskPathValue {
  const reader = Object.hasOwn(readers, path) ? readers[path] : undefined;
  return reader ? reader(task) : null;
}

export function taskFieldPath(path: string): TaskFieldPath | undefined {
  return TASK_FIELD_PATHS.find((entry) => entry.path === path);
}
