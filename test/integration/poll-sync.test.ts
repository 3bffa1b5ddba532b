import { demoConfig } from '../../local/app/demo-config';
import { generateCompany } from '../../local/peopleforce-sim';
import { ConfigSchema } from '../../src/config/schema';
import { startTestApp, type TestApp } from '../support/app-harness';

/**
 * PeopleForce → Jira through the real handlers, the real Forge SDK packages and the local host, against the
 * PeopleForce and Jira simulators.
 */
const { rules } = demoConfig();

const company = generateCompany({ seed: 21, tasks: 170, employees: 30, completedRatio: 0.1 });
const openTasks = company.tasks.filter((task) => !task.completed);
const syncedTasks = openTasks.filter((task) => task.associated_to?.type !== 'Candidate');
const isCandidateTask = (task: (typeof company.tasks)[number]) => task.associated_to?.type === 'Candidate';
/** The first sync reads one page of completed tasks (to learn the newest id) and imports none of them. */
const firstCompletedPage = company.tasks
  .filter((task) => task.completed)
  .sort((a, b) => b.id - a.id)
  .slice(0, 50);

describe('PeopleForce → Jira poll', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await startTestApp(company);
    await app.saveConfig({ rules });
  });

  afterEach(async () => {
    await app.close();
  });

  it('backfills every routed open task into its project, once, and drops the rest', async () => {
    expect(openTasks.length).toBeGreaterThanOrEqual(120);
    await app.poll();

    const byTask = app.issuesByTask();
    expect(byTask.size).toBe(syncedTasks.length);
    expect([...byTask.values()].every((keys) => keys.length === 1)).toBe(true);
    const projects = new Set([...byTask.values()].map(([key]) => key?.split('-')[0]));
    expect(projects).toEqual(new Set(['HR', 'IT']));
    const run = await app.lastRun();
    expect(run).toMatchObject({ outcome: 'success', trigger: 'schedule' });
    expect(run.counts).toMatchObject({ created: syncedTasks.length, failed: 0 });
    const droppedByRule =
      openTasks.filter(isCandidateTask).length + firstCompletedPage.filter(isCandidateTask).length;
    expect(run.counts.dropped).toBe(droppedByRule);
    const pages = app.peopleforceSim!.control.requestLog.filter((entry) => entry.path.endsWith('/tasks'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
  });

  it('makes no Jira write on a second poll when nothing changed', async () => {
    await app.poll();
    const writes = app.jiraWrites();
    await app.poll();
    expect(app.jiraWrites()).toBe(writes);
    expect((await app.lastRun()).counts).toMatchObject({ created: 0, updated: 0, transitioned: 0 });
  });

  it('edits only the title and due date when only those changed in PeopleForce', async () => {
    await app.poll();
    const task = syncedTasks[0]!;
    const [key] = app.issuesByTask().get(task.id)!;
    app.jiraSim!.control.clearRequestLog();
    app.peopleforceSim!.control.updateTask(task.id, {
      title: 'Prepare a standing desk',
      ends_on: '2027-01-15',
    });
    await app.poll();

    const edits = app.jiraSim!.control.requestLog.filter(
      (entry) => entry.method === 'PUT' && entry.path.includes('/issue/'),
    );
    expect(edits).toHaveLength(1);
    const issue = app.jiraSim!.control.issue(key!)!;
    expect(issue.fields.summary).toBe('Prepare a standing desk');
    expect(issue.fields.duedate).toBe('2027-01-15');
    expect((await app.lastRun()).counts).toMatchObject({ updated: 1, created: 0 });
  });

  it('keeps labels people added in Jira when a labels mapping changes', async () => {
    await app.poll();
    const task = syncedTasks.find((t) => t.type !== 'Tasks::Offboarding')!;
    const [key] = app.issuesByTask().get(task.id)!;
    app.jiraSim!.control.editIssue(key!, { labels: ['PeopleForce', 'vip'] });
    await app.saveConfig({ ...demoConfig(), trackingLabel: 'HR-sync' });
    await app.poll();
    expect(app.jiraSim!.control.issue(key!)!.fields.labels).toEqual(
      expect.arrayContaining(['vip', 'HR-sync']),
    );
  });

  it('labels the issue of a task deleted in PeopleForce, once', async () => {
    await app.poll();
    const task = syncedTasks[2]!;
    const [key] = app.issuesByTask().get(task.id)!;
    app.peopleforceSim!.control.deleteTask(task.id);
    await app.poll();
    expect(app.jiraSim!.control.issue(key!)!.fields.labels).toContain('PeopleForce-removed');
    const writes = app.jiraWrites();
    await app.poll();
    expect(app.jiraWrites()).toBe(writes);
  });

  it('moves the issue to done when the task is completed, and back when it is reopened', async () => {
    await app.poll();
    const task = syncedTasks.find((t) => t.type !== 'Tasks::Offboarding')!;
    const [key] = app.issuesByTask().get(task.id)!;

    app.peopleforceSim!.control.completeTask(task.id);
    await app.poll();
    expect(statusCategory(app, key!)).toBe('done');

    app.peopleforceSim!.control.reopenTask(task.id);
    await app.poll();
    expect(statusCategory(app, key!)).toBe('new');
    const writes = app.jiraWrites();
    await app.poll();
    expect(app.jiraWrites()).toBe(writes);
  });

  it('fails a task with a bad option value alone, and syncs the rest', async () => {
    const badOption = ConfigSchema.parse({
      rules: [
        {
          id: 'it-bad-option',
          name: 'One task with a bad category',
          conditions: [{ field: 'title', operator: 'equals', values: [syncedTasks[1]!.title] }],
          action: {
            type: 'sync',
            projectKey: 'IT',
            issueTypeId: '10003',
            fieldMappings: [{ fieldId: 'customfield_10060', source: { kind: 'static', value: 'Catering' } }],
          },
        },
        ...rules,
      ],
    });
    await app.saveConfig(badOption);
    await app.poll();

    const failing = openTasks.filter((t) => t.title === syncedTasks[1]!.title);
    const run = await app.lastRun();
    expect(run.outcome).toBe('partial');
    expect(run.counts.failed).toBe(failing.length);
    expect(app.issuesByTask().size).toBe(syncedTasks.length - failing.length);
    const failures = (await app.host.kv.get('failures')) as Record<string, { reason: string }>;
    expect(failures[String(failing[0]!.id)]?.reason).toMatch(/customfield_10060.*Catering/);
  });

  it('heals a crash between the bulk create and the link save with exactly one issue per task', async () => {
    app.host.failNextKvWrites('links:shard:', 1);
    await app.poll();
    expect((await app.lastRun()).outcome).toBe('failed');
    expect(app.issuesByTask().size).toBe(syncedTasks.length);
    expect(await app.host.kv.list('intent:create:')).not.toHaveLength(0);

    const writesBeforeHealing = app.jiraWrites();
    await app.poll();
    // The intent recorded what each issue was created with: healing links them without rewriting any field.
    expect(app.jiraWrites()).toBe(writesBeforeHealing);
    const byTask = app.issuesByTask();
    expect(byTask.size).toBe(syncedTasks.length);
    expect([...byTask.values()].every((keys) => keys.length === 1)).toBe(true);
    expect((await app.lastRun()).counts.created).toBe(0);
    expect(await app.host.kv.list('intent:create:')).toHaveLength(0);

    const writes = app.jiraWrites();
    await app.poll();
    expect(app.jiraWrites()).toBe(writes);
  });

  it('keeps the counts and the user searches of a run that fails after creating issues', async () => {
    app.host.failNextKvWrites('links:shard:', 1);
    await app.poll();
    const failed = await app.lastRun();
    expect(failed.outcome).toBe('failed');
    expect(failed.counts).toMatchObject({
      created: syncedTasks.length,
      seen: openTasks.length + firstCompletedPage.length,
    });
    const searchesOf = () =>
      app.jiraSim!.control.requestLog.filter((entry) => entry.path.endsWith('/user/search')).length;
    const searchesInFailedRun = searchesOf();
    const assignees = new Set(syncedTasks.map((task) => task.assigned_to.email.toLowerCase()));
    expect(searchesInFailedRun).toBeGreaterThan(0);
    expect(searchesInFailedRun).toBeLessThanOrEqual(assignees.size);

    await app.poll();
    expect((await app.lastRun()).outcome).toBe('success');
    expect(searchesOf()).toBe(searchesInFailedRun);
    const history = (await app.host.kv.get('history:runs')) as Array<{ counts: { created: number } }>;
    expect(history.map((run) => run.counts.created)).toEqual([0, syncedTasks.length]);
  });

  it('reuses a done transition per project and issue type, and looks up again when Jira refuses it', async () => {
    await app.poll();
    const keys = app.issuesByTask();
    const hrTasks = syncedTasks
      .filter((task) => keys.get(task.id)?.[0]?.startsWith('HR-'))
      .sort((a, b) => b.id - a.id)
      .slice(0, 4);
    // The oldest is completed last in the poll; someone cancelled its issue in Jira, where "Done" is refused.
    const cancelledKey = keys.get(hrTasks[3]!.id)![0]!;
    app.forwardEvents(false);
    app.jiraSim!.control.transitionIssue(cancelledKey, 'Cancelled');
    app.forwardEvents(true);
    for (const task of hrTasks) app.peopleforceSim!.control.completeTask(task.id);
    app.jiraSim!.control.clearRequestLog();
    await app.poll();

    const requests = (method: string, suffix: string) =>
      app.jiraSim!.control.requestLog.filter(
        (entry) => entry.method === method && entry.path.endsWith(suffix),
      );
    expect(requests('GET', '/transitions')).toHaveLength(2);
    expect(requests('POST', '/transitions').map((entry) => entry.status)).toEqual([204, 204, 204, 400]);
    for (const task of hrTasks) expect(statusCategory(app, keys.get(task.id)![0]!)).toBe('done');
    expect((await app.lastRun()).counts).toMatchObject({ transitioned: 3, failed: 0 });
  });

  it('lets a second invocation exit at once while the lock is held', async () => {
    await app.host.kv.set('lock:sync-run', {
      owner: 'someone',
      runId: 'run-elsewhere',
      expiresAt: Date.now() + 60_000,
    });
    await app.poll();
    expect(app.jiraWrites()).toBe(0);
    expect(app.peopleforceSim!.control.requestCount).toBe(0);
  });
});

