import { POLL_TRIGGER, SWEEP_TRIGGER } from '../../local/app/local-app';
import { demoConfig } from '../../local/app/demo-config';
import type { RemoteFaultRule, RemoteFaultTally } from '../../local/host/faults/remote-faults';
import { generateCompany } from '../../local/peopleforce-sim';
import { SeededRandom } from '../../local/peopleforce-sim/seeded-random';
import { startTestApp, type TestApp } from '../support/app-harness';
import { ChangeWorkload, type WorkloadSize } from './support/change-workload';
import { survive, writesSoFar } from './support/quiesce';
import { writeSuiteRows, type ReliabilityRow } from './support/reliability-rows';
import { soak } from './support/soak';
import { checkInvariants } from './support/sync-invariants';
import { advanceClock, installVirtualClock, uninstallVirtualClock } from './support/virtual-clock';

/**
 * Throttling and outages. PeopleForce and Jira answer 429 (with and without Retry-After) to 30 % of requests,
 * or 503 in bursts, or nothing but 503 for ten minutes; meanwhile people keep changing tasks and issues. The
 * platform is played minute by minute on a virtual clock: a poll every five minutes, the sweep every hour, queued
 * events when due. The app must wait as told (a retry never comes before Retry-After, nor before the shortest
 * backoff without one), never overrun an invocation, resume where it stopped, and converge.
 */
const PEOPLEFORCE = 'app.peopleforce.io';
const REMOTES = ['jira', PEOPLEFORCE] as const;
const ROUNDS = soak ? 6 : 1;
/** Every kind of change at least once per round in the soak; in npm test one of each direction. */
const ROUND: WorkloadSize = soak
  ? { creates: 2, edits: 2, completions: 1, reopenings: 1, jiraDone: 1, jiraReopened: 1 }
  : { creates: 1, edits: 1, completions: 1, reopenings: 0, jiraDone: 1, jiraReopened: 0 };
/** The client's shortest backoff without a hint is half of one second (see src/peopleforce/backoff.ts). */
const SHORTEST_BACKOFF_MS = 500;
/** The virtual clock moves with real time in steps of 20 ms. */
const CLOCK_STEP_MS = 20;

const rows: ReliabilityRow[] = [];
let app: TestApp;
let completedBeforeFirstSync: Set<number>;
let workload: ChangeWorkload;

beforeAll(async () => {
  installVirtualClock();
  const company = generateCompany({ seed: 333, tasks: 120, employees: 30, completedRatio: 0.15 });
  completedBeforeFirstSync = new Set(company.tasks.filter((task) => task.completed).map((task) => task.id));
  app = await startTestApp(company);
  await app.saveConfig(demoConfig());
  await app.poll();
  workload = new ChangeWorkload(app, completedBeforeFirstSync, 5050);
});

afterAll(async () => {
  writeSuiteRows('throttling', rows);
  await app.close();
  uninstallVirtualClock();
});

/** Plays the platform for `minutes` virtual minutes: polls every 5, the sweep every 60, due queue events. */
async function playMinutes(minutes: number): Promise<void> {
  for (let minute = 1; minute <= minutes; minute += 1) {
    advanceClock(60_000);
    if (minute % 5 === 0)
      await survive(() => app.host.runScheduledTrigger(POLL_TRIGGER).then(() => undefined));
    if (minute % 60 === 0)
      await survive(() => app.host.runScheduledTrigger(SWEEP_TRIGGER).then(() => undefined));
    await app.settleEventsDue();
  }
}

/**
 * Plays on, five minutes at a time (a poll, then the sweep early rather than at the hour, due queue events),
 * until one such pass writes nothing to Jira or PeopleForce. Returns the virtual minutes it took.
 */
async function playUntilQuiet(maxPasses = 24): Promise<number> {
  for (let pass = 1; pass <= maxPasses; pass += 1) {
    const before = writesSoFar(app);
    advanceClock(5 * 60_000);
    await survive(() => app.host.runScheduledTrigger(POLL_TRIGGER).then(() => undefined));
    await survive(() => app.host.runScheduledTrigger(SWEEP_TRIGGER).then(() => undefined));
    await app.settleEventsDue();
    if (writesSoFar(app) === before) return pass * 5;
  }
  throw new Error(`still writing after ${maxPasses} polls: no convergence`);
}

