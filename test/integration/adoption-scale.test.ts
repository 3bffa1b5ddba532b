import { demoConfig } from '../../local/app/demo-config';
import { generateCompany } from '../../local/peopleforce-sim';
import type { AdoptionStatus } from '../../src/config/admin-api';
import type { AdoptionReport } from '../../src/config/records';
import { routeTask } from '../../src/mapping/routing';
import { GATEWAY_DEFAULTS, parseTask, seedGatewayIssue } from '../fixtures/jira/gateway-seed';
import { startTestApp, type TestApp } from '../support/app-harness';

/**
 * 2,000 gateway issues: adopted with zero duplicates, and the Jira requests of the dry run, the adoption and
 * the sync that follows are counted (printed, and bounded so a regression to per-issue requests fails).
 */
const ISSUES = 2_000;
const config = demoConfig();
const company = generateCompany({ seed: 41, tasks: 2_600, employees: 120, completedRatio: 0.1 });
const routed = company.tasks
  .map(parseTask)
  .filter((task) => routeTask(task, config.rules).kind === 'sync')
  .slice(0, ISSUES);

describe('adopting 2,000 gateway issues', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp(company);
    await app.saveConfig(config);
    app.forwardEvents(false);
    for (const task of routed) seedGatewayIssue(app.jiraSim!.control, task, config, { done: task.completed });
  });

  afterAll(async () => {
    await app.close();
  });

  const jiraRequests = () => {
    const byRoute = app.host.counters.snapshot().jira;
    const total = Object.values(byRoute).reduce((sum, count) => sum + count, 0);
    // The simulator also sees the task reads a transport makes when it follows the 303 of a bulk property set.
    const atJira = app.jiraSim!.control.requestLog.length;
    app.jiraSim!.control.clearRequestLog();
    return { total, atJira, byRoute };
  };

  it('adopts them all with zero duplicates, then a sync writes only what differs', async () => {
    expect(routed).toHaveLength(ISSUES);
    const measured: Array<{ step: string; total: number; atJira: number; byRoute: Record<string, number> }> =
      [];

    app.host.counters.reset();
    app.jiraSim!.control.clearRequestLog();
    const { report: dry } = await app.admin<{ report: AdoptionReport }>('adoptIssues', { dryRun: true });
    measured.push({ step: 'dry run', ...jiraRequests() });
    expect(dry.counts).toMatchObject({ found: ISSUES, adopted: ISSUES, conflicts: 0, orphans: 0 });

    app.host.counters.reset();
    await app.admin(
      'adoptIssues',
      GATEWAY_DEFAULTS.label === 'PeopleForce' ? {} : { label: GATEWAY_DEFAULTS.label },
    );
    await app.drainQueue();
    measured.push({ step: 'adoption', ...jiraRequests() });
    const { report } = await app.admin<AdoptionStatus>('getAdoption');
    expect(report).toMatchObject({
      phase: 'done',
      processed: ISSUES,
      counts: { adopted: ISSUES, failed: 0 },
    });

    app.host.counters.reset();
    const writesBefore = app.jiraWrites();
    await app.poll();
    measured.push({ step: 'first sync after adoption', ...jiraRequests() });
    const run = await app.lastRun();
    const openRouted = company.tasks
      .map(parseTask)
      .filter((task) => !task.completed && routeTask(task, config.rules).kind === 'sync');
    const adoptedIds = new Set(routed.map((task) => task.id));
    const notAdopted = openRouted.filter((task) => !adoptedIds.has(task.id)).length;
    expect(run.counts).toMatchObject({ created: notAdopted, updated: 0, failed: 0 });

    const byTask = app.issuesByTask();
    expect([...byTask.values()].every((keys) => keys.length === 1)).toBe(true);
    for (const task of routed) expect(byTask.get(task.id)).toHaveLength(1);

    console.log(
      [
        `Jira requests at ${ISSUES} gateway issues (${notAdopted} open tasks had no gateway issue):`,
        '| Step | Jira requests sent | Received by Jira | By route |',
        '| --- | --- | --- | --- |',
        ...measured.map(
          ({ step, total, atJira, byRoute }) =>
            `| ${step} | ${total} | ${atJira} | ${Object.entries(byRoute)
              .map(([route, count]) => `${route} ×${count}`)
              .join(', ')} |`,
        ),
        `Jira writes in the sync: ${app.jiraWrites() - writesBefore}`,
      ].join('\n'),
    );
    const [dryRun, adoption, sync] = measured;
    expect(dryRun!.total).toBeLessThanOrEqual(ISSUES / 100 + 1);
    expect(adoption!.total).toBeLessThanOrEqual((ISSUES / 100) * 3 + 2);
    expect(sync!.byRoute['PUT /rest/api/3/issue/{id}'] ?? 0).toBe(0);
  }, 240_000);
});
