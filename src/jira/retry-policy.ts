/**
 * How long to wait before retrying a throttled (429) or unavailable (503) Jira answer. Jira says how long in
 * `Retry-After` (seconds, or an HTTP date) or `X-RateLimit-Reset` (ISO 8601); we wait at least that, plus a
 * little jitter so that parallel invocations do not return in lockstep. Without a hint we back off
 * exponentially with full jitter. The caller refuses any wait above its bound instead of sleeping through
 * the invocation's time budget.
 */

export const RETRYABLE_BY_CLIENT = new Set([429, 503]);

const BACKOFF_BASE_MS = 1_000;
const BACKOFF_CAP_MS = 30_000;
const SERVER_HINT_JITTER_CAP_MS = 1_000;

export interface RetryHints {
  retryAfter: string | null;
  rateLimitReset: string | null;
}

/** The wait the server asked for, in ms, or undefined when it gave no usable hint. */
export function serverRequestedWaitMs(hints: RetryHints, now: Date): number | undefined {
  const retryAfter = hints.retryAfter?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1_000;
    const date = Date.parse(retryAfter);
    if (!Number.isNaN(date)) return Math.max(0, date - now.getTime());
  }
  const reset = hints.rateLimitReset ? Date.parse(hints.rateLimitReset) : Number.NaN;
  return Number.isNaN(reset) ? undefined : Math.max(0, reset - now.getTime());
}

export interface PlannedWait {
  /** The least we must wait: the server's hint, or the exponential step. */
  minimumMs: number;
  /** What we will actually wait, jitter included, never above `maxWaitMs`. */
  waitMs: number;
}

export function planWait(
  hints: RetryHints,
  retriesSoFar: number,
  context: { now: Date; random: () => number; maxWaitMs: number },
): PlannedWait {
  const requested = serverRequestedWaitMs(hints, context.now);
  if (requested !== undefined) {
    const jitter = context.random() * Math.min(requested * 0.2, SERVER_HINT_JITTER_CAP_MS);
    return {
      minimumMs: requested,
      waitMs: Math.min(requested + jitter, Math.max(requested, context.maxWaitMs)),
    };
  }
  const step = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retriesSoFar);
  const minimumMs = step / 2;
  return {
    minimumMs,
    waitMs: Math.min(minimumMs + context.random() * minimumMs, Math.max(minimumMs, context.maxWaitMs)),
  };
}