/** Retries of a refused request that came sooner than the remote allowed: none may. */
function earlyRetries(tally: RemoteFaultTally): string[] {
  const early: string[] = [];
  tally.log.forEach((entry, index) => {
    if (entry.injected === null) return;
    const retry = tally.log
      .slice(index + 1)
      .find((next) => next.method === entry.method && next.path === entry.path);
    if (retry === undefined) return;
    const allowedMs = entry.retryAfter === null ? SHORTEST_BACKOFF_MS : Number(entry.retryAfter) * 1000;
    // Real time for a wait inside one invocation; the virtual clock when the retry came in a later one.
    const waitedMs = Math.max(retry.monotonicMs - entry.monotonicMs, retry.atMs - entry.atMs);
    if (waitedMs + CLOCK_STEP_MS < allowedMs) {
      early.push(
        `${entry.method} ${entry.path}: retried after ${Math.round(waitedMs)} ms, allowed ${allowedMs} ms`,
      );
    }
  });
  return early;
}

function seededShare(
  seed: number,
  share: number,
  answer: { status: number; retryAfter?: string },
): RemoteFaultRule {
  const random = new SeededRandom(seed);
  return () => (random.chance(share) ? answer : undefined);
}

function burstsOf503(seed: number, every: number, length: number): RemoteFaultRule {
  const random = new SeededRandom(seed);
  let left = 0;
  return () => {
    if (left === 0 && random.chance(1 / every)) left = length;
    if (left === 0) return undefined;
    left -= 1;
    return { status: 503 };
  };
}

/** A remote that answers 503 from now until `minutes` virtual minutes have passed. */
function outageFor(minutes: number): RemoteFaultRule {
  const endsAt = Date.now() + minutes * 60_000;
  return () => (Date.now() < endsAt ? { status: 503 } : undefined);
}

interface Scenario {
  name: string;
  rules: Partial<Record<(typeof REMOTES)[number], RemoteFaultRule>>;
  /** Virtual minutes the faults last; undefined: until the app is quiet again. */
  minutes?: number;
  note: string;
}

async function runScenario(scenario: Scenario): Promise<void> {
  const invocationsBefore = app.host.invocations().length;
  const tallies = () => REMOTES.map((remote) => app.host.remoteFaultTally(remote));
  const injectedBefore = tallies().reduce((total, tally) => total + tally.injected, 0);
  const logLengths = tallies().map((tally) => tally.log.length);
  for (const remote of REMOTES) app.host.setRemoteFault(remote, scenario.rules[remote]);
  for (let round = 0; round < ROUNDS; round += 1) {
    const touched = workload.changePeopleForce(ROUND);
    workload.changeJira(ROUND, touched);
    await app.settleEventsDue();
    if (scenario.minutes !== undefined) await playMinutes(scenario.minutes);
    else await playUntilQuiet();
  }
  for (const remote of REMOTES) app.host.setRemoteFault(remote, undefined);
  const quietAfter = await playUntilQuiet();

  const after = tallies();
  const retries = after.reduce((total, tally) => total + tally.injected, 0) - injectedBefore;
  const early = after.flatMap((tally, index) =>
    earlyRetries({ ...tally, log: tally.log.slice(logLengths[index]) }),
  );
  const overran = app.host
    .invocations()
    .slice(invocationsBefore)
    .filter((invocation) => invocation.outcome === 'timeout').length;
  const report = await checkInvariants(app, completedBeforeFirstSync, workload.expectedCompletion);
  const problems = [
    ...report.problems,
    ...early,
    ...(overran > 0 ? [`${overran} invocations timed out`] : []),
  ];
  rows.push({
    suite: 'throttling',
    scenario: scenario.name,
    cases: ROUNDS,
    duplicates: report.duplicates,
    lostUpdates: report.lostUpdates,
    retries,
    result: problems.length === 0 ? 'pass' : 'fail',
    note: `${scenario.note}; quiet ${quietAfter} min after; early retries ${early.length}, timeouts ${overran}`,
  });
  expect(problems).toEqual([]);
  expect(retries).toBeGreaterThan(0);
}

