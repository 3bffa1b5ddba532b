import type { TaskSnapshot, TrailAction, TrailEvent, TrailTrigger } from '../config/task-trail';
import type { PersonView, TaskView } from '../mapping/task-view';
import type { ClockPort, KvPort } from '../platform/ports';
import { TaskTrail } from '../state/task-trail';

/**
 * What the apply steps and the return path report to: one call per thing done to a task, kept in memory until
 * the caller's checkpoint flushes it (see state/task-trail.ts for the storage and its bounds).
 */
export class TrailRecorder {
  private readonly trail: TaskTrail;

  constructor(
    kv: KvPort,
    private readonly clock: ClockPort,
    private readonly trigger: TrailTrigger,
  ) {
    this.trail = new TaskTrail(kv);
  }

  toJira(taskId: number, action: TrailAction, issueKey: string | null, detail: string | null = null): void {
    this.note(taskId, { action, direction: 'toJira', issueKey, detail });
  }

  toPeopleForce(
    taskId: number,
    action: TrailAction,
    issueKey: string | null,
    detail: string | null = null,
  ): void {
    this.note(taskId, { action, direction: 'toPeopleForce', issueKey, detail });
  }

  /** Keeps what the issue panel shows of the task, as it was when the issue was last written. */
  remember(task: TaskView): void {
    this.trail.remember(task.id, taskSnapshot(task, this.clock.now()));
  }

  /** The task was completed or reopened in PeopleForce from Jira: the snapshot says so too. */
  completedInPeopleForce(taskId: number, completed: boolean): void {
    this.trail.markCompleted(taskId, completed);
  }

  flush(): Promise<number> {
    return this.trail.flush();
  }

  private note(taskId: number, event: Omit<TrailEvent, 'at' | 'trigger'>): void {
    this.trail.note(taskId, { ...event, at: this.clock.now().toISOString(), trigger: this.trigger });
  }
}

function personSnapshot(value: PersonView | null) {
  return value ? { id: value.id, name: value.full_name, email: value.email } : null;
}

export function taskSnapshot(task: TaskView, takenAt: Date): TaskSnapshot {
  const about = task.associated_to;
  return {
    title: task.title,
    person: about ? { id: about.id, name: about.full_name, email: about.email, type: about.type } : null,
    assignee: personSnapshot(task.assigned_to),
    createdBy: personSnapshot(task.created_by),
    startsOn: task.starts_on,
    dueOn: task.ends_on,
    completed: task.completed,
    takenAt: takenAt.toISOString(),
  };
}
