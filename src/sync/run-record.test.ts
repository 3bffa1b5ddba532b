import { emptyCounts } from '../config/records';
import { finishedRecord, mergeCarried } from './run-record';

describe('mergeCarried', () => {
  const started = new Date('2026-11-26T09:00:00Z');
  const first = finishedRecord(
    'run-1',
    'schedule',
    started,
    new Date('2026-11-26T09:04:40Z'),
    'continued',
    {
      ...emptyCounts(),
      seen: 300,
      created: 120,
      unchanged: 20,
    },
    null,
  );

  it('adds up writes across invocations and keeps the latest listing, from the first start', () => {
    const second = finishedRecord(
      'run-1',
      'schedule',
      new Date('2026-11-26T09:05:00Z'),
      new Date('2026-11-26T09:06:00Z'),
      'success',
      {
        ...emptyCounts(),
        seen: 300,
        created: 60,
        unchanged: 140,
        failed: 1,
      },
      null,
    );
    const merged = mergeCarried(second, { counts: first.counts, startedAt: first.startedAt, invocations: 2 });
    expect(merged.counts).toMatchObject({ seen: 300, created: 180, unchanged: 20, failed: 1 });
    expect(merged).toMatchObject({ startedAt: '2026-11-26T09:00:00.000Z', durationMs: 6 * 60_000 });
  });

  it('leaves a single-invocation run as it is', () => {
    expect(mergeCarried(first, null)).toBe(first);
  });
});
