const BASE_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/**
 * Exponential backoff with jitter for the retry after `attempt` failures (0-based): 1 s, 2 s, 4 s … up to
 * 30 s, each scaled by a random factor in [0.5, 1) so that many clients hit by the same outage do not return
 * in step.
 */
export function backoffDelayMs(attempt: number, random: () => number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return Math.round(ceiling * (0.5 + random() / 2));
}
