import { buildTask } from '../mapping/test-task';
import type { LogLevel } from '../platform/ports';
import { listTasks } from './list-tasks';
import type { TaskPage, TaskSource } from './sync.types';

/** A TaskSource serving fixed pages of ids, counting what was read. */
function source(open: number[][], completed: number[][]) {
  const read = { open: 0, completed: 0 };
  const pages = (ids: number[][], done: boolean, kind: 'open' | 'completed') =>
    async function* (): AsyncGenerator<TaskPage> {
      for (const [index, page] of ids.entries()) {
        read[kind] += 1;
        yield {
          page: index + 1,
          pages: ids.length,
          tasks: page.map((id) => buildTask({ id, completed: done })),
          malformed: [],
        };
        await Promise.resolve();
      }
    };
  const taskSource: TaskSource = {
    listTaskPages: (isCompleted) =>
      isCompleted ? pages(completed, true, 'completed')() : pages(open, false, 'open')(),
    completeTask: () => Promise.resolve(),
    incompleteTask: () => Promise.resolve(),
  };
  return { taskSource, read };
}

function recordingLog() {
  const events: Array<{ level: LogLevel; event: string }> = [];
  return { events, log: { log: (level: LogLevel, event: string) => events.push({ level, event }) } };
}
const noProgress = () => Promise.resolve();

describe('listTasks', () => {
  it('reads every open page and stops the completed list at the first page below the target', async () => {
    const { taskSource, read } = source(
      [[90, 80], [70]],
      [
        [60, 50],
        [40, 30],
        [20, 10],
      ],
    );
    let openIdsGiven: number[] = [];
    const target = (openIds: ReadonlySet<number>) => {
      openIdsGiven = [...openIds];
      return 45;
    };
    const listing = await listTasks(taskSource, target, recordingLog().log, noProgress);
    expect(openIdsGiven).toEqual([90, 80, 70]);
    expect(read).toEqual({ open: 2, completed: 2 });
    expect(listing.completedScannedDownTo).toBe(30);
    expect(listing.highestId).toBe(90);
  });

  it('reads the whole completed list, and says so, when ids are not newest first', async () => {
    const { taskSource, read } = source([[90]], [[40, 60], [30, 20], [10]]);
    const { events, log } = recordingLog();
    const listing = await listTasks(taskSource, () => 45, log, noProgress);
    expect(read.completed).toBe(3);
    expect(listing.completedScannedDownTo).toBe(0);
    expect(events).toContainEqual({ level: 'warn', event: 'peopleforce.order_not_descending' });
  });

  it('stops after the page on which it is asked to, marking the listing incomplete', async () => {
    const { taskSource, read } = source([[90, 80], [70]], [[60]]);
    const listing = await listTasks(
      taskSource,
      () => 0,
      recordingLog().log,
      noProgress,
      () => true,
    );
    expect(listing.complete).toBe(false);
    expect(listing.open.map((task) => task.id)).toEqual([90, 80]);
    expect(read.completed).toBe(0);
  });
});
