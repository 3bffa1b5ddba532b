import type { TaskView } from './task-view';

/** A complete task for tests, shaped like PeopleForce's example; pass only what a test is about. */
export function buildTask(overrides: Partial<TaskView> = {}): TaskView {
  return {
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
    ...overrides,
  };
}