it('waits as told through 429s with Retry-After on 30 % of requests, and converges', async () => {
  await runScenario({
    name: '429 with Retry-After: 1 on 30 % of PeopleForce and Jira requests',
    rules: {
      jira: seededShare(1, 0.3, { status: 429, retryAfter: '1' }),
      [PEOPLEFORCE]: seededShare(2, 0.3, { status: 429, retryAfter: '1' }),
    },
    note: 'no retry before Retry-After',
  });
}, 300_000);

it('backs off through 429s without Retry-After on 30 % of requests, and converges', async () => {
  await runScenario({
    name: '429 without Retry-After on 30 % of PeopleForce and Jira requests',
    rules: {
      jira: seededShare(3, 0.3, { status: 429 }),
      [PEOPLEFORCE]: seededShare(4, 0.3, { status: 429 }),
    },
    note: 'no retry before the shortest backoff',
  });
}, 300_000);

it('rides out bursts of 503', async () => {
  await runScenario({
    name: 'bursts of five 503s, one burst per ~15 requests, both remotes',
    rules: { jira: burstsOf503(5, 15, 5), [PEOPLEFORCE]: burstsOf503(6, 15, 5) },
    note: 'runs that fail resume at the next poll',
  });
}, 300_000);

it('catches up after a ten-minute PeopleForce outage', async () => {
  await runScenario({
    name: 'PeopleForce answers only 503 for 10 minutes',
    rules: { [PEOPLEFORCE]: outageFor(10) },
    minutes: 10,
    note: 'polls fail, Jira → PeopleForce updates wait in the queue',
  });
}, 300_000);

it('catches up after a ten-minute Jira outage', async () => {
  await runScenario({
    name: 'Jira answers only 503 for 10 minutes',
    rules: { jira: outageFor(10) },
    minutes: 10,
    note: 'tasks wait in the error queue and are retried',
  });
}, 300_000);

it('resumes from its checkpoint when throttling makes a first sync outlast its invocation', async () => {
  // Ten times shorter invocations (30 s for the poll and its consumer) and Jira throttling 30 % of requests for a
  // second each: the first sync runs out of time, stores what it did and continues through the queue.
  const company = generateCompany({ seed: 444, tasks: 200, employees: 30, completedRatio: 0.1 });
  const short = await startTestApp(company, { deadlineScale: 0.1 });
  try {
    await short.saveConfig(demoConfig());
    short.host.setRemoteFault('jira', seededShare(7, 0.3, { status: 429, retryAfter: '1' }));
    await short.poll();
    short.host.setRemoteFault('jira', undefined);
    const continued = short.host
      .deliveries()
      .filter((delivery) => delivery.queueName === 'sync-continuation').length;
    const timeouts = short.host.invocations().filter((invocation) => invocation.outcome === 'timeout').length;
    await short.poll();
    const routed = company.tasks.filter(
      (task) => !task.completed && task.associated_to?.type !== 'Candidate',
    ).length;
    const perTask = [...short.issuesByTask().values()];
    const duplicates = perTask.reduce((total, keys) => total + keys.length - 1, 0);
    const missing = routed - perTask.length;
    const retries = short.host.remoteFaultTally('jira').injected;
    rows.push({
      suite: 'throttling',
      scenario: 'first sync of 200 tasks outlasts a 30 s invocation under 30 % Jira 429s',
      cases: 1,
      duplicates,
      lostUpdates: Math.max(0, missing),
      retries,
      result: continued > 0 && timeouts === 0 && duplicates === 0 && missing === 0 ? 'pass' : 'fail',
      note: `continued in ${continued} queue invocations; timeouts ${timeouts}`,
    });
    expect(continued).toBeGreaterThan(0);
    expect(timeouts).toBe(0);
    expect(duplicates).toBe(0);
    expect(missing).toBe(0);
  } finally {
    await short.close();
    app.host.activate();
  }
}, 300_000);
