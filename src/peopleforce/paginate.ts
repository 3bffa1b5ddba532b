import { PeopleForceError } from './errors';
import type { ListEnvelope } from './list-envelope';

export interface RawPage {
  page: number;
  pages: number | null;
  count: number | null;
  records: unknown[];
}

/**
 * Walks a PeopleForce list from `fromPage` (1 unless a continued listing resumes further on). PeopleForce's only paging parameter is `page` and its page size is
 * fixed by the server, so the walk stops on an empty page or once `page >= pages`. A server that ignores
 * `?page=` would otherwise send page 1 forever: when a page holds the same records as the one before, or
 * reports another page number than the one asked for, the walk stops with `pagination_broken`.
 */
export async function* paginate(
  fetchPage: (page: number) => Promise<ListEnvelope>,
  request: string,
  fromPage = 1,
): AsyncGenerator<RawPage> {
  let previousIds: string | null = null;
  for (let page = fromPage; ; page += 1) {
    const envelope = await fetchPage(page);
    if (envelope.records.length === 0) return;
    const ids = idFingerprint(envelope.records);
    if (page > fromPage && (ids === previousIds || (envelope.page !== null && envelope.page !== page))) {
      throw paginationBroken(request, page, envelope.page);
    }
    yield { page, pages: envelope.pages, count: envelope.count, records: envelope.records };
    if (envelope.pages !== null && page >= envelope.pages) return;
    previousIds = ids;
  }
}

function idFingerprint(records: readonly unknown[]): string {
  const ids = records.map((record) =>
    typeof record === 'object' && record !== null && 'id' in record ? JSON.stringify(record.id) : '?',
  );
  return ids.sort().join(',');
}

function paginationBroken(request: string, page: number, reportedPage: number | null): PeopleForceError {
  const answered =
    reportedPage !== null && reportedPage !== page ? `page ${reportedPage}` : 'the previous page again';
  return new PeopleForceError(
    `PeopleForce ignored the page parameter on ${request}: asked for page ${page}, got ${answered}. ` +
      'Stopped listing so that the same records are not read forever.',
    { code: 'pagination_broken', request },
  );
}
