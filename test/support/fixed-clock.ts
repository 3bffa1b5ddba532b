import type { ClockPort } from '../../src/platform/ports';

/** A clock whose time moves only when a test (or a sleep) moves it. */
export class FixedClock implements ClockPort {
  remaining = 300_000;
  slept: number[] = [];

  constructor(private current = new Date('2026-11-26T09:00:00Z')) {}

  now(): Date {
    return new Date(this.current);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }

  remainingMs(): number {
    return this.remaining;
  }

  sleep(ms: number): Promise<void> {
    this.slept.push(ms);
    this.advance(ms);
    return Promise.resolve();
  }
}
