/**
 * The fewest requests each scenario can make, from the company as the simulator holds it. PeopleForce has no
 * delta filter: every poll reads every open page, and completed pages from the newest down to the lowest id that
 * can have changed. Jira's bulk create takes 50 issues.
 */
export const PAGE_SIZE = 50;
export const BULK_CREATE_SIZE = 50;

export function pagesFor(records: number): number {
  return Math.max(1, Math.ceil(records / PAGE_SIZE));
}

/** Open pages, and completed pages down to (and including) the page holding `lowestId`. */
export function peopleforceLowerBound(
  tasks: Iterable<{ id: number; completed: boolean }>,
  lowestCompletedIdToReach: number,
): number {
  let open = 0;
  let completedAbove = 0;
  for (const task of tasks) {
    if (!task.completed) open += 1;
    else if (task.id >= lowestCompletedIdToReach) completedAbove += 1;
  }
  // Reading stops on the page that reaches below the target, so one more record's page is always read.
  return pagesFor(open) + pagesFor(completedAbove + 1);
}

/** One bulk create per 50 new issues of one project and issue type. */
export function bulkCreateLowerBound(createdPerTarget: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const created of createdPerTarget.values()) total += Math.ceil(created / BULK_CREATE_SIZE);
  return total;
}

/** A ratio of a count to its bound; 1 when both are zero, so "zero of zero" reads as on target. */
export function ratio(count: number, bound: number): number {
  if (bound === 0) return count === 0 ? 1 : Number.POSITIVE_INFINITY;
  return Math.round((count / bound) * 1000) / 1000;
}