function statusCategory(app: TestApp, key: string): string | undefined {
  const status = app.jiraSim!.control.issue(key)!.fields.status as { statusCategory?: { key?: string } };
  return status.statusCategory?.key;
}

describe('a poll larger than one invocation', () => {
  it('stops before its deadline and finishes through queue continuations, one issue per task', async () => {
    // 300 s × 0.072 ≈ 21.6 s: after listing and one bulk create (slowed to ~1 s) less than the 20 s safety
    // margin is left, so every invocation creates one chunk and hands the rest to the queue.
    const app = await startTestApp(company, { deadlineScale: 0.072 });
    try {
      await app.saveConfig({ rules });
      app.jiraSim!.control.setLatency(400);
      await app.poll();

      const continuations = app.host.invocations().filter((record) => record.functionKey === 'sync-worker');
      expect(continuations.length).toBeGreaterThanOrEqual(2);
      const byTask = app.issuesByTask();
      expect(byTask.size).toBe(syncedTasks.length);
      expect([...byTask.values()].every((keys) => keys.length === 1)).toBe(true);
      const run = await app.lastRun();
      expect(run).toMatchObject({ outcome: 'success', trigger: 'schedule' });
      expect(run.counts.created).toBe(syncedTasks.length);
    } finally {
      await app.close();
    }
  }, 120_000);
});
