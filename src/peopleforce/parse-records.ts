import type { z } from 'zod';

/** A record PeopleForce sent that does not fit the schema: reported with its position, never thrown. */
export interface MalformedRecord {
  /** Position in the page's `data` array. */
  index: number;
  /** The record's `id` as sent, whatever its type (`undefined` when absent). */
  id: unknown;
  /** Which fields were wrong, e.g. `title: Invalid input: expected string, received null`. No values. */
  reason: string;
}

export interface ParsedRecords<T> {
  records: T[];
  malformed: MalformedRecord[];
}

/** Parses each record on its own, so that one bad record never hides the good ones beside it. */
export function parseRecords<T>(schema: z.ZodType<T>, raw: readonly unknown[]): ParsedRecords<T> {
  const records: T[] = [];
  const malformed: MalformedRecord[] = [];
  raw.forEach((record, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) records.push(parsed.data);
    else malformed.push({ index, id: recordId(record), reason: describeIssues(parsed.error.issues) });
  });
  return { records, malformed };
}

function recordId(record: unknown): unknown {
  return typeof record === 'object' && record !== null && 'id' in record ? record.id : undefined;
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(record)'}: ${issue.message}`)
    .join('; ');
}
