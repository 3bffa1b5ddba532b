import { z } from 'zod';
import { describeIssues } from './parse-records';

/** One page of a PeopleForce list, whichever envelope it came in. The counters are null when not sent. */
export interface ListEnvelope {
  records: unknown[];
  page: number | null;
  pages: number | null;
  count: number | null;
}

/** Counters are advisory: a number or a numeric string is read, anything else counts as not sent. */
const counter = z
  .unknown()
  .optional()
  .transform((value) => {
    if (typeof value === 'number' && Number.isInteger(value)) return value;
    if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
    return null;
  });

const countersShape = { page: counter, pages: counter, count: counter };

/**
 * `{data, metadata: {pagination: {page, pages, count, items}}}` as live PeopleForce sends it, or
 * `{data, metadata: {page, pages, count, items}}` as its spec describes. `data: null` reads as an empty page.
 */
const ListEnvelopeSchema = z
  .object({
    data: z.array(z.unknown()).nullish(),
    metadata: z.object({ pagination: z.object(countersShape).nullish(), ...countersShape }).nullish(),
  })
  .transform(({ data, metadata }): ListEnvelope => {
    const counters = metadata?.pagination ?? metadata;
    return {
      records: data ?? [],
      page: counters?.page ?? null,
      pages: counters?.pages ?? null,
      count: counters?.count ?? null,
    };
  });

/** The envelope, or a description of why the body is not one. */
export function readListEnvelope(
  body: unknown,
): { ok: true; envelope: ListEnvelope } | { ok: false; reason: string } {
  const parsed = ListEnvelopeSchema.safeParse(body);
  return parsed.success
    ? { ok: true, envelope: parsed.data }
    : { ok: false, reason: describeIssues(parsed.error.issues) };
}
