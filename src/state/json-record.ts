import type { z } from 'zod';
import type { KvPort } from '../platform/ports';

/** Reads one stored document through its schema; a missing key gives the fallback. */
export async function readRecord<T extends z.ZodType>(
  kv: KvPort,
  key: string,
  schema: T,
  fallback: () => z.infer<T>,
) {
  const stored = await kv.get(key);
  if (stored === undefined) return fallback();
  const parsed = schema.safeParse(stored);
  if (!parsed.success) {
    throw new StoredStateError(key, parsed.error.issues.map((issue) => issue.message).join('; '));
  }
  return parsed.data;
}

export class StoredStateError extends Error {
  constructor(
    readonly key: string,
    detail: string,
  ) {
    super(`Stored state under "${key}" is not in the expected shape: ${detail}`);
    this.name = 'StoredStateError';
  }
}
