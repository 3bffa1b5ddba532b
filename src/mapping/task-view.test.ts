import { isKnownTaskPath, readTaskPath, TASK_FIELD_PATHS, taskFieldPath } from './task-view';
import { buildTask } from './test-task';

describe('readTaskPath', () => {
  const task = buildTask();

  it.each<[string, string | number | boolean | null]>([
    ['id', 7654321],
    ['title', 'Prepare laptop'],
    ['completed', false],
    ['ends_on', '2026-03-06'],
    ['assigned_to.email', 'jane@example.com'],
    ['associated_to.type', 'Employee'],
    ['created_by.full_name', 'John Doe'],
    ['unknown', null],
    ['assigned_to', null],
    ['constructor', null],
    ['__proto__', null],
  ])('reads %s', (path, expected) => {
    expect(readTaskPath(task, path)).toBe(expected);
  });

  it('reads null through a missing person', () => {
    const orphan = buildTask({ assigned_to: null, associated_to: null, created_by: null });
    expect(readTaskPath(orphan, 'assigned_to.email')).toBeNull();
    expect(readTaskPath(orphan, 'associated_to.type')).toBeNull();
    expect(readTaskPath(orphan, 'created_by.id')).toBeNull();
  });
});

describe('TASK_FIELD_PATHS', () => {
  it('lists exactly the readable paths, each once', () => {
    const paths = TASK_FIELD_PATHS.map((entry) => entry.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(isKnownTaskPath(path)).toBe(true);
    expect(paths).toHaveLength(21);
  });

  it('marks as not nullable only what every task has', () => {
    const notNullable = TASK_FIELD_PATHS.filter((entry) => !entry.nullable).map((entry) => entry.path);
    expect(notNullable).toEqual(['id', 'title', 'completed']);
  });

  it('gives each path a label and an example', () => {
    for (const entry of TASK_FIELD_PATHS) {
      expect(entry.label).not.toBe('');
      expect(entry.example).not.toBe('');
    }
    expect(taskFieldPath('ends_on')?.label).toBe('Due date');
    expect(taskFieldPath('nope')).toBeUndefined();
  });
});
