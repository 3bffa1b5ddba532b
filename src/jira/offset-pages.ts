/**
 * Reads every page of one of Jira's offset-paged lists (`startAt`/`maxResults`/`total`), stopping on the last
 * page, on an empty page, or when a server ignores `startAt` and would loop forever.
 */
export interface OffsetPage<T> {
  items: T[];
  total?: number;
  isLast?: boolean;
}

export const OFFSET_PAGE_SIZE = 50;
const MAX_PAGES = 1_000;

export async function readAllOffsetPages<T>(
  fetchPage: (startAt: number) => Promise<OffsetPage<T>>,
): Promise<T[]> {
  const all: T[] = [];
  for (let pageNumber = 0; pageNumber < MAX_PAGES; pageNumber += 1) {
    const page = await fetchPage(all.length);
    all.push(...page.items);
    const reachedTotal = page.total !== undefined && all.length >= page.total;
    if (page.items.length === 0 || page.isLast === true || reachedTotal) return all;
    if (page.total === undefined && page.isLast === undefined && page.items.length < OFFSET_PAGE_SIZE)
      return all;
  }
  throw new Error(`Jira kept returning pages after ${MAX_PAGES}; stopping to avoid a loop`);
}
