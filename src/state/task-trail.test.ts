import { MemoryKv } from '../../test/support/memory-kv';
import type { TaskSnapshot, TrailEvent } from '../config/task-trail';
import {
  fitShard,
  MAX_EVENTS_PER_TASK,
  readAllTaskRecords,
  readTaskRecord,
  SHARD_LIMIT_BYTES,
  TaskTrail,
  TRAIL_SHARD_COUNT,
} from './task-trail';

const event = (minute: number, overrides: Partial<TrailEvent> = {}): TrailEvent => ({
  at: new Date(Date.UTC(2026, 11, 4, 10, minute)).toISOString(),
  action: 'edited',
  direction: 'toJira',
  trigger: 'schedule',
  issueKey: 'HR-1',
  detail: 'summary',
  ...overrides,
});

const snapshot = (title: string, takenAt = '2026-12-04T10:00:00.000Z'): TaskSnapshot => ({
  title,
  person: { id: 1, name: 'Anna Kovalenko', email: 'anna@example.com', type: 'Employee' },
  assignee: { id: 2, name: 'Jane Doe', email: 'jane@example.com' },
  createdBy: null,
  startsOn: null,
  dueOn: '2026-12-10',
  completed: false,
  takenAt,
});

describe('TaskTrail', () => {
  it('touches no key when nothing was noted', async () => {
    const kv = new MemoryKv();
    expect(await new TaskTrail(kv).flush()).toBe(0);
    expect(kv.ops).toEqual({ reads: 0, writes: 0, deletes: 0 });
  });

  it('writes one key per shard touched, and keeps events newest first across flushes', async () => {
    const kv = new MemoryKv();
    const trail = new TaskTrail(kv);
    trail.note(7, event(1, { action: 'created', issueKey: 'HR-7' }));
    trail.remember(7, snapshot('Prepare laptop'));
    trail.note(7 + TRAIL_SHARD_COUNT, event(1));
    expect(await trail.flush()).toBe(1);
    trail.note(7, event(2, { issueKey: 'HR-7' }));
    await trail.flush();

    const record = await readTaskRecord(kv, 7);
    expect(record?.issueKey).toBe('HR-7');
    expect(record?.snapshot?.title).toBe('Prepare laptop');
    expect(record?.events.map((e) => e.action)).toEqual(['edited', 'created']);
    expect(await readTaskRecord(kv, 8)).toBeNull();
  });

  it('marks the stored snapshot completed when the task was completed from Jira', async () => {
    const kv = new MemoryKv();
    const first = new TaskTrail(kv);
    first.remember(4, snapshot('Sign the NDA'));
    await first.flush();
    const second = new TaskTrail(kv);
    second.note(4, event(3, { action: 'taskCompleted', direction: 'toPeopleForce' }));
    second.markCompleted(4, true);
    await second.flush();
    expect((await readTaskRecord(kv, 4))?.snapshot).toMatchObject({ title: 'Sign the NDA', completed: true });
  });

  it(`keeps the newest ${MAX_EVENTS_PER_TASK} events of a task`, async () => {
    const kv = new MemoryKv();
    const trail = new TaskTrail(kv);
    for (let minute = 0; minute < MAX_EVENTS_PER_TASK + 5; minute++) trail.note(3, event(minute));
    await trail.flush();
    const events = (await readTaskRecord(kv, 3))?.events ?? [];
    expect(events).toHaveLength(MAX_EVENTS_PER_TASK);
    expect(events[0]?.at).toBe(event(MAX_EVENTS_PER_TASK + 4).at);
  });

  it('keeps a crowded shard under its limit by dropping the oldest events first', () => {
    const shard = Object.fromEntries(
      Array.from({ length: 400 }, (_, index) => [
        String(index * TRAIL_SHARD_COUNT),
        {
          k: `HR-${index}`,
          s: snapshot(`Task ${index}`),
          // Stored newest first.
          e: Array.from({ length: 10 }, (_, minute) => event(50 - minute - (index % 7))),
        },
      ]),
    );
    const fitted = fitShard(shard);
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(SHARD_LIMIT_BYTES);
    expect(Object.keys(fitted)).toHaveLength(400);
    const kept = Object.values(fitted).flatMap((entry) => entry.e.map((e) => e.at));
    const removed = Object.entries(shard).flatMap(([taskId, entry]) =>
      entry.e.slice(fitted[taskId]?.e.length ?? 0).map((e) => e.at),
    );
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.sort().at(-1)! <= kept.sort()[0]!).toBe(true);
  });

  it('drops the snapshots of the least recently synced tasks when snapshots alone are too many', () => {
    const bulky = (index: number) => ({
      k: null,
      s: snapshot('x'.repeat(2000), new Date(Date.UTC(2026, 0, 1, 0, index)).toISOString()),
      e: [],
    });
    const shard = Object.fromEntries(
      Array.from({ length: 100 }, (_, index) => [String(index), bulky(index)]),
    );
    const fitted = fitShard(shard);
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(SHARD_LIMIT_BYTES);
    expect(fitted['99']).toBeDefined();
    expect(fitted['0']).toBeUndefined();
  });

  it('reads every record for the search', async () => {
    const kv = new MemoryKv();
    const trail = new TaskTrail(kv);
    for (let taskId = 1; taskId <= 100; taskId++) trail.note(taskId, event(1));
    await trail.flush();
    expect(await readAllTaskRecords(kv)).toHaveLength(100);
  });
});
