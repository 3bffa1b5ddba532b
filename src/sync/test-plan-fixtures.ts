import { ConfigSchema, type Config } from '../config/schema';
import type { TaskView } from '../mapping/task-view';
import { buildTask } from '../mapping/test-task';

/** For tests of planning: candidates dropped, everything else to HR with the default mappings. */
export const hrPlanConfig: Config = ConfigSchema.parse({
  rules: [
    {
      id: 'drop-candidates',
      name: 'Candidates stay in PeopleForce',
      conditions: [{ field: 'associatedType', operator: 'equals', values: ['Candidate'] }],
      action: { type: 'drop' },
    },
    {
      id: 'hr',
      name: 'Everything else to HR',
      conditions: [],
      action: { type: 'sync', projectKey: 'HR', issueTypeId: '10001', fieldMappings: [] },
    },
  ],
});

export function planTask(id: number, overrides: Partial<TaskView> = {}): TaskView {
  return buildTask({ id, title: `Task ${id}`, created_at: '2026-11-01T10:00:00Z', ...overrides });
}
