import type { ClockPort } from '../platform/ports';

/**
 * A token bucket on the clock port: `take()` resolves when the caller may send one request. Each caller
 * reserves its token at once (the balance may go negative) and sleeps until the bucket has refilled to it, so
 * concurrent callers queue up instead of all passing together.
 *
 * The capacity is 1 by default: a bucket holding N tokens lets N requests pass at once and N-1 more within the
 * same second, and PeopleForce's unpublished limit is best respected as a steady N per second.
 */
export class TokenBucket {
  private tokens: number;
  private refilledAtMs: number;

  constructor(
    private readonly clock: ClockPort,
    private readonly ratePerSecond: number,
    private readonly capacity = 1,
  ) {
    if (!(ratePerSecond > 0)) throw new RangeError(`ratePerSecond must be positive, got ${ratePerSecond}`);
    if (!(capacity >= 1)) throw new RangeError(`capacity must be at least 1, got ${capacity}`);
    this.tokens = capacity;
    this.refilledAtMs = clock.now().getTime();
  }

  async take(): Promise<void> {
    this.refill();
    this.tokens -= 1;
    if (this.tokens >= 0) return;
    await this.clock.sleep((-this.tokens * 1000) / this.ratePerSecond);
  }

  private refill(): void {
    const nowMs = this.clock.now().getTime();
    const elapsedMs = Math.max(0, nowMs - this.refilledAtMs);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsedMs * this.ratePerSecond) / 1000);
    this.refilledAtMs = nowMs;
  }
}
