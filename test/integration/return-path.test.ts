import { generateCompany } from '../../local/peopleforce-sim';
import type { SimIssueEvent } from '../../local/jira-sim';
import { ConfigSchema } from '../../src/config/schema';
import type { RunRecord } from '../../src/config/records';
import { startTestApp, type TestApp } from '../support/app-harness';

/**
 * Jira → PeopleForce through the real trigger handler: product events in the shape Forge delivers them
 * (`issue`, `changelog.items` with `field: "status"`, `atlassianId`), the queue consumer, and the hourly sweep.
 */
const config = ConfigSchema.parse({
  rules: [{ id: 'hr', name: 'All to HR', action: { type: 'sync', projectKey: 'HR', issueTypeId: '10001' } }],
});
const company = generateCompany({ seed: 5, tasks: 12, employees: 8, completedRatio: 0 });
const DAY_MS = 24 * 3600_000;

describe('Jira → PeopleForce', () => {
  let app: TestApp;
  let siteNow: number;
  let events: SimIssueEvent[];

  beforeEach(async () => {
    siteNow = Date.now();
    app = await startTestApp(company, { jira: { simulator: { now: () => siteNow } } });
    await app.saveConfig(config);
    await app.poll();
    events = [];
    app.jiraSim!.control.onIssueEvent((event) => events.push(event));
  });

  afterEach(async () => {
    await app.close();
  });

  const linked = () => {
    const [taskId, [key]] = [...app.issuesByTask()][0]!;
    return { taskId, key: key! };
  };
  const pfCalls = (taskId: number, action: 'complete' | 'incomplete') =>
    app.peopleforceSim!.control.requestLog.filter(
      (e) => e.method === 'PUT' && e.path.endsWith(`/tasks/${taskId}/${action}`),
    ).length;
  const taskCompleted = (taskId: number) => app.peopleforceSim!.state.tasks.get(taskId)?.completed;

  it('completes the task when its issue enters done, and reopens it when the issue leaves done', async () => {
    const { taskId, key } = linked();
    app.jiraSim!.control.transitionIssue(key, 'Done');
    await app.settleEvents();
    expect(taskCompleted(taskId)).toBe(true);

    app.jiraSim!.control.transitionIssue(key, 'To Do');
    await app.settleEvents();
    expect(taskCompleted(taskId)).toBe(false);
    const history = (await app.host.kv.get('history:runs')) as RunRecord[];
    const actions = history.flatMap((run) => run.actions).map((a) => `${a.action}:${a.taskId}:${a.via}`);
    expect(actions).toEqual([`reopened:${taskId}:event`, `completed:${taskId}:event`]);
  });

  it('makes one PeopleForce call for a duplicated event', async () => {
    const { taskId, key } = linked();
    app.forwardEvents(false);
    app.jiraSim!.control.transitionIssue(key, 'Done');
    const event = withoutActor(events.at(-1)!);
    await app.host.deliverProductEvent('jira-issue-changed', event);
    await app.host.deliverProductEvent('jira-issue-changed', event);
    expect(pfCalls(taskId, 'complete')).toBe(1);
  });

  it('never lets a late "left done" event undo a newer "entered done"', async () => {
    const { taskId, key } = linked();
    app.forwardEvents(false);
    app.jiraSim!.control.transitionIssue(key, 'Done');
    app.jiraSim!.control.transitionIssue(key, 'To Do');
    app.jiraSim!.control.transitionIssue(key, 'Done');
    const [toDone, backToDo, doneAgain] = events.slice(-3).map(withoutActor);
    await app.host.deliverProductEvent('jira-issue-changed', doneAgain!);
    await app.host.deliverProductEvent('jira-issue-changed', backToDo!);
    await app.host.deliverProductEvent('jira-issue-changed', toDone!);
    expect(taskCompleted(taskId)).toBe(true);
    expect(pfCalls(taskId, 'incomplete')).toBe(0);
  });

  it('makes no PeopleForce call for an issue the app did not create', async () => {
    const { key } = app.jiraSim!.control.createIssue({
      project: { key: 'HR' },
      issuetype: { id: '10001' },
      summary: 'Order team lunch',
    });
    app.peopleforceSim!.control.clearRequestLog();
    app.host.counters.reset();
    app.jiraSim!.control.transitionIssue(key, 'Done');
    await app.settleEvents();
    expect(app.peopleforceSim!.control.requestCount).toBe(0);
    const counters = app.host.counters.snapshot();
    expect(counters.kvs.reads + counters.kvs.writes).toBe(0);
    expect(Object.values(counters.jira).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('hands a rate-limited update to the queue with the wait PeopleForce asked for, then completes it', async () => {
    const { taskId, key } = linked();
    app.peopleforceSim!.control.failNext(1, { status: 429, retryAfter: '60' });
    app.jiraSim!.control.transitionIssue(key, 'Done');
    await app.settleEvents();
    expect(app.host.deliveries().map((d) => d.delaySeconds)).toContain(60);
    expect(taskCompleted(taskId)).toBe(true);
  });

  it('closes the link and reports it when PeopleForce no longer has the task', async () => {
    const { taskId, key } = linked();
    app.peopleforceSim!.control.deleteTask(taskId);
    app.jiraSim!.control.transitionIssue(key, 'Done');
    await app.settleEvents();
    const failures = (await app.host.kv.get('failures')) as Record<string, { kind: string; reason: string }>;
    expect(failures[String(taskId)]).toMatchObject({ kind: 'vanishedTask' });
    app.jiraSim!.control.transitionIssue(key, 'To Do');
    await app.settleEvents();
    expect(pfCalls(taskId, 'incomplete')).toBe(0);
  });

  it('catches a status change whose event was lost during a three-day outage', async () => {
    const { taskId, key } = linked();
    await app.sweep();
    const threeDaysAgo = new Date(Date.now() - 3 * DAY_MS).toISOString();
    await app.host.kv.set('cursor:sweep', { lastSweepStartedAt: threeDaysAgo });
    app.forwardEvents(false);
    siteNow = Date.now() - 2 * DAY_MS;
    app.jiraSim!.control.transitionIssue(key, 'Done');
    siteNow = Date.now();
    expect(taskCompleted(taskId)).toBe(false);

    await app.sweep();
    expect(taskCompleted(taskId)).toBe(true);
    const cursor = (await app.host.kv.get('cursor:sweep')) as { lastSweepStartedAt: string };
    expect(Date.parse(cursor.lastSweepStartedAt)).toBeGreaterThan(Date.parse(threeDaysAgo));
  });

  it('reports an issue deleted in Jira and, by default, does not create it again', async () => {
    const { taskId, key } = linked();
    app.jiraSim!.control.deleteIssue(key);
    await app.settleEvents();
    const failures = (await app.host.kv.get('failures')) as Record<string, { kind: string; reason: string }>;
    expect(failures[String(taskId)]).toMatchObject({ kind: 'deletedIssue' });
    const history = (await app.host.kv.get('history:runs')) as RunRecord[];
    expect(history.flatMap((run) => run.actions)).toContainEqual(
      expect.objectContaining({ action: 'issueDeleted', taskId }),
    );
    await app.poll();
    expect(app.issuesByTask().has(taskId)).toBe(false);

    await app.saveConfig({ ...config, onIssueDeleted: 'recreate' });
    await app.poll();
    expect(app.issuesByTask().get(taskId)).toHaveLength(1);
  });

  it('writes nothing to Jira on the polls after a task was completed from Jira', async () => {
    const { taskId, key } = linked();
    app.jiraSim!.control.transitionIssue(key, 'Done');
    await app.settleEvents();
    expect(taskCompleted(taskId)).toBe(true);
    const writes = app.jiraWrites();
    await app.poll();
    await app.poll();
    expect(app.jiraWrites()).toBe(writes);
  });
});

function withoutActor(event: SimIssueEvent): Record<string, unknown> {
  const { actor: _actor, ...forgeEvent } = event;
  return forgeEvent;
}
