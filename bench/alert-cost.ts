/**
 * What alerts cost a poll: platform calls of a no-change poll with and without channels, of the poll that
 * announces a refused PeopleForce key, of the polls while it lasts, and of the poll that announces it resolved.
 * Through the real handlers and SDK packages, the local host and the PeopleForce, Jira, Slack and Telegram
 * simulators.
 *
 *   npx tsx bench/alert-cost.ts
 */
import {
  DEFAULT_SLACK_WEBHOOK_URL,
  DEFAULT_TELEGRAM_CHAT_ID,
  DEFAULT_TELEGRAM_TOKEN,
} from '../local/alert-sims';
import { demoConfig } from '../local/app/demo-config';
import { ADMIN_FUNCTION, API_KEY_SECRET, startLocalApp, type LocalApp } from '../local/app/local-app';
import { DEFAULT_SEED_IDS } from '../local/jira-sim';
import { generateCompany } from '../local/peopleforce-sim';

interface Row {
  poll: string;
  kvReads: number;
  kvWrites: number;
  jira: number;
  peopleforce: number;
  slack: number;
  telegram: number;
}

async function measure(app: LocalApp, poll: string): Promise<Row> {
  app.host.counters.reset();
  await app.poll();
  const counters = app.host.counters.snapshot();
  const egress = counters.egress;
  return {
    poll,
    kvReads: counters.kvs.reads + counters.kvs.queries,
    kvWrites: counters.kvs.writes + counters.kvs.deletes,
    jira: Object.values(counters.jira).reduce((total, count) => total + count, 0),
    peopleforce: egress['app.peopleforce.io'] ?? 0,
    slack: egress['hooks.slack.com'] ?? 0,
    telegram: egress['api.telegram.org'] ?? 0,
  };
}

async function main(): Promise<void> {
  const company = generateCompany({ seed: 42, tasks: 300, employees: 40 });
  const app = await startLocalApp({ peopleforce: { simulator: { company } } });
  const admin = (key: string, payload: unknown) =>
    app.host.invokeResolver(ADMIN_FUNCTION, key, payload, { accountId: DEFAULT_SEED_IDS.adminAccountId });
  try {
    await app.host.kv.set('config', demoConfig());
    await app.poll();
    const rows = [await measure(app, 'no change, no channel set up')];
    await admin('setAlertSecret', { channel: 'slack', secret: DEFAULT_SLACK_WEBHOOK_URL });
    await admin('setAlertSecret', { channel: 'telegram', secret: DEFAULT_TELEGRAM_TOKEN });
    await admin('saveAlertSettings', { settings: { telegramChatId: DEFAULT_TELEGRAM_CHAT_ID } });
    rows.push(await measure(app, 'no change, both channels'));
    const apiKey = app.peopleforceSim!.apiKey;
    await app.host.setSecret(API_KEY_SECRET, 'revoked-key-0000');
    rows.push(await measure(app, 'key refused: alert sent'));
    rows.push(await measure(app, 'key still refused'));
    await app.host.setSecret(API_KEY_SECRET, apiKey);
    rows.push(await measure(app, 'key fixed: resolved sent'));
    rows.push(await measure(app, 'no change, after a problem'));
    console.table(rows);
    console.log(
      `Messages received: Slack ${app.slackSim!.messages.length}, Telegram ${app.telegramSim!.messages.length}`,
    );
  } finally {
    await app.close();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
