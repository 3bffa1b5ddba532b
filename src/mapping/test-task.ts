import { EXAMPLE_TASK, type TaskView } from './task-view';

/** A complete task for tests, shaped like PeopleForce's example; pass only what a test is about. */
export function buildTask(overrides: Partial<TaskView> = {}): TaskView {
  return { ...EXAMPLE_TASK, ...overrides };
}
