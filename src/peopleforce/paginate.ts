import { PeopleForceError } from './errors';
import type { ListEnvelope } from './list-envelope';

export interface RawPage {
  page: number;
  pages: number | null;
  count: number | null;
  records: unknown[];
}

/**
 * Walks a PeopleForce list from `fromPage` (1 unless a continued listing resumes further on). PeopleForce's
 * only paging parameter is `page` and its page size is fixed by the server, so the walk stops on an empty page
 * or once `page >= pages`. A server that ignores
 * `?page=` (or cycles through a few pages) would otherwise be read forever: when a page holds only records
 * this walk has already read, or reports another page number than the one asked for, the walk stops with
 * `pagination_broken`. A page repeating some records is normal (a task created while listing shifts the rest).
 */
export async function* paginate(
  fetchPage: (page: number) => Promise<ListEnvelope>,
  request: string,
  fromPage = 1,
): AsyncGenerator<RawPage> {
  const seenIds = new Set<string>();
  for (let page = fromPage; ; page += 1) {
    const envelope = await fetchPage(page);
    if (envelope.records.length === 0) return;
    const ids = envelope.records.map((record) => recordIdKey(record));
    const onlyRepeats = ids.every((id) => id !== null && seenIds.has(id));
    if (page > fromPage && (onlyRepeats || (envelope.page !== null && envelope.page !== page))) {
      throw paginationBroken(request, page, envelope.page);
    }
    yield { page, pages: envelope.pages, count: envelope.count, records: envelope.records };
    if (envelope.pages !== null && page >= envelope.pages) return;
    for (const id of ids) if (id !== null) seenIds.add(id);
  }
}

/** Null for a record without an id: it cannot prove a repeat (and is reported as malformed). */
function recordIdKey(record: unknown): string | null {
  return typeof record === 'object' && record !== null && 'id' in record ? JSON.stringify(record.id) : null;
}

function paginationBroken(request: string, page: number, reportedPage: number | null): PeopleForceError {
  const answered =
    reportedPage !== null && reportedPage !== page
      ? `page ${reportedPage}`
      : 'only records it had already sent (the previous page again, or an earlier one)';
  return new PeopleForceError(
    `PeopleForce ignored the page parameter on ${request}: asked for page ${page}, got ${answered}. ` +
      'Stopped listing so that the same records are not read forever.',
    { code: 'pagination_broken', request },
  );
}
