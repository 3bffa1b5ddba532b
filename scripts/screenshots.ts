// First: the Forge globals must exist before anything loads @forge/api (see local/host/README.md).
import '../local/host/register';
import path from 'node:path';
import { stat } from 'node:fs/promises';
import { demoConfig } from '../local/app/demo-config';
import {
  ADMIN_FUNCTION,
  POLL_TRIGGER,
  PROJECT_ROOT,
  demoCompany,
  type LocalApp,
} from '../local/app/local-app';
import { DEFAULT_SEED_IDS } from '../local/jira-sim';
import { adminApi, envelopeSchema } from '../src/config/admin-api';
import type { Config } from '../src/config/schema';
import { TASK_PROPERTY_KEY } from '../src/sync/sync.types';
import {
  simulatorsOf,
  startAdminPageSession,
  type AdminPage,
  type AdminPageSession,
  type ScreenshotOptions,
} from '../test/e2e/admin-page-driver';
import { IssuePanelPage } from '../test/e2e/issue-panel-driver';
import { addItRequests, itRequestsRule } from '../test/e2e/it-requests';

/**
 * The README's screenshots, one per tab of the admin page at 1280×800, in a state an admin would see after a
 * few days: the demo company and rules, a preview, a finished sync, later scheduled runs in the chart and an
 * IT request in the error queue; then the issue panel of an issue moved to done in Jira (light and dark) and the
 * Tasks tab's search for the person that issue's task is about. Run with `npx tsx scripts/screenshots.ts`;
 * writes docs/screenshots/<name>.png and prints what opening the panel cost (time to the task's title, and
 * the platform calls counted by the local host).
 */
const OUTPUT_DIR = path.join(PROJECT_ROOT, 'docs', 'screenshots');
/** Shaped like a real key, so that the Connection tab shows a plausible last four. */
const DEMO_API_KEY = 'pf_live_4f9c2a7e81b3d60a5K2Q9';

/** The demo rules plus the IT requests rule, placed before the catch-all because the first match wins. */
function readmeConfig(): Config {
  const config = demoConfig();
  const everythingElse = config.rules.length - 1;
  const rules = [
    ...config.rules.slice(0, everythingElse),
    itRequestsRule(),
    ...config.rules.slice(everythingElse),
  ];
  return { ...config, rules };
}

/** Stores the configuration through the admin resolver, validated against Jira as the page's Save is. */
async function saveConfigAsAdmin(app: LocalApp, config: Config): Promise<void> {
  const answer = await app.host.invokeResolver(
    ADMIN_FUNCTION,
    'saveConfig',
    { config },
    { accountId: DEFAULT_SEED_IDS.adminAccountId },
  );
  const envelope = envelopeSchema(adminApi.saveConfig.result).parse(answer);
  if (!envelope.ok)
    throw new Error(`The README configuration was refused: ${JSON.stringify(envelope.error)}`);
}

function linkedTaskIds(app: LocalApp): number[] {
  return simulatorsOf(app)
    .jira.control.issues()
    .map((issue) => Number((issue.properties[TASK_PROPERTY_KEY] as { taskId?: unknown } | undefined)?.taskId))
    .filter((taskId) => Number.isInteger(taskId));
}

async function scheduledPoll(session: AdminPageSession): Promise<void> {
  await session.app.host.runScheduledTrigger(POLL_TRIGGER);
  await session.pump.settled();
}

/** Work done in PeopleForce between polls, so that later runs update, transition and create. */
async function laterRuns(session: AdminPageSession): Promise<void> {
  const { control, state } = simulatorsOf(session.app).peopleforce;
  const open = linkedTaskIds(session.app).filter((taskId) => state.tasks.get(taskId)?.completed === false);
  for (const taskId of open.slice(0, 30)) control.completeTask(taskId);
  for (const taskId of open.slice(30, 42)) control.updateTask(taskId, { ends_on: '2026-03-20' });
  await scheduledPoll(session);
  for (const title of newTaskTitles) control.addTask({ title });
  for (const taskId of open.slice(42, 52)) control.completeTask(taskId);
  await scheduledPoll(session);
}

const newTaskTitles = [
  'Order a headset',
  'Book the welcome lunch',
  'Add to the payroll run',
  'Sign the NDA',
  'Set up the parking badge',
  'Enrol in the pension plan',
  'Schedule the security training',
  'Create the HR file',
];

