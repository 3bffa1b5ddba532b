import type { TaskView } from '../mapping/task-view';
import type { LogPort } from '../platform/ports';
import type { TaskPage, TaskSource } from './sync.types';

/**
 * Reads every open task and the completed tasks down to `completedTarget`. PeopleForce has no delta filter but
 * returns ids newest first, so the completed list can stop at the first page that reaches below the target.
 * If the ids are not descending that shortcut is unsafe: the whole completed list is read and it is logged.
 */
export interface TaskListing {
  open: TaskView[];
  completed: TaskView[];
  /** 0 when the completed list was read to its end. */
  completedScannedDownTo: number;
  malformed: Array<{ id: unknown; reason: string }>;
  highestId: number;
  pagesRead: number;
  /** False when `shouldStop` ended the listing early. */
  complete: boolean;
}

export async function listTasks(
  source: TaskSource,
  /** Given the ids of the open tasks, how far down the completed list to read. */
  completedTarget: (openTaskIds: ReadonlySet<number>) => number,
  log: LogPort,
  onPage: (tasksSoFar: number) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<TaskListing> {
  const listing: TaskListing = {
    open: [],
    completed: [],
    completedScannedDownTo: 0,
    malformed: [],
    highestId: 0,
    pagesRead: 0,
    complete: true,
  };
  for await (const page of source.listTaskPages(false)) {
    collect(listing, listing.open, page);
    await onPage(listing.open.length);
    if (shouldStop()) return { ...listing, complete: false };
  }
  const target = completedTarget(new Set(listing.open.map((task) => task.id)));
  let previousLowest = Number.POSITIVE_INFINITY;
  let orderBroken = false;
  for await (const page of source.listTaskPages(true)) {
    collect(listing, listing.completed, page);
    await onPage(listing.open.length + listing.completed.length);
    if (shouldStop()) return { ...listing, complete: false };
    const ids = page.tasks.map((task) => task.id);
    if (!orderBroken && !isDescending(ids, previousLowest)) {
      orderBroken = true;
      log.log('warn', 'peopleforce.order_not_descending', {
        page: page.page,
        action: 'reading all completed tasks',
      });
    }
    previousLowest = Math.min(previousLowest, ...ids);
    if (!orderBroken && previousLowest < target) {
      listing.completedScannedDownTo = previousLowest;
      break;
    }
  }
  return listing;
}

function collect(listing: TaskListing, into: TaskView[], page: TaskPage): void {
  listing.pagesRead += 1;
  into.push(...page.tasks);
  for (const task of page.tasks) listing.highestId = Math.max(listing.highestId, task.id);
  for (const bad of page.malformed) listing.malformed.push({ id: bad.id, reason: bad.reason });
}

function isDescending(ids: readonly number[], previousLowest: number): boolean {
  let last = previousLowest;
  for (const id of ids) {
    if (id >= last) return false;
    last = id;
  }
  return true;
}
