import { badRequest } from './sim-error';

export function intParam(query: URLSearchParams, name: string, fallback: number, min = 0): number {
  const raw = query.get(name);
  if (raw === null || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw badRequest(`The value '${raw}' of the '${name}' parameter must be an integer of at least ${min}.`);
  }
  return value;
}

/** A list parameter given comma-separated, repeated, or both (`fields=a,b&fields=c`). */
export function listParam(query: URLSearchParams, name: string): string[] | undefined {
  const raw = query.getAll(name);
  if (raw.length === 0) return undefined;
  return raw
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

export interface Page<T> {
  startAt: number;
  maxResults: number;
  total: number;
  isLast: boolean;
  values: T[];
}

/** Offset paging as Jira's older list APIs do it, with the page size capped at `cap`. */
export function page<T>(
  items: readonly T[],
  query: URLSearchParams,
  defaultSize: number,
  cap: number,
): Page<T> {
  const startAt = intParam(query, 'startAt', 0);
  const maxResults = Math.min(intParam(query, 'maxResults', defaultSize, 1), cap);
  const values = items.slice(startAt, startAt + maxResults);
  return {
    startAt,
    maxResults,
    total: items.length,
    isLast: startAt + values.length >= items.length,
    values,
  };
}
