import type { TaskView } from '../mapping/task-view';
import type { LogPort } from '../platform/ports';
import type { TaskPage, TaskSource } from './sync.types';

/**
 * Reads every open task and the completed tasks down to `completedTarget`. PeopleForce has no delta filter but
 * returns ids newest first, so the completed list can stop at the first page that reaches below the target.
 * If the ids are not descending that shortcut is unsafe: the whole completed list is read and it is logged.
 *
 * A listing too long for one invocation stops where `shouldStop` says and reports `stoppedAt`; the next
 * invocation resumes there. PeopleForce pages by number, so pages shift when tasks are added (overlap: ids
 * already read are skipped) or leave the list (a gap): resuming re-reads the page before, and further back while
 * a page lies wholly below the lowest id read, so no task is skipped.
 */
export interface ListingPosition {
  completed: boolean;
  /** The next page to read. */
  page: number;
  /** The lowest id read so far in this list; null before its first page. */
  lowestIdSeen: number | null;
}

export interface ListingResume {
  position: ListingPosition;
  /** Ids of the open tasks earlier invocations read: the completed list's target depends on all of them. */
  openIdsSeen: ReadonlySet<number>;
  /** Set once the completed list was begun. */
  completedTarget: number | null;
}

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
  /** Where a listing that `shouldStop` ended resumes; null when it is complete. */
  stoppedAt: ListingPosition | null;
  completedTarget: number | null;
}

export async function listTasks(
  source: TaskSource,
  /** Given the ids of the open tasks, how far down the completed list to read. */
  completedTarget: (openTaskIds: ReadonlySet<number>) => number,
  log: LogPort,
  onPage: (tasksSoFar: number) => Promise<void>,
  shouldStop: () => boolean = () => false,
  resume: ListingResume | null = null,
): Promise<TaskListing> {
  const listing: TaskListing = {
    open: [],
    completed: [],
    completedScannedDownTo: 0,
    malformed: [],
    highestId: 0,
    pagesRead: 0,
    complete: true,
    stoppedAt: null,
    completedTarget: resume?.completedTarget ?? null,
  };
  const start = resume?.position ?? { completed: false, page: 1, lowestIdSeen: null };
  const stopped = (position: ListingPosition): TaskListing => ({
    ...listing,
    complete: false,
    stoppedAt: position,
  });
  const seen = () => listing.open.length + listing.completed.length;
  if (!start.completed) {
    let position = start;
    for await (const page of pagesFrom(source, position)) {
      collect(listing, listing.open, page);
      position = after(position, page);
      await onPage(seen());
      // A page re-read to realign a resumed listing is not progress: stop only past the resume point.
      if (page.page >= start.page && shouldStop()) return stopped(position);
    }
  }
  const openIds = new Set([...(resume?.openIdsSeen ?? []), ...listing.open.map((task) => task.id)]);
  const target = listing.completedTarget ?? completedTarget(openIds);
  listing.completedTarget = target;
  let position: ListingPosition = start.completed ? start : { completed: true, page: 1, lowestIdSeen: null };
  const resumePage = position.page;
  let orderBroken = false;
  for await (const page of pagesFrom(source, position)) {
    collect(listing, listing.completed, page);
    const previousLowest = position.lowestIdSeen ?? Number.POSITIVE_INFINITY;
    position = after(position, page);
    await onPage(seen());
    const ids = page.tasks.map((task) => task.id);
    if (!orderBroken && !isDescending(ids, previousLowest)) {
      orderBroken = true;
      log.log('warn', 'peopleforce.order_not_descending', {
        page: page.page,
        action: 'reading all completed tasks',
      });
    }
    const lowest = position.lowestIdSeen ?? Number.POSITIVE_INFINITY;
    if (!orderBroken && lowest < target) {
      listing.completedScannedDownTo = lowest;
      break;
    }
    if (page.page >= resumePage && shouldStop()) return stopped(position);
  }
  return listing;
}

function after(position: ListingPosition, page: TaskPage): ListingPosition {
  const ids = page.tasks.map((task) => task.id);
  const lowest = Math.min(position.lowestIdSeen ?? Number.POSITIVE_INFINITY, ...ids);
  return {
    completed: position.completed,
    page: Math.max(position.page, page.page + 1),
    lowestIdSeen: Number.isFinite(lowest) ? lowest : position.lowestIdSeen,
  };
}

/** The pages from `position` on; a resumed list first realigns and drops ids it already read. */
async function* pagesFrom(source: TaskSource, position: ListingPosition): AsyncGenerator<TaskPage> {
  const lowest = position.lowestIdSeen;
  if (lowest === null || position.page <= 1) {
    yield* source.listTaskPages(position.completed, position.page);
    return;
  }
  let back = position.page - 1;
  let page = await pageAt(source, position.completed, back);
  while (page && back > 1 && highestIdOf(page) < lowest) {
    back -= 1;
    page = await pageAt(source, position.completed, back);
  }
  if (!page) return;
  yield below(page, lowest);
  if (page.pages !== null && back >= page.pages) return;
  for await (const next of source.listTaskPages(position.completed, back + 1)) yield below(next, lowest);
}

async function pageAt(source: TaskSource, completed: boolean, pageNumber: number): Promise<TaskPage | null> {
  for await (const page of source.listTaskPages(completed, pageNumber)) return page;
  return null;
}

function highestIdOf(page: TaskPage): number {
  return Math.max(Number.NEGATIVE_INFINITY, ...page.tasks.map((task) => task.id));
}

function below(page: TaskPage, lowestIdSeen: number): TaskPage {
  const unread = (id: unknown) => typeof id !== 'number' || id < lowestIdSeen;
  return {
    ...page,
    tasks: page.tasks.filter((task) => task.id < lowestIdSeen),
    malformed: page.malformed.filter((bad) => unread(bad.id)),
  };
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
