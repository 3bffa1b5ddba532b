import { SeededRandom } from '../../../local/peopleforce-sim/seeded-random';
import type { SimTask } from '../../../local/peopleforce-sim';
import type { TestApp } from '../../support/app-harness';
import { isRouted } from './sync-invariants';

/**
 * One round of what people do between two polls, seeded so every run tries the same cases: in PeopleForce new
 * tasks (some offboarding, routed to IT), renamed tasks, moved due dates, completions and reopenings; in Jira
 * issues moved to done and reopened by a user. Each task is touched on one side only per round, so the
 * expected end state is unambiguous.
 */
export interface WorkloadSize {
  creates: number;
  edits: number;
  completions: number;
  reopenings: number;
  jiraDone: number;
  jiraReopened: number;
}

export const DEFAULT_ROUND: WorkloadSize = {
  creates: 2,
  edits: 3,
  completions: 1,
  reopenings: 1,
  jiraDone: 1,
  jiraReopened: 1,
};

export class ChangeWorkload {
  /** The completion state each person last asked for, in either system: what the sync must end up with. */
  readonly expectedCompletion = new Map<number, boolean>();
  private readonly random: SeededRandom;
  private round = 0;

  constructor(
    private readonly app: TestApp,
    private readonly completedBeforeFirstSync: ReadonlySet<number>,
    seed: number,
  ) {
    this.random = new SeededRandom(seed);
  }

  /** Changes PeopleForce only (no app call is made). */
  changePeopleForce(size: WorkloadSize = DEFAULT_ROUND, untouchable: Set<number> = new Set()): Set<number> {
    this.round += 1;
    const control = this.app.peopleforceSim!.control;
    const touched = untouchable;
    const linked = this.linkedTasks();
    for (let index = 0; index < size.creates; index += 1) {
      const offboarding = this.random.chance(0.3);
      const person = this.random.pick(linked).assigned_to;
      const task = control.addTask({
        title: `Round ${this.round} new task ${index + 1}`,
        type: offboarding ? 'Tasks::Offboarding' : 'Tasks::General',
        associated_to: offboarding ? { ...person, type: 'Employee' } : null,
        ends_on: `2027-0${1 + (index % 9)}-1${index % 10}`,
      });
      touched.add(task.id);
    }
    for (const task of this.pick(linked, size.edits, touched)) {
      if (this.random.chance(0.5)) control.updateTask(task.id, { title: `${task.title} (r${this.round})` });
      else control.updateTask(task.id, { ends_on: `2027-1${this.round % 3}-2${this.round % 9}` });
    }
    const open = linked.filter((task) => !task.completed);
    for (const task of this.pick(open, size.completions, touched)) {
      control.completeTask(task.id);
      this.expectedCompletion.set(task.id, true);
    }
    const done = linked.filter((task) => task.completed);
    for (const task of this.pick(done, size.reopenings, touched)) {
      control.reopenTask(task.id);
      this.expectedCompletion.set(task.id, false);
    }
    return touched;
  }

  /** Moves issues as a Jira user; the simulator raises the product events the app's trigger receives. */
  changeJira(size: WorkloadSize = DEFAULT_ROUND, touched: Set<number> = new Set()): void {
    const jira = this.app.jiraSim!.control;
    const issues = this.app.issuesByTask();
    const linked = this.linkedTasks().filter((task) => issues.get(task.id)?.length === 1);
    const isDone = (task: SimTask) =>
      (jira.issue(issues.get(task.id)![0]!)?.fields.status as { statusCategory: { key: string } })
        .statusCategory.key === 'done';
    for (const task of this.pick(
      linked.filter((t) => !isDone(t)),
      size.jiraDone,
      touched,
    )) {
      const key = issues.get(task.id)![0]!;
      jira.transitionIssue(key, key.startsWith('IT-') ? 'Resolved' : 'Done');
      this.expectedCompletion.set(task.id, true);
    }
    for (const task of this.pick(linked.filter(isDone), size.jiraReopened, touched)) {
      jira.transitionIssue(issues.get(task.id)![0]!, 'To Do');
      this.expectedCompletion.set(task.id, false);
    }
  }

  private linkedTasks(): SimTask[] {
    return [...this.app.peopleforceSim!.state.tasks.values()].filter((task) =>
      isRouted(task, this.completedBeforeFirstSync),
    );
  }

  private pick(candidates: readonly SimTask[], count: number, touched: Set<number>): SimTask[] {
    const picked: SimTask[] = [];
    const pool = candidates.filter((task) => !touched.has(task.id));
    while (picked.length < count && pool.length > 0) {
      const [task] = pool.splice(this.random.int(0, pool.length - 1), 1);
      if (task === undefined) break;
      touched.add(task.id);
      picked.push(task);
    }
    return picked;
  }
}
