import { buildTask } from '../mapping/test-task';
import type { LogLevel } from '../platform/ports';
import { listTasks } from './list-tasks';
import type { TaskPage, TaskSource } from './sync.types';

/** A TaskSource serving pages of ids (which a test may change between listings), counting what was read. */
function source(open: number[][], completed: number[][]) {
  const read = { open: 0, completed: 0 };
  const pages = (ids: number[][], done: boolean, kind: 'open' | 'completed') =>
    async function* (fromPage: number): AsyncGenerator<TaskPage> {
      for (const [index, page] of ids.entries()) {
        if (index + 1 < fromPage) continue;
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
    listTaskPages: (isCompleted, fromPage = 1) =>
      isCompleted ? pages(completed, true, 'completed')(fromPage) : pages(open, false, 'open')(fromPage),
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

  describe('resumed by a later invocation', () => {
    const stopAfterFirstPage = () => {
      let pages = 0;
      return () => ++pages >= 1;
    };
    const ids = (tasks: Array<{ id: number }>) => tasks.map((task) => task.id);
    async function firstPart(open: number[][]) {
      const { taskSource } = source(open, [[40, 30]]);
      return listTasks(taskSource, () => 35, recordingLog().log, noProgress, stopAfterFirstPage());
    }
    async function resumed(open: number[][], first: Awaited<ReturnType<typeof firstPart>>) {
      const { taskSource, read } = source(open, [[40, 30]]);
      const listing = await listTasks(taskSource, () => 35, recordingLog().log, noProgress, undefined, {
        position: first.stoppedAt!,
        openIdsSeen: new Set(ids(first.open)),
        completedTarget: first.completedTarget,
      });
      return { listing, read };
    }

    it('reads on from where it stopped, re-reading one page to realign and skipping what it read', async () => {
      const open = [[90, 80], [70, 60], [50]];
      const first = await firstPart(open);
      expect(first.stoppedAt).toEqual({ completed: false, page: 2, lowestIdSeen: 80 });
      const { listing, read } = await resumed(open, first);
      expect(ids(listing.open)).toEqual([70, 60, 50]);
      expect(read.open).toBe(3);
      expect(listing.complete).toBe(true);
      expect(listing.completedScannedDownTo).toBe(30);
    });

    it('misses no task when tasks before the stop left the list and the pages moved up', async () => {
      const first = await firstPart([[90, 80], [70, 60], [50]]);
      // 90 and 80 were completed meanwhile: 70 now sits on page 1, which the stop point has passed.
      const { listing } = await resumed([[70, 60], [50]], first);
      expect(ids(listing.open)).toEqual([70, 60, 50]);
    });

    it('reads no task twice when new tasks pushed the pages down', async () => {
      const first = await firstPart([[90, 80], [70, 60], [50]]);
      const { listing } = await resumed([[99, 95], [90, 80], [70, 60], [50]], first);
      expect(ids(listing.open)).toEqual([70, 60, 50]);
    });

    it('always reads at least one page past the stop point, so every invocation moves on', async () => {
      const open = [[90, 80], [70, 60], [50]];
      const first = await firstPart(open);
      const { taskSource } = source(open, [[40, 30]]);
      const next = await listTasks(
        taskSource,
        () => 35,
        recordingLog().log,
        noProgress,
        () => true,
        {
          position: first.stoppedAt!,
          openIdsSeen: new Set(ids(first.open)),
          completedTarget: null,
        },
      );
      expect(ids(next.open)).toEqual([70, 60]);
      expect(next.stoppedAt).toEqual({ completed: false, page: 3, lowestIdSeen: 60 });
    });
  });
});