async function save(page: AdminPage, tab: string, options: ScreenshotOptions = {}): Promise<void> {
  await page.waitUntilLoaded();
  const file = path.join(OUTPUT_DIR, `${tab}.png`);
  await page.screenshot(file, options);
  const { size } = await stat(file);
  process.stdout.write(`${path.relative(PROJECT_ROOT, file)} (${Math.round(size / 1024)} KB)\n`);
}

async function capture(session: AdminPageSession): Promise<void> {
  const { page } = session;
  await page.testConnection();
  await page.waitForText('connection-result-peopleforce', 'PeopleForce: connected');
  await save(page, 'connection');

  await page.openTab('rules');
  await page.byTestId('rule-select-1').click();
  await page.byTestId('mapping-summary-example').waitFor();
  // The field mappings are the point of a rule, and they sit below the fold.
  await save(page, 'rules', { downTo: 'rule-editor' });

  await page.openTab('status');
  await save(page, 'status');

  await page.openTab('preview');
  await page.runPreview();
  await save(page, 'preview');

  await page.openTab('sync');
  await page.syncNow();
  await save(page, 'sync-now');

  await laterRuns(session);
  await page.openTab('activity');
  await page.byTestId('activity-chart').waitFor();
  await page
    .byTestId('error-queue')
    .getByRole('button', { name: /^Retry task / })
    .first()
    .waitFor();
  await save(page, 'activity', { downTo: 'error-queue' });

  await page.openTab('health');
  await page.byTestId('health-overview').waitFor();
  await page.waitForText('health-peopleforce', 'Reachable');
  await page.waitForText('health-jira', 'Reachable');
  await save(page, 'health');

  const email = await captureIssuePanel(session);
  await page.openTab('tasks');
  await page.fill('task-search-input', email);
  await page.byTestId('task-search-submit').click();
  await page.byTestId('task-trail').waitFor();
  await save(page, 'tasks');
}

/** An employee's onboarding task whose due date moved in PeopleForce, then whose issue was finished in Jira. */
async function captureIssuePanel(session: AdminPageSession): Promise<string> {
  const { peopleforce, jira } = simulatorsOf(session.app);
  const issue = jira.control.issues().find((candidate) => {
    const taskId = Number((candidate.properties[TASK_PROPERTY_KEY] as { taskId?: unknown }).taskId);
    const task = peopleforce.state.tasks.get(taskId);
    const employeeTask = task?.associated_to?.type === 'Employee' && !task.completed;
    return candidate.key.startsWith('HR-') && task?.ends_on === '2026-03-20' && employeeTask;
  });
  if (!issue) throw new Error('No issue of an employee task with a moved due date to show in the panel.');
  jira.control.transitionIssue(issue.key, 'Done');
  await session.app.settleEvents();
  session.app.host.counters.reset();
  const panel = await IssuePanelPage.open(session.browser, session.admin.url, issue.key);
  const shownMs = await panel.msUntilTitleShown();
  await panel.waitForText('panel-trail', 'Completed the task in PeopleForce');
  const spent = session.app.host.counters.snapshot();
  process.stdout.write(
    `Issue panel of ${issue.key}: task title shown ${shownMs} ms after navigation; platform calls: ` +
      `Jira ${JSON.stringify(spent.jira)}, PeopleForce ${JSON.stringify(spent.egress)}, ` +
      `KVS reads ${spent.kvs.reads} (${spent.kvs.bytesRead} bytes), writes ${spent.kvs.writes}\n`,
  );
  await save(panel, 'issue-panel', { fullPage: true });
  await panel.show(session.admin.url, issue.key, 'dark');
  await panel.byTestId('panel-trail').waitFor();
  await save(panel, 'issue-panel-dark', { fullPage: true });
  await panel.page.close();
  const taskId = Number((issue.properties[TASK_PROPERTY_KEY] as { taskId?: unknown }).taskId);
  return peopleforce.state.tasks.get(taskId)?.associated_to?.email ?? String(taskId);
}

async function main(): Promise<void> {
  // The app's info lines (one per run and request) would bury the list of files written.
  process.env.LOG_LEVEL ??= 'warn';
  const session = await startAdminPageSession({
    app: { peopleforce: { simulator: { company: demoCompany(), apiKey: DEMO_API_KEY } } },
    prepare: async (app) => {
      addItRequests(simulatorsOf(app).peopleforce.control);
      await saveConfigAsAdmin(app, readmeConfig());
    },
  });
  try {
    await capture(session);
    if (session.pageErrors.length > 0)
      throw new Error(`The page reported errors:\n${session.pageErrors.join('\n')}`);
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Screenshots failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
