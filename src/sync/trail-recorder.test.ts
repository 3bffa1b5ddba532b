import { EXAMPLE_TASK } from '../mapping/task-view';
import { MemoryKv } from '../../test/support/memory-kv';
import { FixedClock } from '../../test/support/fixed-clock';
import { readTaskRecord } from '../state/task-trail';
import { taskSnapshot, TrailRecorder } from './trail-recorder';

describe('TrailRecorder', () => {
  it('stamps events with the time and the trigger, and stores them only when flushed', async () => {
    const kv = new MemoryKv();
    const clock = new FixedClock(new Date('2026-12-04T10:00:00.000Z'));
    const recorder = new TrailRecorder(kv, clock, 'issuePanel');
    recorder.toJira(5, 'edited', 'HR-5', 'summary, duedate');
    recorder.toPeopleForce(5, 'taskCompleted', 'HR-5');
    expect(kv.ops.writes).toBe(0);
    await recorder.flush();

    const record = await readTaskRecord(kv, 5);
    expect(record?.events).toEqual([
      {
        at: '2026-12-04T10:00:00.000Z',
        action: 'taskCompleted',
        direction: 'toPeopleForce',
        trigger: 'issuePanel',
        issueKey: 'HR-5',
        detail: null,
      },
      {
        at: '2026-12-04T10:00:00.000Z',
        action: 'edited',
        direction: 'toJira',
        trigger: 'issuePanel',
        issueKey: 'HR-5',
        detail: 'summary, duedate',
      },
    ]);
  });

  it('snapshots whom the task is about, its assignee and dates, without its description', () => {
    const snapshot = taskSnapshot(EXAMPLE_TASK, new Date('2026-12-04T10:00:00.000Z'));
    expect(snapshot).toEqual({
      title: 'Prepare laptop',
      person: { id: 123458, name: 'Bobby Smith', email: 'bobby@example.com', type: 'Employee' },
      assignee: { id: 123456, name: 'Jane Doe', email: 'jane@example.com' },
      createdBy: { id: 123457, name: 'John Doe', email: 'john@example.com' },
      startsOn: '2026-02-27',
      dueOn: '2026-03-06',
      completed: false,
      takenAt: '2026-12-04T10:00:00.000Z',
    });
    expect(
      taskSnapshot({ ...EXAMPLE_TASK, associated_to: null, assigned_to: null }, new Date()).person,
    ).toBeNull();
  });
});
