import { DEFAULT_SEED_IDS } from '../../local/jira-sim';
import { generateCompany } from '../../local/peopleforce-sim';
import type { Envelope } from '../../src/config/admin-api';
import type { IssuePanel, IssueSyncResult } from '../../src/config/issue-panel-api';
import { ConfigSchema } from '../../src/config/schema';
import { startTestApp, type TestApp } from '../support/app-harness';

/** The issue panel's resolver through @forge/resolver, the local host and both simulators. */
const PANEL_FUNCTION = 'issue-panel-resolver';
const config = ConfigSchema.parse({
  rules: [{ id: 'hr', name: 'All to HR', action: { type: 'sync', projectKey: 'HR', issueTypeId: '10001' } }],
});
const company = generateCompany({ seed: 8, tasks: 12, employees: 8, completedRatio: 0 });

describe('issue panel resolver', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await startTestApp(company);
    await app.saveConfig(config);
    await app.poll();
    app.forwardEvents(false);
  });

  afterEach(async () => {
    await app.close();
  });

  const linked = () => {
    const hasPerson = (id: number) => company.tasks.some((task) => task.id === id && task.associated_to);
    const [taskId, [key]] = [...app.issuesByTask()].find(([id]) => hasPerson(id))!;
    const issue = app.jiraSim!.control.issues().find((candidate) => candidate.key === key)!;
    return { taskId, key: key!, id: issue.id };
  };
  const call = async <T>(
    key: 'getIssuePanel' | 'syncIssueNow',
    issue: { id: string; key: string },
    accountId: string = DEFAULT_SEED_IDS.adminAccountId,
  ) =>
    (await app.host.invokeResolver(
      PANEL_FUNCTION,
      key,
      {},
      {
        accountId,
        extension: { issue: { ...issue, type: 'Task' } },
      },
    )) as Envelope<T>;
  const data = async <T>(key: 'getIssuePanel' | 'syncIssueNow', issue: { id: string; key: string }) => {
    const answer = await call<T>(key, issue);
    if (!answer.ok) throw new Error(`${key} refused: ${answer.error.message}`);
    return answer.data;
  };

  it('shows the task as synced, from stored state, without a PeopleForce request', async () => {
    const { taskId, key, id } = linked();
    const task = company.tasks.find((candidate) => candidate.id === taskId)!;
    app.host.counters.reset();
    const panel = await data<IssuePanel>('getIssuePanel', { id, key });
    const spent = app.host.counters.snapshot();

    expect(panel).toMatchObject({ state: 'active', taskId, issueKey: key, failure: null, canSyncNow: true });
    expect(panel.snapshot).toMatchObject({
      title: task.title,
      person: { name: task.associated_to!.full_name, type: task.associated_to!.type },
      dueOn: task.ends_on ?? null,
      completed: false,
    });
    expect(panel.events[0]).toMatchObject({ action: 'created', trigger: 'schedule', issueKey: key });
    expect(panel.lastRun?.outcome).toBe('success');
    expect(spent.egress).toEqual({});
    expect(spent.jira).toEqual({ 'GET /rest/api/3/issue/{id}': 1, 'GET /rest/api/3/mypermissions': 1 });
    expect(spent.kvs.writes).toBe(0);
    expect(spent.kvs.reads).toBeLessThanOrEqual(6);
  });

  it('offers Sync now only to Jira administrators, and refuses it to others', async () => {
    const issue = linked();
    const asAgent = await call<IssuePanel>('getIssuePanel', issue, DEFAULT_SEED_IDS.hrManagerAccountId);
    expect(asAgent).toMatchObject({ ok: true, data: { canSyncNow: false, state: 'active' } });
    const sync = await call('syncIssueNow', issue, DEFAULT_SEED_IDS.hrManagerAccountId);
    expect(sync).toMatchObject({ ok: false, error: { code: 'not_admin' } });
  });

  it('syncs one renamed task to its issue at once, and records the edit in its trail', async () => {
    const { taskId, key, id } = linked();
    app.peopleforceSim!.control.updateTask(taskId, { title: 'Prepare laptop for Anna Kovalenko' });
    const result = await data<IssueSyncResult>('syncIssueNow', { id, key });

    expect(result.outcome).toBe('synced');
    expect(result.events[0]).toMatchObject({ action: 'edited', trigger: 'issuePanel', direction: 'toJira' });
    expect(result.events[0]?.detail).toContain('summary');
    const issue = app.jiraSim!.control.issues().find((candidate) => candidate.key === key)!;
    expect(issue.fields.summary).toBe('Prepare laptop for Anna Kovalenko');
    const panel = await data<IssuePanel>('getIssuePanel', { id, key });
    expect(panel.snapshot?.title).toBe('Prepare laptop for Anna Kovalenko');
  });

  it("finds the task among its assignee's tasks instead of reading the task lists", async () => {
    const { taskId, key, id } = linked();
    const assigneeId = company.tasks.find((task) => task.id === taskId)!.assigned_to.id;
    app.peopleforceSim!.control.updateTask(taskId, { title: 'Order a standing desk' });
    app.peopleforceSim!.control.clearRequestLog();
    await data<IssueSyncResult>('syncIssueNow', { id, key });
    const paths = app.peopleforceSim!.control.requestLog.map((entry) => `${entry.method} ${entry.path}`);
    expect(paths).toEqual([`GET /api/public/v3/employees/${assigneeId}/tasks`]);
  });

  it('completes the task in PeopleForce when its issue was moved to done, then leaves the issue alone', async () => {
    const { taskId, key, id } = linked();
    app.jiraSim!.control.transitionIssue(key, 'Done');
    const writes = app.jiraWrites();
    const result = await data<IssueSyncResult>('syncIssueNow', { id, key });

    expect(result.outcome).toBe('synced');
    expect(app.peopleforceSim!.state.tasks.get(taskId)?.completed).toBe(true);
    expect(result.events.map((event) => event.action)).toEqual(['taskCompleted']);
    expect(app.jiraWrites()).toBe(writes);
    const panel = await data<IssuePanel>('getIssuePanel', { id, key });
    expect(panel.snapshot?.completed).toBe(true);
  });

  it('refuses to sync while a poll holds the run lock, and writes nothing', async () => {
    const issue = linked();
    await app.host.kv.set('lock:sync-run', {
      owner: 'someone',
      runId: 'run-busy',
      expiresAt: Date.now() + 60_000,
    });
    const writes = app.jiraWrites();
    const result = await data<IssueSyncResult>('syncIssueNow', issue);
    expect(result).toMatchObject({ outcome: 'busy', events: [] });
    expect(result.message).toContain('run-busy');
    expect(app.jiraWrites()).toBe(writes);
  });

  it('shows the error queue entry of a task that failed, with its reason', async () => {
    const { taskId, key, id } = linked();
    const at = new Date().toISOString();
    await app.host.kv.set('failures', {
      [String(taskId)]: {
        taskId,
        taskTitle: null,
        issueKey: key,
        kind: 'jira',
        reason: 'duedate: the value is not a date',
        attempts: 2,
        firstSeenAt: at,
        lastSeenAt: at,
        nextRetryAt: at,
        fingerprint: null,
      },
    });
    const panel = await data<IssuePanel>('getIssuePanel', { id, key });
    expect(panel.failure).toMatchObject({ reason: 'duedate: the value is not a date', attempts: 2 });
  });

  it('calls a link broken when the issue names a task whose link points elsewhere', async () => {
    const { taskId } = linked();
    const clone = app.jiraSim!.control.createIssue(
      { project: { key: 'HR' }, issuetype: { id: '10001' }, summary: 'A clone' },
      { properties: [{ key: 'peopleforce-task', value: { taskId: String(taskId) } }] },
    );
    const panel = await data<IssuePanel>('getIssuePanel', { id: clone.id, key: clone.key });
    expect(panel.state).toBe('broken');
  });

  it('writes no trail on a poll that changes nothing', async () => {
    await app.poll();
    app.host.counters.reset();
    await app.poll();
    expect(app.host.counters.snapshot().kvs.writes).toBeLessThanOrEqual(3);
    expect((await app.lastRun()).counts).toMatchObject({ created: 0, updated: 0, failed: 0 });
  });
});
