import { demoConfig } from '../../local/app/demo-config';
import { generateCompany } from '../../local/peopleforce-sim';
import { startTestApp, type TestApp } from '../support/app-harness';

/**
 * A poll whose listing alone outruns its invocation: it stops listing at a checkpoint, applies what it read,
 * and reads on in a queue continuation instead of failing or starting over.
 */
const company = generateCompany({ seed: 5, tasks: 1_000, employees: 50, completedRatio: 0.4 });
const openTasks = company.tasks.filter((task) => !task.completed);
const openPages = Math.ceil(openTasks.length / 50);

describe('a listing longer than one invocation', () => {
  let app: TestApp;

  beforeEach(async () => {
    // 300 s × 0.1 = 30 s per invocation; listing stops once 20 s are left.
    app = await startTestApp(company, { deadlineScale: 0.1 });
    await app.saveConfig({ rules: demoConfig().rules, onTaskVanished: 'label' });
  });

  afterEach(async () => {
    await app.close();
  });

  it('continues from its checkpoint: every task read once, nothing taken for vanished, no Jira write', async () => {
    await app.poll();
    expect((await app.lastRun()).outcome).toBe('success');
    const writes = app.jiraWrites();
    const invocationsBefore = app.host.invocations().length;
    app.peopleforceSim!.control.clearRequestLog();
    // One second per page: the open list (about 12 pages) no longer fits the 10 s the listing may use.
    app.peopleforceSim!.control.setLatency(1_000);

    await app.poll();

    const invocations = app.host.invocations().slice(invocationsBefore);
    expect(invocations.map((record) => record.functionKey)).toEqual(['poll-peopleforce', 'sync-worker']);
    expect(invocations.every((record) => record.outcome === 'success')).toBe(true);
    const run = await app.lastRun();
    expect(run).toMatchObject({ outcome: 'success', trigger: 'schedule' });
    expect(run.counts).toMatchObject({ seen: openTasks.length + 50, created: 0, updated: 0, failed: 0 });
    expect(app.jiraWrites()).toBe(writes);
    // Each open page once, the page before the stop once more to realign, and the newest completed page.
    const pages = app.peopleforceSim!.control.requestLog.filter((entry) => entry.path.endsWith('/tasks'));
    expect(pages).toHaveLength(openPages + 1 + 1);
    expect(await app.host.kv.get('checkpoint:listing')).toBeUndefined();
  }, 90_000);
});
