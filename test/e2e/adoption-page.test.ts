import path from 'node:path';
import { PROJECT_ROOT } from '../../local/app/local-app';
import { demoConfig } from '../../local/app/demo-config';
import { generateCompany } from '../../local/peopleforce-sim';
import { routeTask } from '../../src/mapping/routing';
import {
  GATEWAY_DEFAULTS,
  parseTask,
  seedGatewayIssue,
  seedUnmatchedIssue,
} from '../fixtures/jira/gateway-seed';
import {
  ScreenshotFolder,
  simulatorsOf,
  startAdminPageSession,
  type AdminPageSession,
} from './admin-page-driver';
import { chromiumAvailable } from './chromium';

/**
 * Adopting the self-hosted gateway's issues from the admin page in real Chromium: the warning before the first
 * sync, a dry run that writes nothing, the adoption with its report, and a first sync that creates no second
 * issue. Assertions read the Jira simulator, not only the page.
 */
const OUTPUT_DIR = path.join(PROJECT_ROOT, 'test-output', 'adoption-page');
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
const company = generateCompany({ seed: 8, employees: 10, tasks: 30, completedRatio: 0 });
const config = demoConfig();
const routed = company.tasks.map(parseTask).filter((task) => routeTask(task, config.rules).kind === 'sync');

describeInBrowser('adoption on the admin page in Chromium', () => {
  let session: AdminPageSession | undefined;
  let shots: ScreenshotFolder;
  let duplicateKey = '';

  beforeAll(async () => {
    shots = await ScreenshotFolder.create(OUTPUT_DIR);
    session = await startAdminPageSession({
      app: { peopleforce: { simulator: { company } } },
      prepare: async (app) => {
        await app.host.kv.set('config', config);
        const jira = simulatorsOf(app).jira.control;
        for (const task of routed) seedGatewayIssue(jira, task, config, GATEWAY_DEFAULTS);
        duplicateKey = seedGatewayIssue(jira, routed[0]!, config, GATEWAY_DEFAULTS)!.key;
        seedGatewayIssue(jira, { ...routed[1]!, id: 990_001 }, config, GATEWAY_DEFAULTS);
        seedUnmatchedIssue(jira, GATEWAY_DEFAULTS, true);
      },
    });
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  test('warns, dry-runs, adopts, and the first sync creates no second issue', async () => {
    const { app, page, pageErrors } = session!;
    const jira = simulatorsOf(app).jira.control;
    const taskIdsWithOurProperty = () =>
      jira
        .issues()
        .map((issue) => (issue.properties['peopleforce-task'] as { taskId?: string } | undefined)?.taskId)
        .filter((taskId) => taskId !== undefined);

    await page.openTab('sync');
    await page.waitForText('unadopted-warning-sync', `${routed.length + 3} issues labelled "PeopleForce"`);
    await shots.take(page, 'first-sync-warning');

    await page.openTab('connection');
    const writes = jira.writeCount();
    await page.byTestId('adoption-dry-run').click();
    await page.waitForText('adoption-outcome', 'Dry run: nothing was written');
    expect(await page.text('adoption-outcome')).toContain(`${routed.length} would be adopted`);
    await page.waitForText('adoption-conflicts', duplicateKey);
    await page.waitForText('adoption-orphans', 'task 990001');
    await page.waitForText('adoption-unmatched', 'its property holds no pf_task_id');
    expect(jira.writeCount()).toBe(writes);
    await shots.take(page, 'dry-run', { downTo: 'adoption-report' });

    await page.byTestId('adoption-start').click();
    await page.byTestId('adoption-confirm-confirm').click();
    await page.waitForText('adoption-outcome', 'Adoption finished');
    expect(taskIdsWithOurProperty()).toHaveLength(routed.length);
    await shots.take(page, 'adopted', { downTo: 'adoption-report' });

    await page.openTab('sync');
    await page.syncNow();
    expect(taskIdsWithOurProperty()).toHaveLength(routed.length);
    expect(new Set(taskIdsWithOurProperty()).size).toBe(routed.length);
    expect(await page.byTestId('unadopted-warning-sync').count()).toBe(0);
    expect(await page.byTestId('unadopted-warning').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
