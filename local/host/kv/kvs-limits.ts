import { KvsErrorCode, KvsFailure } from './kvs-failure';

/** Forge's KVS limits (developer.atlassian.com platform/forge/limits-kvs-ce and storage-reference pages). */
export const kvsLimits = {
  maxKeyLength: 500,
  maxValueBytes: 240 * 1024,
  maxValueDepth: 32,
  maxQueryLimit: 99,
  defaultQueryLimit: 10,
  maxBatchItems: 25,
  maxTransactionOperations: 25,
} as const;

// Forge's own pattern, kept verbatim: inside the class, `\s-#` is whitespace, a literal dash and `#`.
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/;

export function validateKey(key: string): void {
  if (key.length === 0) throw new KvsFailure(400, KvsErrorCode.keyTooShort, 'The key must not be empty.');
  if (key.length > kvsLimits.maxKeyLength) {
    throw new KvsFailure(
      400,
      KvsErrorCode.keyTooLong,
      `The key is ${key.length} characters long; the maximum is ${kvsLimits.maxKeyLength}.`,
    );
  }
  if (!KEY_PATTERN.test(key)) {
    throw new KvsFailure(
      400,
      KvsErrorCode.invalidKey,
      `The key ${JSON.stringify(key.slice(0, 80))} does not match ${KEY_PATTERN.source}.`,
    );
  }
}

/** Checks a value against the size and depth limits and returns it serialised. */
export function serialiseValue(key: string, value: unknown): string {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) {
    throw new KvsFailure(
      400,
      KvsErrorCode.badRequest,
      `The value for key "${key}" is not JSON-serialisable.`,
    );
  }
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > kvsLimits.maxValueBytes) {
    throw new KvsFailure(
      400,
      KvsErrorCode.maxSize,
      `The value for key "${key}" is ${bytes} bytes; the maximum is ${kvsLimits.maxValueBytes} (240 KiB).`,
    );
  }
  const depth = depthOf(value);
  if (depth > kvsLimits.maxValueDepth) {
    throw new KvsFailure(
      400,
      KvsErrorCode.maxDepth,
      `The value for key "${key}" is nested ${depth} levels deep; the maximum is ${kvsLimits.maxValueDepth}.`,
    );
  }
  return json;
}

function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
  return 1 + children.reduce<number>((deepest, child) => Math.max(deepest, depthOf(child)), 0);
}
