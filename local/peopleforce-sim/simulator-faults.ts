import type { SimTask } from './company.types';

export interface InjectedFailure {
  status: number;
  /** Sent as the `Retry-After` header: seconds ("2") or an HTTP date. */
  retryAfter?: string;
  /** A string is sent as HTML (as proxies do); anything else as JSON. Defaults to `{message}`. */
  body?: unknown;
}

/** Records served with wrong types, one kind of damage after another. */
const corruptions: ReadonlyArray<(task: Record<string, unknown>) => void> = [
  (task) => (task.id = 'abc'),
  (task) => (task.title = null),
  (task) => (task.assigned_to = 42),
  (task) => (task.completed = 'yes'),
];

/** Rewrites the records of one `GET /tasks` page as served: raw JSON, so anything a server could send. */
export type TaskPageRewrite = (records: unknown[], page: { page: number; completed: boolean }) => unknown[];

/** The misbehaviour a test asks for: failures, slowness, broken paging and ordering, damaged records. */
export class SimulatorFaults {
  latencyMs: number;
  ignorePage = false;
  rewriteTaskPage: TaskPageRewrite | null = null;
  shuffle = false;
  ipForbidden = false;
  private readonly failures: InjectedFailure[] = [];
  private readonly malformed = new Map<number, number>();
  private corruptionCount = 0;

  constructor(latencyMs: number) {
    this.latencyMs = latencyMs;
  }

  failNext(count: number, failure: InjectedFailure): void {
    for (let index = 0; index < count; index += 1) this.failures.push(failure);
  }

  takeFailure(): InjectedFailure | undefined {
    return this.failures.shift();
  }

  malformNext(taskIds: readonly number[]): void {
    for (const id of taskIds) this.malformed.set(id, this.corruptionCount++);
  }

  /** The task as served: a damaged copy the first time a malformed id is served, otherwise the task itself. */
  serve(task: SimTask): unknown {
    const corruption = this.malformed.get(task.id);
    if (corruption === undefined) return task;
    this.malformed.delete(task.id);
    const copy: Record<string, unknown> = { ...task };
    corruptions[corruption % corruptions.length]?.(copy);
    return copy;
  }

  clear(): void {
    this.failures.length = 0;
    this.malformed.clear();
    this.ignorePage = false;
    this.shuffle = false;
    this.ipForbidden = false;
    this.rewriteTaskPage = null;
    this.latencyMs = 0;
  }
}
