import { demoConfig } from '../../local/app/demo-config';
import { generateCompany } from '../../local/peopleforce-sim';
import { startTestApp, type TestApp } from '../support/app-harness';
import { ChangeWorkload } from './support/change-workload';
import { PAST_LEASE_MS, runToQuiescence, survive } from './support/quiesce';
import { writeSuiteRows } from './support/reliability-rows';
import { soak } from './support/soak';
import { checkInvariants, type InvariantReport } from './support/sync-invariants';
import { advanceClock, installVirtualClock, uninstallVirtualClock } from './support/virtual-clock';

/**
 * Crash at every step. A company of 300 tasks is synced; then, round after round, people change tasks in
 * PeopleForce (creates, edits, completions, reopenings) and issues in Jira (done, reopened), and the platform
 * runs what it would: the product events, a scheduled poll (and its continuations), the sweep. In each round
 * the invocation that makes the k-th platform call (KVS, Jira, PeopleForce, queue) is stopped right after that
 * call; k moves across the whole round, so every step of events, poll and sweep is cut somewhere. After each
 * crash the platform carries on (the lease expires, polls and sweeps run) until nothing is written any more,
 * and the invariants must hold: one issue per routed task, each issue equal to its task's projection,
 * completion converged both ways, no create intent left, the lock free.
 */
const TASKS = 300;
const CRASH_POINTS = soak ? 200 : 16;

let app: TestApp;
let completedBeforeFirstSync: Set<number>;

beforeAll(async () => {
  installVirtualClock();
  const company = generateCompany({ seed: 111, tasks: TASKS, employees: 40, completedRatio: 0.15 });
  completedBeforeFirstSync = new Set(company.tasks.filter((task) => task.completed).map((task) => task.id));
  app = await startTestApp(company);
  await app.saveConfig(demoConfig());
  await app.poll();
  await app.settleEvents();
});

afterAll(async () => {
  await app.close();
  uninstallVirtualClock();
});

interface RoundResult {
  k: number;
  stoppedFunction: string | undefined;
  report: InvariantReport;
}

/**
 * One round: people's changes, then what the platform runs (events, a poll, the sweep, then polls and sweeps
 * every five minutes until quiet). With `k` > 0 the invocation making the round's k-th platform call is stopped;
 * returns the calls the round made and which function was stopped.
 */
async function round(workload: ChangeWorkload, k: number): Promise<{ calls: number; stopped?: string }> {
  const stoppedBefore = app.host.crashState().stopped.length;
  if (k > 0) app.host.crashAfterPlatformCalls(k);
  else app.host.disarmCrash();
  const touched = workload.changePeopleForce();
  workload.changeJira(undefined, touched);
  await app.settleEvents();
  await survive(() => app.poll());
  await survive(() => app.sweep());
  await runToQuiescence(app);
  const { calls, stopped } = app.host.crashState();
  app.host.disarmCrash();
  const stoppedFunction = stopped[stoppedBefore];
  if (stoppedFunction === undefined) return { calls };
  // The dead invocation's lease, if it held the lock, must run out before a poll may take the lock again.
  advanceClock(PAST_LEASE_MS);
  await runToQuiescence(app);
  return { calls, stopped: stoppedFunction };
}

it(`keeps one issue per task and loses no update when any of ${CRASH_POINTS} steps crashes`, async () => {
  const workload = new ChangeWorkload(app, completedBeforeFirstSync, 2026);
  // Rounds without a crash tell how many platform calls a round makes: the crash points spread over them.
  let calls = Number.POSITIVE_INFINITY;
  for (let warmUp = 0; warmUp < 3; warmUp += 1) {
    const made = (await round(workload, 0)).calls;
    calls = Math.min(calls, made);
  }
  expect(calls).toBeGreaterThan(20);

  const results: RoundResult[] = [];
  for (let point = 0; point < CRASH_POINTS; point += 1) {
    const k = 1 + Math.round((point * (calls - 1)) / Math.max(1, CRASH_POINTS - 1));
    const { stopped } = await round(workload, k);
    const report = await checkInvariants(app, completedBeforeFirstSync, workload.expectedCompletion);
    results.push({ k, stoppedFunction: stopped, report });
  }

  const duplicates = sum(results, (result) => result.report.duplicates);
  const lostUpdates = sum(results, (result) => result.report.lostUpdates);
  const problems = results.flatMap((result) =>
    result.report.problems.map((problem) => `k=${result.k}: ${problem}`),
  );
  const byFunction = new Map<string, number>();
  for (const { stoppedFunction } of results) {
    if (stoppedFunction !== undefined)
      byFunction.set(stoppedFunction, (byFunction.get(stoppedFunction) ?? 0) + 1);
  }
  const stoppedIn = [...byFunction].map(([name, count]) => `${name} ${count}`).join(', ');
  writeSuiteRows('crash', [
    {
      suite: 'crash',
      scenario: `${TASKS} tasks, both directions; invocation stopped after platform call k = 1…${calls}`,
      cases: results.length,
      duplicates,
      lostUpdates,
      retries: 0,
      result: problems.length === 0 && byFunction.size > 0 ? 'pass' : 'fail',
      note: `stopped: ${stoppedIn}; orphan intents ${sum(results, (r) => r.report.orphanIntents)}, locks left ${results.filter((r) => r.report.lockHeld).length}`,
    },
  ]);
  expect(problems).toEqual([]);
  expect(results.every((result) => result.stoppedFunction !== undefined)).toBe(true);
}, 3_600_000);

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}
