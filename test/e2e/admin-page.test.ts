import path from 'node:path';
import { kvs } from '@forge/kvs';
import { DEFAULT_SLACK_WEBHOOK_URL } from '../../local/alert-sims';
import { API_KEY_SECRET, PROJECT_ROOT } from '../../local/app/local-app';
import type { SimIssueSnapshot } from '../../local/jira-sim';
import { generateCompany, type SimTask } from '../../local/peopleforce-sim';
import { ConfigSchema } from '../../src/config/schema';
import {
  ScreenshotFolder,
  simulatorsOf,
  startAdminPageSession,
  type AdminPageSession,
  type ScreenshotOptions,
} from './admin-page-driver';
import { CHROMIUM_PATH, chromiumAvailable } from './chromium';
import {
  CATEGORY_FIELD,
  CATEGORY_TEMPLATE,
  FIXED_CATEGORY,
  IT_PREFIX,
  REFUSED_CATEGORY,
  SUMMARY_TEMPLATE,
  addItRequests,
  itRequestsRule,
} from './it-requests';

/**
 * The admin page in real Chromium against the app in the local Forge host: an admin sets the PeopleForce key,
 * tests the connection, builds a rule with template mappings, previews, syncs, finds the task Jira cannot take
 * in the error queue, fixes the mapping and retries it. Assertions read the simulators, not only the page.
 */
const OUTPUT_DIR = path.join(PROJECT_ROOT, 'test-output', 'admin-page');
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
if (!chromiumAvailable()) {
  console.log(
    `Skipping the admin page browser test: no Chromium at ${CHROMIUM_PATH} (install the Debian package "chromium"; .ci/run does).`,
  );
}

function categoryOf(issue: SimIssueSnapshot): unknown {
  return (issue.fields[CATEGORY_FIELD] as { value?: unknown } | null | undefined)?.value;
}

function summaries(issues: readonly SimIssueSnapshot[]): string[] {
  return issues.map((issue) => String(issue.fields.summary)).sort();
}

