/**
 * PeopleForce's list envelope. Live responses (and the spec's example) nest the counters under
 * `metadata.pagination`; the spec's schema puts them straight under `metadata`. The simulator serves either,
 * so that the client is proven against both.
 */
export type EnvelopeShape = 'nested' | 'flat';

export interface PageCounters {
  page: number;
  pages: number;
  count: number;
  items: number;
}

export interface PageEnvelope<T> {
  data: T[];
  metadata: PageCounters | { pagination: PageCounters };
}

/** One page of `items`; a page past the end has `data: []`, as PeopleForce answers. */
export function pageEnvelope<T>(
  items: readonly T[],
  page: number,
  pageSize: number,
  shape: EnvelopeShape,
): PageEnvelope<T> {
  const counters: PageCounters = {
    page,
    pages: Math.max(1, Math.ceil(items.length / pageSize)),
    count: items.length,
    items: pageSize,
  };
  const data = items.slice((page - 1) * pageSize, page * pageSize);
  return { data, metadata: shape === 'nested' ? { pagination: counters } : counters };
}

/** `?page=` as PeopleForce reads it: 1-based, anything unreadable is page 1. */
export function requestedPage(raw: string | null): number {
  const page = Number.parseInt(raw ?? '', 10);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}
