import { planWait, serverRequestedWaitMs } from './retry-policy';

const now = new Date('2026-11-26T09:00:00Z');

describe('serverRequestedWaitMs', () => {
  it.each([
    [{ retryAfter: '5', rateLimitReset: null }, 5_000],
    [{ retryAfter: ' 0 ', rateLimitReset: null }, 0],
    [{ retryAfter: 'Thu, 26 Nov 2026 09:00:12 GMT', rateLimitReset: null }, 12_000],
    [{ retryAfter: null, rateLimitReset: '2026-11-26T09:01:00Z' }, 60_000],
    [{ retryAfter: null, rateLimitReset: '2026-11-26T08:00:00Z' }, 0],
    [{ retryAfter: 'soon', rateLimitReset: null }, undefined],
    [{ retryAfter: null, rateLimitReset: null }, undefined],
  ])('reads %p as %p ms', (hints, expected) => {
    expect(serverRequestedWaitMs(hints, now)).toBe(expected);
  });
});

describe('planWait', () => {
  const noHints = { retryAfter: null, rateLimitReset: null };

  it('waits at least Retry-After, with at most 20% (and 1 s) of jitter on top', () => {
    const low = planWait({ retryAfter: '2', rateLimitReset: null }, 0, {
      now,
      random: () => 0,
      maxWaitMs: 60_000,
    });
    const high = planWait({ retryAfter: '2', rateLimitReset: null }, 0, {
      now,
      random: () => 1,
      maxWaitMs: 60_000,
    });
    const long = planWait({ retryAfter: '30', rateLimitReset: null }, 0, {
      now,
      random: () => 1,
      maxWaitMs: 60_000,
    });
    expect(low).toEqual({ minimumMs: 2_000, waitMs: 2_000 });
    expect(high).toEqual({ minimumMs: 2_000, waitMs: 2_400 });
    expect(long).toEqual({ minimumMs: 30_000, waitMs: 31_000 });
  });

  it('never lets jitter push a wait past maxWaitMs', () => {
    expect(
      planWait({ retryAfter: '5', rateLimitReset: null }, 0, { now, random: () => 1, maxWaitMs: 5_000 })
        .waitMs,
    ).toBe(5_000);
  });

  it.each([
    [0, 500, 1_000],
    [1, 1_000, 2_000],
    [3, 4_000, 8_000],
    [10, 15_000, 30_000],
  ])('backs off exponentially without a hint: retry %p waits between %p and %p ms', (retries, low, high) => {
    const context = { now, maxWaitMs: 60_000 };
    expect(planWait(noHints, retries, { ...context, random: () => 0 }).waitMs).toBe(low);
    expect(planWait(noHints, retries, { ...context, random: () => 1 }).waitMs).toBe(high);
  });
});
