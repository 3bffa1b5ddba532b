import { z } from 'zod';
import { errorMessage, InvocationTimeoutError } from '../host-errors';

/** Forge retries a queue event at most 4 times; `retryAfter` is capped at 900 seconds. */
export const MAX_EVENT_RETRIES = 4;
const MAX_RETRY_AFTER_SECONDS = 900;
const DEFAULT_RETRY_AFTER_SECONDS = 1;

export type ConsumerOutcome =
  | { kind: 'success' }
  | { kind: 'retry'; retryReason: string; retryAfterSeconds: number; retryData: unknown; error?: string };

/** `new InvocationError(...)` from @forge/events returns this plain shape (see its out/invocationError.js). */
const RetryRequestSchema = z.object({
  _retry: z.literal(true),
  retryOptions: z
    .object({
      retryAfter: z.number().optional(),
      retryReason: z.string().optional(),
      retryData: z.unknown().optional(),
    })
    .optional(),
});

export function outcomeOfResult(result: unknown): ConsumerOutcome {
  const retry = RetryRequestSchema.safeParse(result);
  if (!retry.success) return { kind: 'success' };
  const options = retry.data.retryOptions;
  return {
    kind: 'retry',
    retryReason: options?.retryReason ?? 'FUNCTION_RETRY_REQUEST',
    retryAfterSeconds: Math.min(
      Math.max(options?.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS, 1),
      MAX_RETRY_AFTER_SECONDS,
    ),
    retryData: options?.retryData,
  };
}

export function outcomeOfError(error: unknown): ConsumerOutcome {
  return {
    kind: 'retry',
    retryReason:
      error instanceof InvocationTimeoutError ? 'FUNCTION_TIME_OUT' : 'FUNCTION_PLATFORM_UNKNOWN_ERROR',
    retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS,
    retryData: undefined,
    error: errorMessage(error),
  };
}
