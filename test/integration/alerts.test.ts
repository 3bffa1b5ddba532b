import {
  DEFAULT_SLACK_WEBHOOK_URL,
  DEFAULT_TELEGRAM_CHAT_ID,
  DEFAULT_TELEGRAM_TOKEN,
} from '../../local/alert-sims';
import { API_KEY_SECRET } from '../../local/app/local-app';
import { demoConfig } from '../../local/app/demo-config';
import { defaultJiraSeed } from '../../local/jira-sim';
import { generateCompany } from '../../local/peopleforce-sim';
import type { AlertsOverview } from '../../src/config/alerts';
import { startTestApp, type TestApp } from '../support/app-harness';

/**
 * Alerts through the real handlers, the local host's egress routing and the Slack and Telegram simulators:
 * one message per problem per channel, nothing more while it lasts, one "resolved" message when it clears.
 */
const company = generateCompany({ seed: 5, tasks: 80, employees: 16 });
const ADMIN_LINK = 'https://example.atlassian.net/jira/settings/apps/peopleforce-sync';
const { rules } = demoConfig();

async function setUpBothChannels(app: TestApp, settings: Record<string, unknown> = {}): Promise<void> {
  await app.admin('setAlertSecret', { channel: 'slack', secret: DEFAULT_SLACK_WEBHOOK_URL });
  await app.admin('setAlertSecret', { channel: 'telegram', secret: DEFAULT_TELEGRAM_TOKEN });
  await app.admin('saveAlertSettings', {
    settings: { telegramChatId: DEFAULT_TELEGRAM_CHAT_ID, adminPageUrl: ADMIN_LINK, ...settings },
  });
}

const slackTexts = (app: TestApp) => app.slackSim!.messages.map((message) => message.text);
const telegramTexts = (app: TestApp) => app.telegramSim!.messages.map((message) => message.text);

