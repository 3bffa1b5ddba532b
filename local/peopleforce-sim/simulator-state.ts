import { isoDate, isoDateTime } from './calendar';
import type { Company, SimCandidate, SimEmployee, SimPersonRef, SimTask } from './company.types';
import { htmlToPlain } from './html-to-plain';

export type TaskPatch = Partial<Omit<SimTask, 'id'>>;

/**
 * The simulated company's data and the mutations PeopleForce users make in its UI (tests and the demo drive
 * them through `control`). Every mutation bumps `updated_at`, strictly, so that change detection can see it
 * even within one millisecond. Ids only grow, and a deleted id is never reused, as in a real database.
 */
export class SimulatorState {
  readonly name: string;
  readonly domain: string;
  readonly tasks = new Map<number, SimTask>();
  readonly employees = new Map<number, SimEmployee>();
  readonly candidates = new Map<number, SimCandidate>();
  private nextTaskId: number;

  constructor(
    company: Company,
    private readonly now: () => Date,
  ) {
    this.name = company.name;
    this.domain = company.domain;
    for (const task of company.tasks) this.tasks.set(task.id, structuredClone(task));
    for (const employee of company.employees) this.employees.set(employee.id, structuredClone(employee));
    for (const candidate of company.candidates) this.candidates.set(candidate.id, { ...candidate });
    this.nextTaskId = [...this.tasks.keys()].reduce((max, id) => Math.max(max, id), 0) + 1;
  }

  addTask(partial: Partial<SimTask> = {}): SimTask {
    const id = partial.id ?? this.nextTaskId;
    if (this.tasks.has(id)) throw new Error(`PeopleForce simulator: task ${id} already exists`);
    this.nextTaskId = Math.max(this.nextTaskId, id + 1);
    const stamp = isoDateTime(this.now().getTime());
    const owner = this.defaultOwner();
    const description = partial.description ?? null;
    const task: SimTask = {
      id,
      type: 'Tasks::General',
      title: `Task ${id}`,
      description,
      description_plain: description === null ? null : htmlToPlain(description),
      starts_on: isoDate(this.now().getTime()),
      ends_on: null,
      completed: false,
      completed_at: null,
      assigned_to: owner,
      associated_to: null,
      created_by: owner,
      created_at: stamp,
      updated_at: stamp,
      ...partial,
    };
    this.tasks.set(id, task);
    return task;
  }

  updateTask(id: number, patch: TaskPatch): SimTask {
    const task = this.task(id);
    const descriptionPlain =
      patch.description !== undefined && patch.description_plain === undefined
        ? { description_plain: patch.description === null ? null : htmlToPlain(patch.description) }
        : {};
    Object.assign(task, patch, descriptionPlain, { updated_at: this.nextUpdatedAt(task) });
    return task;
  }

  /** PeopleForce's complete: a no-op on a task that is already complete. */
  completeTask(id: number): SimTask {
    const task = this.task(id);
    if (task.completed) return task;
    return this.updateTask(id, { completed: true, completed_at: isoDateTime(this.now().getTime()) });
  }

  reopenTask(id: number): SimTask {
    const task = this.task(id);
    if (!task.completed) return task;
    return this.updateTask(id, { completed: false, completed_at: null });
  }

  deleteTask(id: number): void {
    this.task(id);
    this.tasks.delete(id);
  }

  task(id: number): SimTask {
    const task = this.tasks.get(id);
    if (!task) throw new Error(`PeopleForce simulator: no task ${id}`);
    return task;
  }

  personRef(employee: SimEmployee): SimPersonRef {
    return { id: employee.id, full_name: employee.full_name, email: employee.email };
  }

  private defaultOwner(): SimPersonRef {
    const employee = [...this.employees.values()].find((candidate) => candidate.active);
    if (!employee) throw new Error('PeopleForce simulator: the company has no active employee to own a task');
    return this.personRef(employee);
  }

  private nextUpdatedAt(task: SimTask): string {
    const previous = Date.parse(task.updated_at);
    return isoDateTime(Math.max(this.now().getTime(), previous + 1));
  }
}
