import { ADMIN_FUNCTION, POLL_TRIGGER, SWEEP_TRIGGER } from '../../local/app/local-app';
import { demoConfig } from '../../local/app/demo-config';
import { DEFAULT_SEED_IDS } from '../../local/jira-sim/default-seed';
import { generateCompany } from '../../local/peopleforce-sim';
import { SeededRandom } from '../../local/peopleforce-sim/seeded-random';
import type { RunRecord } from '../../src/config/records';
import { storageKeys } from '../../src/state/keys';
import { startTestApp, type TestApp } from '../support/app-harness';
import { ChangeWorkload } from './support/change-workload';
import { PAST_LEASE_MS, POLL_PERIOD_MS, runToQuiescence, survive } from './support/quiesce';
import { writeSuiteRows, type ReliabilityRow } from './support/reliability-rows';
import { soak } from './support/soak';
import { checkInvariants } from './support/sync-invariants';
import { advanceClock, installVirtualClock, uninstallVirtualClock } from './support/virtual-clock';

/**
 * Overlap: everything the platform may run at the same moment — a scheduled poll, "Sync now" (through the
 * admin resolver and the queue), a queue continuation of an earlier run, the hourly sweep, and a stream of Jira
 * product events — started in a seeded random order with random gaps. Afterwards the app must converge with no
 * duplicate and no lost update. Two races get their own deterministic scenario: a Jira event that updates a
 * link while a poll holds an older copy of the same link shard, and a run lock whose holder died.
 */
const TASKS = 300;
const INTERLEAVINGS = soak ? 60 : 4;
const SHARDS = 16;
const rows: ReliabilityRow[] = [];

let app: TestApp;
let completedBeforeFirstSync: Set<number>;

beforeAll(async () => {
  installVirtualClock();
  const company = generateCompany({ seed: 222, tasks: TASKS, employees: 40, completedRatio: 0.15 });
  completedBeforeFirstSync = new Set(company.tasks.filter((task) => task.completed).map((task) => task.id));
  app = await startTestApp(company);
  await app.saveConfig(demoConfig());
  await app.poll();
});

afterAll(async () => {
  writeSuiteRows('overlap', rows);
  await app.close();
  uninstallVirtualClock();
});

function isDone(key: string): boolean {
  const status = app.jiraSim!.control.issue(key)?.fields.status as { statusCategory: { key: string } };
  return status.statusCategory.key === 'done';
}

function doneStatusOf(key: string): string {
  return key.startsWith('IT-') ? 'Resolved' : 'Done';
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 400; tries += 1) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function runHistory(): Promise<RunRecord[]> {
  return ((await app.host.kv.get(storageKeys.runHistory)) as RunRecord[] | undefined) ?? [];
}

it('keeps a completion made by a Jira event while a poll holds an older copy of its link shard', async () => {
  const issues = app.issuesByTask();
  const tasks = [...app.peopleforceSim!.state.tasks.values()];
  const linked = tasks.filter((task) => !task.completed && issues.get(task.id)?.length === 1);
  // T is completed in Jira during the poll, after the poll listed it (the newest open task is on the first page);
  // U shares T's link shard and is renamed, so the poll writes that shard at its checkpoint.
  const target = linked.reduce((newest, task) => (task.id > newest.id ? task : newest));
  const sibling = linked.find((task) => task.id !== target.id && task.id % SHARDS === target.id % SHARDS)!;
  const targetKey = issues.get(target.id)![0]!;
  app.peopleforceSim!.control.updateTask(sibling.id, { title: `${sibling.title} (renamed)` });

  app.peopleforceSim!.control.setLatency(150);
  app.peopleforceSim!.control.clearRequestLog();
  const poll = app.host.runScheduledTrigger(POLL_TRIGGER);
  // The poll has loaded the links and listed T's page, and is still listing: the user finishes the issue now.
  await waitFor(() => app.peopleforceSim!.control.requestLog.length > 1, 'the poll to list a page');
  app.jiraSim!.control.transitionIssue(targetKey, doneStatusOf(targetKey));
  await app.settleEvents();
  expect(app.peopleforceSim!.state.tasks.get(target.id)?.completed).toBe(true);
  await poll;
  app.peopleforceSim!.control.setLatency(0);
  // Then reopens it: the task must follow, and no later poll may put the issue back to done.
  app.jiraSim!.control.transitionIssue(targetKey, 'To Do');
  await app.settleEvents();
  await runToQuiescence(app);

  const reopened = app.peopleforceSim!.state.tasks.get(target.id)?.completed === false && !isDone(targetKey);
  const report = await checkInvariants(app, completedBeforeFirstSync);
  rows.push({
    suite: 'overlap',
    scenario: 'Jira event completes a task while a poll holds an older copy of its link shard; then reopened',
    cases: 1,
    duplicates: report.duplicates,
    lostUpdates: report.lostUpdates + (reopened ? 0 : 1),
    retries: 0,
    result: reopened && report.problems.length === 0 ? 'pass' : 'fail',
    note: 'the poll rewrites the shard after the event stored the completion',
  });
  expect(report.problems).toEqual([]);
  expect(app.peopleforceSim!.state.tasks.get(target.id)?.completed).toBe(false);
  expect(isDone(targetKey)).toBe(false);
});