describe('alerts', () => {
  let app: TestApp;

  afterEach(async () => {
    await app.close();
  });

  describe('when PeopleForce rejects the key', () => {
    beforeEach(async () => {
      app = await startTestApp(company);
      await app.saveConfig({ rules });
      await setUpBothChannels(app);
      await app.poll();
    });

    it('sends one message per channel, nothing more while it lasts, then one "resolved" message', async () => {
      expect(slackTexts(app)).toEqual([]);
      const goodKey = app.peopleforceSim!.apiKey;
      await app.host.setSecret(API_KEY_SECRET, 'pf-revoked-key-0000');

      await app.poll();
      expect((await app.lastRun()).outcome).toBe('failed');
      expect(slackTexts(app)).toHaveLength(1);
      expect(telegramTexts(app)).toHaveLength(1);
      for (const text of [...slackTexts(app), ...telegramTexts(app)]) {
        expect(text).toContain('PeopleForce refuses the API key');
        expect(text).toContain('401');
        expect(text).toContain(ADMIN_LINK);
        expect(text).not.toContain('pf-revoked-key-0000');
        expect(text).not.toContain(goodKey);
      }

      await app.poll();
      await app.poll();
      expect(slackTexts(app)).toHaveLength(1);
      expect(telegramTexts(app)).toHaveLength(1);

      await app.host.setSecret(API_KEY_SECRET, goodKey);
      await app.poll();
      expect((await app.lastRun()).outcome).toBe('success');
      expect(slackTexts(app)).toHaveLength(2);
      expect(telegramTexts(app)).toHaveLength(2);
      expect(slackTexts(app)[1]).toContain('Resolved: PeopleForce refuses the API key');
      expect(telegramTexts(app)[1]).toContain('Resolved: PeopleForce refuses the API key');

      await app.poll();
      expect(slackTexts(app)).toHaveLength(2);
      expect(telegramTexts(app)).toHaveLength(2);
      const overview = await app.admin<AlertsOverview>('getAlerts');
      expect(overview.openProblems).toEqual([]);
      expect(overview.channels.map((channel) => channel.lastDelivery?.kind)).toEqual([
        'resolved',
        'resolved',
      ]);
    });

    it('keeps a message a channel refused and delivers it on the next run, without failing the sync', async () => {
      app.slackSim!.failNext(1, { status: 500, body: 'internal_error' });
      await app.host.setSecret(API_KEY_SECRET, 'pf-revoked-key-0000');
      await app.poll();
      expect(slackTexts(app)).toEqual([]);
      expect(telegramTexts(app)).toHaveLength(1);
      let overview = await app.admin<AlertsOverview>('getAlerts');
      const slack = overview.channels.find((channel) => channel.channel === 'slack');
      expect(slack).toMatchObject({ waiting: 1, lastDelivery: { ok: false } });
      expect(slack?.lastDelivery?.message).toContain('Slack answered 500');

      await app.poll();
      expect(slackTexts(app)).toHaveLength(1);
      expect(slackTexts(app)[0]).toContain('PeopleForce refuses the API key');
      expect(telegramTexts(app)).toHaveLength(1);
      overview = await app.admin<AlertsOverview>('getAlerts');
      expect(overview.channels.map((channel) => [channel.waiting, channel.lastDelivery?.ok])).toEqual([
        [0, true],
        [0, true],
      ]);
    });

    it('answers "Send test alert" per channel with the delivery or the reason it failed', async () => {
      await expect(app.admin('sendTestAlert', { channel: 'slack' })).resolves.toEqual({
        channel: 'slack',
        ok: true,
        message: 'Delivered to Slack',
      });
      await expect(app.admin('sendTestAlert', { channel: 'telegram' })).resolves.toMatchObject({
        ok: true,
      });
      expect(slackTexts(app)[0]).toContain('Test alert');
      expect(telegramTexts(app)[0]).toContain(ADMIN_LINK);

      await app.admin('saveAlertSettings', { settings: { telegramChatId: '-100999' } });
      const refused = await app.admin<{ ok: boolean; message: string }>('sendTestAlert', {
        channel: 'telegram',
      });
      expect(refused.ok).toBe(false);
      expect(refused.message).toContain('chat not found');
      expect(refused.message).not.toContain(DEFAULT_TELEGRAM_TOKEN);

      await app.admin('removeAlertChannel', { channel: 'slack' });
      await expect(app.admin('sendTestAlert', { channel: 'slack' })).resolves.toMatchObject({
        ok: false,
        message: expect.stringContaining('not set up') as unknown,
      });
      const overview = JSON.stringify(await app.admin('getAlerts'));
      expect(overview).not.toContain(DEFAULT_TELEGRAM_TOKEN);
      expect(overview).not.toContain(DEFAULT_SLACK_WEBHOOK_URL);
    });
  });

  describe('before any channel is set up', () => {
    beforeEach(async () => {
      app = await startTestApp(company);
      await app.saveConfig({ rules });
      await app.host.setSecret(API_KEY_SECRET, 'pf-revoked-key-0000');
    });

    test('an alert check that cannot read its state fails alone: the poll still succeeds', async () => {
      await app.host.setSecret(API_KEY_SECRET, app.peopleforceSim!.apiKey);
      await app.host.kv.set('alerts:state', { open: 'not a list' });
      await expect(app.poll()).resolves.toBeUndefined();
      expect((await app.lastRun()).outcome).toBe('success');
      expect(app.host.invocations().every((invocation) => invocation.outcome !== 'error')).toBe(true);
    });

    test('a problem is announced once the first channel is set up, not swallowed', async () => {
      await app.poll();
      expect((await app.lastRun()).outcome).toBe('failed');
      await app.admin('setAlertSecret', { channel: 'slack', secret: DEFAULT_SLACK_WEBHOOK_URL });
      expect(slackTexts(app)).toEqual([]);
      await app.poll();
      await app.poll();
      expect(slackTexts(app)).toHaveLength(1);
      expect(slackTexts(app)[0]).toContain('PeopleForce refuses the API key');
    });
  });

  describe('when a rule stops validating against Jira', () => {
    // The HR screen lost the field the "Everything else to People Ops" rule maps (removed after the rule was saved).
    const seed = defaultJiraSeed();
    const hrProject = seed.projects.find((project) => project.key === 'HR')!;
    hrProject.fields = hrProject.fields.filter((field) => field.fieldId !== 'customfield_10052');

    beforeEach(async () => {
      app = await startTestApp(company, { jira: { simulator: { seed } } });
      await app.saveConfig({ rules });
      await setUpBothChannels(app, { failingTaskAttempts: 1, digestAbove: 3 });
    });

    test('one message for the rule and one digest for its tasks, then resolved when the rule is fixed', async () => {
      await app.poll();
      const run = await app.lastRun();
      expect(run.outcome).toBe('partial');
      expect(run.counts.failed).toBeGreaterThan(3);
      const texts = slackTexts(app);
      expect(texts).toHaveLength(2);
      expect(texts[0]).toContain('Rule "Everything else to People Ops" no longer validates against Jira');
      expect(texts[0]).toContain('customfield_10052');
      expect(texts[1]).toContain(`${run.counts.failed} tasks keep failing to sync`);
      expect(telegramTexts(app)).toEqual(texts);

      await app.poll();
      expect(slackTexts(app)).toHaveLength(2);

      const fixed = rules.map((rule) =>
        rule.action.type === 'sync'
          ? {
              ...rule,
              action: {
                ...rule.action,
                fieldMappings: rule.action.fieldMappings.filter((m) => m.fieldId !== 'customfield_10052'),
              },
            }
          : rule,
      );
      await app.saveConfig({ rules: fixed });
      await app.poll();
      expect((await app.lastRun()).outcome).toBe('success');
      const after = slackTexts(app).slice(2);
      expect(after).toHaveLength(2);
      expect(after[0]).toContain('Resolved: Rule "Everything else to People Ops"');
      expect(after[1]).toContain(`Resolved: ${run.counts.failed} tasks sync again`);
      expect(telegramTexts(app).slice(2)).toEqual(after);
    });
  });

  describe('when Jira → PeopleForce cannot complete a task', () => {
    beforeEach(async () => {
      app = await startTestApp(company);
      await app.saveConfig({ rules });
      await setUpBothChannels(app);
      await app.poll();
    });

    test('the next poll sends one message naming the task and its issue, and no more while it lasts', async () => {
      const [taskId, [key]] = [...app.issuesByTask().entries()][0]!;
      // Every try of the return path (the event, then each queue retry) is refused.
      app.peopleforceSim!.control.failNext(6, { status: 403, body: { message: 'Forbidden' } });
      app.jiraSim!.control.transitionIssue(key!, 'Done');
      await app.settleEvents();
      expect(slackTexts(app)).toEqual([]);

      await app.poll();
      expect(slackTexts(app)).toHaveLength(1);
      expect(slackTexts(app)[0]).toContain(`could not complete or reopen 1 task(s): ${taskId} (${key})`);
      expect(telegramTexts(app)).toEqual(slackTexts(app));
      await app.poll();
      expect(slackTexts(app)).toHaveLength(1);
    });
  });
});
