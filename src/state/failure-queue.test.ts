import { MemoryKv } from '../../test/support/memory-kv';
import { FailureQueue } from './failure-queue';

const now = new Date('2026-11-26T09:00:00Z');
const failure = {
  taskId: 1,
  taskTitle: 'Sign NDA',
  issueKey: null,
  kind: 'jira' as const,
  reason: 'bad',
  fingerprint: 'fp1',
};

describe('FailureQueue', () => {
  it('backs off exponentially per attempt', async () => {
    const queue = await FailureQueue.load(new MemoryKv());
    expect(queue.record(failure, now).nextRetryAt).toBe('2026-11-26T09:05:00.000Z');
    expect(queue.record(failure, now).nextRetryAt).toBe('2026-11-26T09:10:00.000Z');
    expect(queue.record(failure, now).attempts).toBe(3);
  });

  it('honours a wait the remote asked for', async () => {
    const queue = await FailureQueue.load(new MemoryKv());
    expect(queue.record({ ...failure, retryAfterSeconds: 60 }, now).nextRetryAt).toBe(
      '2026-11-26T09:01:00.000Z',
    );
  });

  it('stops backing off a task whose projection changed', async () => {
    const queue = await FailureQueue.load(new MemoryKv());
    queue.record(failure, now);
    expect(queue.isBackingOff(1, 'fp1', now)).toBe(true);
    expect(queue.isBackingOff(1, 'fp2', now)).toBe(false);
  });

  it('makes chosen failures due now and survives a save and load', async () => {
    const kv = new MemoryKv();
    const queue = await FailureQueue.load(kv);
    queue.record(failure, now);
    queue.record({ ...failure, taskId: 2 }, now);
    expect(queue.makeDue([2, 99], now)).toBe(1);
    await queue.save();
    const again = await FailureQueue.load(kv);
    expect(again.isBackingOff(1, 'fp1', now)).toBe(true);
    expect(again.isBackingOff(2, 'fp1', now)).toBe(false);
  });
});