it('replaces a dead lock holder after its lease and not before', async () => {
  advanceClock(POLL_PERIOD_MS);
  // The poll dies right after the platform call that took the lock: the first k that leaves a lease behind.
  for (let k = 1; k <= 6 && (await app.host.kv.get(storageKeys.runLock)) === undefined; k += 1) {
    app.host.crashAfterPlatformCalls(k);
    await survive(() => app.host.runScheduledTrigger(POLL_TRIGGER).then(() => undefined));
  }
  app.host.disarmCrash();
  expect(await app.host.kv.get(storageKeys.runLock)).toBeDefined();

  const deadRunId = ((await app.host.kv.get(storageKeys.runLock)) as { runId: string }).runId;
  // A poll refused by the lock records no run; one that ran adds its record to the history.
  const pollOutcome = async (): Promise<string> => {
    const before = (await runHistory()).length;
    await app.poll();
    const history = await runHistory();
    return history.length > before ? (history[0]?.outcome ?? 'none') : 'locked';
  };
  const outcomes: string[] = [];
  outcomes.push(await pollOutcome());
  advanceClock(POLL_PERIOD_MS);
  outcomes.push(await pollOutcome());
  const stillHeldBy = ((await app.host.kv.get(storageKeys.runLock)) as { runId: string }).runId;
  advanceClock(PAST_LEASE_MS - POLL_PERIOD_MS);
  outcomes.push(await pollOutcome());
  expect(stillHeldBy).toBe(deadRunId);

  const ok = outcomes.join(',') === 'locked,locked,success';
  rows.push({
    suite: 'overlap',
    scenario: 'a poll dies holding the run lock: polls at +0 and +5 min, then past the 6-minute lease',
    cases: 3,
    duplicates: 0,
    lostUpdates: 0,
    retries: 0,
    result: ok ? 'pass' : 'fail',
    note: `outcomes ${outcomes.join(', ')}`,
  });
  expect(outcomes).toEqual(['locked', 'locked', 'success']);
  expect(await app.host.kv.get(storageKeys.runLock)).toBeUndefined();
});

it(`converges with no duplicate and no lost update over ${INTERLEAVINGS} random interleavings`, async () => {
  const random = new SeededRandom(3030);
  const workload = new ChangeWorkload(app, completedBeforeFirstSync, 4040);
  let problems: string[] = [];
  let duplicates = 0;
  let lostUpdates = 0;
  for (let interleaving = 0; interleaving < INTERLEAVINGS; interleaving += 1) {
    advanceClock(POLL_PERIOD_MS);
    const touched = workload.changePeopleForce();
    const jiraChanges = () => {
      workload.changeJira(undefined, touched);
      return Promise.resolve();
    };
    const starters: Array<() => Promise<unknown>> = [
      () => app.host.runScheduledTrigger(POLL_TRIGGER),
      () =>
        app.host.invokeResolver(
          ADMIN_FUNCTION,
          'syncNow',
          {},
          { accountId: DEFAULT_SEED_IDS.adminAccountId },
        ),
      () =>
        app.host.invoke('sync-worker', {
          body: { kind: 'poll', runId: `run-continued-${interleaving}`, trigger: 'schedule', carried: null },
        }),
      () => app.host.runScheduledTrigger(SWEEP_TRIGGER),
      jiraChanges,
      jiraChanges,
    ];
    const started = starters
      .map((start) => ({ start, delayMs: random.int(0, 600) }))
      .map(async ({ start, delayMs }) => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        await start();
      });
    await Promise.allSettled(started);
    await app.settleEvents();
    await runToQuiescence(app);
    const report = await checkInvariants(app, completedBeforeFirstSync, workload.expectedCompletion);
    duplicates += report.duplicates;
    lostUpdates += report.lostUpdates;
    problems = [...problems, ...report.problems.map((problem) => `#${interleaving}: ${problem}`)];
  }
  rows.push({
    suite: 'overlap',
    scenario: 'poll, Sync now, a continuation, the sweep and Jira events started in random order',
    cases: INTERLEAVINGS,
    duplicates,
    lostUpdates,
    retries: 0,
    result: problems.length === 0 ? 'pass' : 'fail',
    note: 'seeded start gaps of 0–600 ms',
  });
  expect(problems).toEqual([]);
}, 300_000);
