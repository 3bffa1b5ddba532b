import { backoffDelayMs } from './backoff';

describe('backoffDelayMs', () => {
  it.each([
    [0, 0, 500],
    [0, 0.999, 1000],
    [1, 0.5, 1500],
    [3, 0, 4000],
    [10, 0.5, 22_500],
    [30, 0, 15_000],
  ])('after %i failures with random %d waits %i ms', (attempt, random, delay) => {
    expect(backoffDelayMs(attempt, () => random)).toBe(delay);
  });
});
