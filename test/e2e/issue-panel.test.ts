import path from 'node:path';
import { PROJECT_ROOT } from '../../local/app/local-app';
import type { SimIssueSnapshot } from '../../local/jira-sim';
import { generateCompany } from '../../local/peopleforce-sim';
import { ConfigSchema } from '../../src/config/schema';
import {
  ScreenshotFolder,
  simulatorsOf,
  startAdminPageSession,
  type AdminPageSession,
} from './admin-page-driver';
import { CHROMIUM_PATH, chromiumAvailable } from './chromium';
import { IssuePanelPage } from './issue-panel-driver';

/**
 * The issue panel and the admin's task search in real Chromium, through the local admin server and the app in
 * the local Forge host: the panel shows a synced task from stored state, "Sync this issue now" brings a rename
 * made in PeopleForce across at once, and the Tasks tab finds the task by email and shows that edit.
 */
const OUTPUT_DIR = path.join(PROJECT_ROOT, 'test-output', 'issue-panel');
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) {
  console.log(`Skipping the issue panel browser test: no Chromium at ${CHROMIUM_PATH}.`);
}
const company = generateCompany({ seed: 9, employees: 8, tasks: 12, completedRatio: 0 });
const config = ConfigSchema.parse({
  rules: [{ id: 'hr', name: 'All to HR', action: { type: 'sync', projectKey: 'HR', issueTypeId: '10001' } }],
});
const RENAMED = 'Prepare laptop for Anna Kovalenko';

describeInBrowser('issue panel and task search in Chromium', () => {
  let session: AdminPageSession | undefined;
  let shots: ScreenshotFolder;

  beforeAll(async () => {
    shots = await ScreenshotFolder.create(OUTPUT_DIR);
    session = await startAdminPageSession({
      app: { peopleforce: { simulator: { company } } },
      prepare: async (app) => {
        await app.host.kv.set('config', config);
        await app.poll();
      },
    });
  }, 90_000);

  afterAll(async () => {
    await session?.close();
  });

  /** A synced issue whose task is about someone with an email, so it can be searched by it. */
  const syncedIssue = () => {
    const { peopleforce, jira } = simulatorsOf(session!.app);
    const taskOf = (issue: SimIssueSnapshot) =>
      peopleforce.state.tasks.get(
        Number((issue.properties['peopleforce-task'] as { taskId: string }).taskId),
      );
    const issue = jira.control.issues().find((candidate) => taskOf(candidate)?.associated_to?.email)!;
    return { issue, task: taskOf(issue)! };
  };

  test('the panel shows the task, and "Sync this issue now" brings a PeopleForce rename across', async () => {
    const { admin, browser, app, pageErrors } = session!;
    const { peopleforce, jira } = simulatorsOf(app);
    const { issue, task } = syncedIssue();
    const panel = await IssuePanelPage.open(browser, admin.url, issue.key);
    panel.page.on('pageerror', (error) => pageErrors.push(error.message));

    await panel.waitForText('task-title', task.title);
    await panel.waitForText('task-person', task.associated_to!.full_name);
    await panel.waitForText('task-completed', 'Open in PeopleForce');
    await panel.waitForText('panel-trail', `Created ${issue.key}`);
    expect(await panel.byTestId('task-open-in-peopleforce').getAttribute('href')).toBe(
      `https://app.peopleforce.io/tasks/${task.id}`,
    );
    await shots.take(panel, 'panel', { fullPage: true });

    peopleforce.control.updateTask(task.id, { title: RENAMED });
    await panel.byTestId('sync-issue-now').click();
    await panel.waitForText('sync-issue-result', 'fields updated');
    await panel.waitForText('sync-issue-events', 'Edited summary');
    await panel.waitForText('task-title', RENAMED);
    expect(jira.control.issues().find((candidate) => candidate.key === issue.key)?.fields.summary).toBe(
      RENAMED,
    );
    await shots.take(panel, 'panel-synced', { fullPage: true });

    await panel.show(admin.url, issue.key, 'dark');
    await panel.waitForText('task-title', RENAMED);
    const background = await panel.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await shots.take(panel, 'panel-dark', { fullPage: true });
    await panel.page.close();
    expect(pageErrors).toEqual([]);
  }, 60_000);

  test('an admin finds the task by the email of whom it is about and reads its trail', async () => {
    const { page, pageErrors } = session!;
    const { task } = syncedIssue();
    await page.openTab('tasks');
    await page.fill('task-search-input', task.associated_to!.email.toUpperCase());
    await page.byTestId('task-search-submit').click();
    await page.byTestId(`task-match-${task.id}`).click();
    await page.waitForText('task-detail', RENAMED);
    await page.waitForText('task-trail', 'Edited summary');
    await page.waitForText('task-trail', 'issue panel');
    await shots.take(page, 'tasks-search');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