describeInBrowser('admin page in Chromium', () => {
  let session: AdminPageSession | undefined;
  let shots: ScreenshotFolder;
  let requests: SimTask[] = [];

  beforeAll(async () => {
    shots = await ScreenshotFolder.create(OUTPUT_DIR);
    console.log(`Admin page screenshots: ${OUTPUT_DIR}`);
    session = await startAdminPageSession({
      app: { peopleforce: { simulator: { company: generateCompany({ seed: 5, employees: 6, tasks: 0 }) } } },
      prepare: async (app) => {
        // The simulators come with the key stored; the admin is to set it through the page.
        await kvs.deleteSecret(API_KEY_SECRET);
        const { control } = simulatorsOf(app).peopleforce;
        requests = addItRequests(control);
        control.addTask({ title: 'Welcome lunch with the team' });
      },
    });
  }, 90_000); // a fresh clone without `npm run build:admin` builds the page first

  afterAll(async () => {
    await session?.close();
  });

  test('an admin sets the key, builds a rule, syncs, and retries a failed task after fixing its mapping', async () => {
    const { app, page, pump, pageErrors } = session!;
    const { peopleforce, jira: jiraSim } = simulatorsOf(app);
    const jira = jiraSim.control;
    const apiKey = peopleforce.apiKey;
    const refused = requests.find((task) => task.title.endsWith('Parking permit'))!;
    const step = async (name: string, work: () => Promise<void>, shot: ScreenshotOptions = {}) => {
      try {
        await work();
      } catch (error) {
        await shots.take(page, `${name}-failed`, { fullPage: true }).catch(() => undefined);
        throw error;
      }
      await shots.take(page, name, shot);
    };
    const ruleEditorShot = { downTo: 'rule-editor' };

    await step('api-key-and-connection', async () => {
      expect(await page.text('api-key-status')).toBe('No API key saved yet.');
      await page.saveApiKey(apiKey);
      expect(await page.page.content()).not.toContain(apiKey);
      await page.testConnection();
      await page.waitForText('connection-result-peopleforce', 'PeopleForce: connected');
      await page.waitForText('connection-result-jira', 'Jira: connected');
    });

    await step(
      'rule-with-template-mapping',
      async () => {
        await page.openTab('rules');
        await page.byTestId('rules-empty').waitFor();
        await page.addRule({
          name: 'IT requests',
          conditions: [{ field: 'Title', operator: 'starts with', value: IT_PREFIX }],
          project: 'IT Service (IT)',
          issueType: 'Task',
          mappings: [
            {
              fieldId: 'summary',
              field: 'Summary (required)',
              source: { kind: 'template', template: SUMMARY_TEMPLATE },
            },
            {
              fieldId: CATEGORY_FIELD,
              field: 'Request category (required)',
              source: { kind: 'template', template: CATEGORY_TEMPLATE },
            },
          ],
        });
        await page.waitForText(`mapping-${CATEGORY_FIELD}-example`, 'Example task gives: Order a laptop');
        await page.saveConfiguration();
        const stored = ConfigSchema.parse(await app.host.kv.get('config'));
        const { id: _id, ...expected } = itRequestsRule();
        expect(stored.rules).toEqual([expect.objectContaining(expected)]);
      },
      ruleEditorShot,
    );

    await step('preview', async () => {
      await page.openTab('preview');
      await page.runPreview();
      expect(await page.count('preview-totals', 'created')).toBe(2);
      expect(await page.count('preview-totals', 'failed')).toBe(1);
      await page.waitForText('preview-problems', `"${REFUSED_CATEGORY}" is not an allowed value`);
      expect(jira.issues()).toEqual([]);
    });

    await step('sync-now', async () => {
      await page.openTab('sync');
      await page.syncNow();
      expect(await page.count('sync-result-counts', 'created')).toBe(2);
      expect(await page.count('sync-result-counts', 'failed')).toBe(1);
      const issues = jira.issues();
      expect(summaries(issues)).toEqual(['[PeopleForce] IT: New laptop', '[PeopleForce] IT: VPN access']);
      expect(issues.map(categoryOf).sort()).toEqual(['Access', 'Hardware']);
      expect(jira.issueByProperty(String(refused.id))).toBeUndefined();
    });

    await step('activity-with-failed-task', async () => {
      await page.openTab('activity');
      await page.byTestId('activity-chart').waitFor();
      expect(await page.byTestId('activity-chart').getAttribute('aria-label')).toContain('last 1 runs');
      expect(
        await page.byTestId('activity-chart').locator('.recharts-bar-rectangle').count(),
      ).toBeGreaterThan(0);
      await page.waitForText('activity-runs-table--table', 'Sync now');
      await page.byTestId(`retry-error-${refused.id}`).waitFor();
      await page.waitForText(
        'error-queue',
        `Request category: "${REFUSED_CATEGORY}" is not an allowed value`,
      );
    });

    await step(
      'mapping-fixed',
      async () => {
        await page.openTab('rules');
        await page.setMappingSource(CATEGORY_FIELD, { kind: 'choice', value: FIXED_CATEGORY });
        await page.saveConfiguration();
      },
      ruleEditorShot,
    );

    await step('failed-task-retried', async () => {
      await page.openTab('activity');
      await page.byTestId(`retry-error-${refused.id}`).click();
      await page.waitForText('retry-outcome', '1 task is queued to be tried again now.');
      await pump.settled();
      await page.byTestId('activity-refresh').click();
      await page.byTestId(`retry-error-${refused.id}`).waitFor({ state: 'detached' });
      await page.waitForText('error-queue', 'No failed tasks.');
      await page.waitForText('activity-runs-table--table', 'Retry');
      expect(await page.byTestId('activity-chart').getAttribute('aria-label')).toContain('last 2 runs');
      expect(jira.issueByProperty(String(refused.id))?.fields.summary).toBe(
        '[PeopleForce] IT: Parking permit',
      );
      // The fixed value applies to every task of the rule: the laptop request is updated to it as well.
      expect(jira.issues().map(categoryOf)).toEqual([FIXED_CATEGORY, FIXED_CATEGORY, FIXED_CATEGORY]);
    });

    expect(pageErrors).toEqual([]);
  }, 60_000);

  test('an admin sets up Slack alerts, sends a test alert, and sees its delivery on Health', async () => {
    const { app, page, pageErrors } = session!;
    await page.openTab('alerts');
    await page.waitForText('alert-slack-status', 'Not set up.');
    await page.fill('alert-slack-secret', DEFAULT_SLACK_WEBHOOK_URL);
    await page.byTestId('alert-slack-save').click();
    await page.waitForText('alert-slack-status', `Set, ending in …${DEFAULT_SLACK_WEBHOOK_URL.slice(-4)}`);
    expect(await page.page.content()).not.toContain(DEFAULT_SLACK_WEBHOOK_URL);

    await page.byTestId('alert-slack-test').click();
    await page.waitForText('alert-slack-test-result', 'Delivered to Slack');
    expect(app.slackSim!.messages.map((message) => message.text.split('\n')[1])).toEqual([
      '✅ Test alert: this channel will receive the sync’s alerts.',
    ]);
    await shots.take(page, 'alerts', { fullPage: true });

    await page.openTab('health');
    // Visited tabs stay mounted: read the tiles inside the Health panel.
    const health = page.byTestId('panel-health');
    await health.getByTestId('alert-delivery-slack').filter({ hasText: 'Delivered' }).waitFor();
    await health.getByTestId('alert-delivery-telegram').filter({ hasText: 'Not set up' }).waitFor();
    expect(pageErrors).toEqual([]);
  }, 30_000);
});
