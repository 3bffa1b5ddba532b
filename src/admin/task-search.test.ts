import { MemoryKv } from '../../test/support/memory-kv';
import { FixedClock } from '../../test/support/fixed-clock';
import { EXAMPLE_TASK } from '../mapping/task-view';
import { FailureQueue } from '../state/failure-queue';
import { LinkStore } from '../state/link-store';
import { TrailRecorder } from '../sync/trail-recorder';
import { searchTasks } from './task-search';

async function storedState() {
  const kv = new MemoryKv();
  const clock = new FixedClock(new Date('2026-12-04T10:00:00.000Z'));
  const recorder = new TrailRecorder(kv, clock, 'schedule');
  recorder.toJira(101, 'created', 'HR-1');
  recorder.remember({ ...EXAMPLE_TASK, id: 101, title: 'Prepare laptop for Anna Kovalenko' });
  clock.advance(60_000);
  recorder.toJira(102, 'created', 'IT-2');
  recorder.remember({ ...EXAMPLE_TASK, id: 102, title: 'Order a desk', assigned_to: null });
  await recorder.flush();
  const links = await LinkStore.load(kv);
  const link = { ruleId: 'hr', target: 'HR/10001', fingerprint: 'f', fieldHashes: {}, completed: false };
  links.put({ ...link, taskId: 101, issueId: '10101', issueKey: 'HR-1', state: 'active' });
  links.put({ ...link, taskId: 102, issueId: '10102', issueKey: 'IT-2', state: 'active' });
  await links.flush();
  // A task that never reached Jira: only its failure is known.
  const failures = await FailureQueue.load(kv);
  failures.record(
    {
      taskId: 7650116,
      taskTitle: 'Send welcome pack',
      issueKey: null,
      kind: 'mapping',
      reason: 'assignee: no Jira user for max@example.com',
      fingerprint: null,
    },
    clock.now(),
  );
  await failures.save();
  return kv;
}

describe('searchTasks', () => {
  it.each([
    ['7650116', [7650116]],
    ['hr-1', [101]],
    ['bobby@EXAMPLE.com', [102, 101]],
    ['jane@example.com', [101]],
    ['laptop anna', [101]],
    ['welcome', [7650116]],
    ['no such words', []],
  ])('"%s" finds tasks %j, the most recently active first', async (query, taskIds) => {
    const { matches, total } = await searchTasks({ kv: await storedState() }, query);
    expect(matches.map((match) => match.taskId)).toEqual(taskIds);
    expect(total).toBe(taskIds.length);
  });

  it('returns the trail, the link state and the failure with each match', async () => {
    const kv = await storedState();
    const [linked] = (await searchTasks({ kv }, '101')).matches;
    expect(linked).toMatchObject({ issueKey: 'HR-1', linkState: 'active', failure: null });
    expect(linked?.events.map((event) => event.action)).toEqual(['created']);
    const [failed] = (await searchTasks({ kv }, '7650116')).matches;
    expect(failed).toMatchObject({ title: 'Send welcome pack', linkState: null, events: [] });
    expect(failed?.failure?.reason).toContain('no Jira user');
  });
});
