import path from 'node:path';
import { createLocalHost, type LocalHost } from '../../local/host/local-host';
import {
  DEFAULT_SEED_IDS,
  startJiraSimulator,
  type JiraSimulator,
  type SimIssueEvent,
} from '../../local/jira-sim';
import { JiraClient } from '../../src/jira';
import { createForgeJira } from '../../src/platform/forge-jira';
import { createForgeUserJira } from '../../src/platform/forge-user-jira';
import { hrTask } from '../fixtures/jira/issue-builders';
import { FixedClock } from '../support/fixed-clock';

/**
 * The Jira client over the real `@forge/api` (`asApp()` / `asUser()` through `assumeTrustedRoute`), the local
 * host forwarding product requests to the Jira simulator: paths built by `jiraPath` must arrive intact, and the
 * simulator must see the app's writes as the app and the resolver's checks as the calling user.
 */
let sim: JiraSimulator;
let host: LocalHost;
const events: SimIssueEvent[] = [];

beforeAll(async () => {
  sim = await startJiraSimulator();
  sim.control.onIssueEvent((event) => events.push(event));
  host = createLocalHost({
    manifestPath: path.resolve(__dirname, '../../manifest.yml'),
    jira: { baseUrl: sim.url },
  }).activate();
});

afterAll(async () => {
  await host.close();
  await sim.close();
});

it('creates, edits, transitions and finds issues as the app through asApp().requestJira', async () => {
  const client = new JiraClient({ transport: createForgeJira(), clock: new FixedClock() });

  const [created] = await client.bulkCreate([hrTask('Through Forge', { labels: ['pf'] }, 314)]);
  if (!created?.ok) throw new Error(`the create failed: ${JSON.stringify(created)}`);
  await client.editIssue(created.key, { summary: 'Edited through Forge' }, { notifyUsers: false });
  const done = (await client.getTransitions(created.key)).find(
    (transition) => transition.to.statusCategory.key === 'done',
  );
  await client.transitionIssue(created.key, done?.id ?? '');
  await client.setIssueProperty(created.key, 'odd/key?#', { kept: true });

  const found = await client.searchAllJql({
    jql: 'peopleforceTaskId = 314',
    fields: ['summary', 'status'],
    properties: ['odd/key?#'],
  });
  expect(found).toEqual([
    {
      id: created.id,
      key: created.key,
      fields: expect.objectContaining({ summary: 'Edited through Forge' }) as unknown,
      properties: { 'odd/key?#': { kept: true } },
    },
  ]);
  expect(events.map((event) => [event.eventType, event.actor])).toEqual([
    ['avi:jira:created:issue', 'app'],
    ['avi:jira:updated:issue', 'app'],
    ['avi:jira:updated:issue', 'app'],
  ]);
  expect(sim.control.writeCount()).toBe(4);
});

it('asks Jira about the calling user through asUser() inside an invocation', async () => {
  const asCaller = (accountId: string) =>
    host.runAs(
      'admin-resolver',
      () =>
        new JiraClient({ transport: createForgeUserJira(), clock: new FixedClock() }).hasAdminPermission(),
      {
        accountId,
      },
    );
  await expect(asCaller(DEFAULT_SEED_IDS.adminAccountId)).resolves.toBe(true);
  await expect(asCaller(DEFAULT_SEED_IDS.hrManagerAccountId)).resolves.toBe(false);
});

it('returns null through Forge for an issue that does not exist', async () => {
  const client = new JiraClient({ transport: createForgeJira(), clock: new FixedClock() });
  await expect(client.getIssue('HR-4040')).resolves.toBeNull();
});
