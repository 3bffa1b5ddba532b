import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalApp, type LocalApp } from '../local/app/local-app';
import type { RunRecord } from '../src/config/records';
import { benchCompany, benchConfig, pickSpread, routedOpenTasks } from './bench-company';
import { withPeakHeap } from './heap-sampler';
import { bulkCreateLowerBound, peopleforceLowerBound, ratio } from './lower-bounds';
import { RemoteSimulators } from './remote-simulators';
import { countJiraKinds, jiraTotal, type JiraCounts } from './request-kinds';

/**
 * The four scenarios of the scale benchmark on one generated company, through the real handlers, the real Forge
 * SDK packages and the local host against the simulators: a first sync, a poll with nothing changed, a poll after
 * 1 % of open tasks were retitled, and one after 1 % were completed. Each scenario is one scheduled poll and every
 * queue continuation it schedules.
 */
export const SCENARIOS = ['first sync', 'no change', '1% retitled', '1% completed'] as const;
export type ScenarioName = (typeof SCENARIOS)[number];

/** A count against its lower bound: `exact` must equal it, otherwise it may reach `limit` × the bound. */
export interface Check {
  name: string;
  count: number;
  bound: number;
  ratio: number;
  limit: number;
  exact: boolean;
  ok: boolean;
}

export interface ScenarioResult extends Measured {
  tasks: number;
  scenario: ScenarioName;
  outcome: string;
  jiraTotal: number;
  checks: Check[];
}

/** Forge's limits the bench holds each invocation to (manifest timeout, memory target). */
export const INVOCATION_LIMIT_S = 300;
export const HEAP_LIMIT_MIB = 256;
const CHANGED_SHARE = 0.01;

/** What one scenario cost, as the local host counted it. */
interface Measured {
  peopleforce: number;
  jira: JiraCounts;
  kvReads: number;
  kvWrites: number;
  kvKiBWritten: number;
  invocations: number;
  longestInvocationS: number;
  wallS: number;
  peakHeapMiB: number;
  peakLiveHeapMiB: number | null;
}

/** What the bounds need of the company, kept small: the bench process's heap should be the app's. */
interface CompanyFacts {
  tasks: Array<{ id: number; completed: boolean }>;
  /** Routed open task → `PROJECT/issueTypeId`. */
  routed: Map<number, string>;
  assigneeEmails: Set<string>;
}

function companyFacts(tasks: number): CompanyFacts {
  const company = benchCompany(tasks);
  const routed = routedOpenTasks(company.tasks, benchConfig());
  const assigneeEmails = new Set(
    company.tasks.filter((task) => routed.has(task.id)).map((task) => task.assigned_to.email.toLowerCase()),
  );
  return {
    tasks: company.tasks.map((task) => ({ id: task.id, completed: task.completed })),
    routed,
    assigneeEmails,
  };
}

export async function benchSize(tasks: number): Promise<ScenarioResult[]> {
  const sims = await RemoteSimulators.start(tasks);
  const facts = companyFacts(tasks);
  // Storage on disk, as Forge's is outside the function: the stored links and trail are not the app's heap.
  const kvDir = mkdtempSync(path.join(tmpdir(), 'pf-jira-bench-'));
  const app = await startLocalApp({
    peopleforce: { url: sims.urls.peopleforceUrl, apiKey: sims.urls.apiKey },
    jira: { url: sims.urls.jiraUrl },
    kvDir,
  });
  try {
    await app.host.kv.set('config', benchConfig());
    const { routed } = facts;
    const routedIds = [...routed.keys()].sort((a, b) => a - b);
    const changedCount = Math.max(1, Math.round(routedIds.length * CHANGED_SHARE));
    const peopleforceBound = (lowestCompletedId: number) =>
      peopleforceLowerBound(facts.tasks, lowestCompletedId);
    const results: ScenarioResult[] = [];
    const record = async (
      scenario: ScenarioName,
      prepare: () => Promise<unknown>,
      checks: (m: Measured) => Check[] | Promise<Check[]>,
    ) => {
      await prepare();
      const measured = await measure(app, () => app.poll());
      results.push({
        tasks,
        scenario,
        outcome: (await lastRun(app)).outcome,
        ...measured,
        jiraTotal: jiraTotal(measured.jira),
        checks: [...(await checks(measured)), ...limitChecks(measured)],
      });
    };

    await record(
      'first sync',
      () => Promise.resolve(),
      async (m) => {
        const perTarget = new Map<string, number>();
        for (const target of routed.values()) perTarget.set(target, (perTarget.get(target) ?? 0) + 1);
        const issues = await sims.issueCountByTask();
        const linkedOnce = routedIds.filter((id) => issues.get(id) === 1).length;
        return [
          check('routed open tasks created once', linkedOnce, routed.size, true),
          check(
            'issues created',
            [...issues.values()].reduce((a, b) => a + b, 0),
            routed.size,
            true,
          ),
          check('PeopleForce requests', m.peopleforce, peopleforceBound(Infinity), true),
          check('bulk creates', m.jira.bulkCreate, bulkCreateLowerBound(perTarget), true),
          check('user searches ≤ distinct emails', m.jira.userSearch, facts.assigneeEmails.size, false),
        ];
      },
    );

    await record(
      'no change',
      () => Promise.resolve(),
      (m) => [
        check('PeopleForce requests', m.peopleforce, peopleforceBound(Infinity), true),
        check('Jira requests', jiraTotal(m.jira), 0, true),
        check('KVS writes ≤ 3', m.kvWrites, 3, false),
      ],
    );

    const retitled = pickSpread(routedIds, changedCount, 0);
    await record(
      '1% retitled',
      () => sims.ask({ op: 'retitle', taskIds: retitled }),
      (m) => [
        check('PeopleForce requests', m.peopleforce, peopleforceBound(Infinity), true),
        check('issue edits', m.jira.edit, retitled.length, true),
        check('issue reads', m.jira.issueRead, 0, true),
        // Field conversion needs createmeta once per project and issue type an edit goes to.
        check(
          'Jira requests',
          jiraTotal(m.jira),
          retitled.length + new Set(retitled.map((id) => routed.get(id))).size,
          true,
        ),
      ],
    );

    const completed = pickSpread(
      routedIds.filter((id) => !retitled.includes(id)),
      changedCount,
      1,
    );
    const targets = new Set(completed.map((id) => routed.get(id)));
    await record(
      '1% completed',
      async () => {
        await sims.ask({ op: 'complete', taskIds: completed });
        const done = new Set(completed);
        for (const task of facts.tasks) if (done.has(task.id)) task.completed = true;
      },
      (m) => [
        // A listing that continues in another invocation re-reads one page to realign (list-tasks.ts).
        check(
          'PeopleForce requests ≤ 1.01 × bound',
          m.peopleforce,
          peopleforceBound(Math.min(...completed)),
          false,
          1.01,
        ),
        check('transitions', m.jira.transition, completed.length, true),
        // Transition lookups are cached per project, issue type and status: the first of each target reads them.
        check(
          'Jira requests ≤ 1.05 × bound',
          jiraTotal(m.jira),
          completed.length + targets.size,
          false,
          1.05,
        ),
      ],
    );
    return results;
  } finally {
    await app.close();
    await sims.close();
    rmSync(kvDir, { recursive: true, force: true });
  }
}

async function measure(app: LocalApp, work: () => Promise<void>): Promise<Measured> {
  app.host.counters.reset();
  const invocationsBefore = app.host.invocations().length;
  const started = process.hrtime.bigint();
  const { peakHeapMiB, peakLiveHeapMiB } = await withPeakHeap(work);
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const counters = app.host.counters.snapshot();
  const invocations = app.host.invocations().slice(invocationsBefore);
  return {
    peopleforce: Object.values(counters.egress).reduce((a, b) => a + b, 0),
    jira: countJiraKinds(counters.jira),
    kvReads: counters.kvs.reads + counters.kvs.queries,
    kvWrites: counters.kvs.writes + counters.kvs.deletes,
    kvKiBWritten: Math.round(counters.kvs.bytesWritten / 1024),
    invocations: invocations.length,
    longestInvocationS: round1(Math.max(0, ...invocations.map((i) => i.durationMs)) / 1000),
    wallS: round1(wallS),
    peakHeapMiB,
    peakLiveHeapMiB,
  };
}

function check(name: string, count: number, bound: number, exact: boolean, limit = 1): Check {
  const value = ratio(count, bound);
  return { name, count, bound, ratio: value, limit, exact, ok: exact ? count === bound : value <= limit };
}

/** Time and memory against Forge's limits: reported, and never asserted by the quick run in `npm test`. */
function limitChecks(m: Measured): Check[] {
  return [
    check('longest invocation ≤ 300 s', m.longestInvocationS, INVOCATION_LIMIT_S, false),
    // What the app holds after a full collection; the sampled peak also counts garbage V8 had room to leave.
    check('peak live heap ≤ 256 MiB', m.peakLiveHeapMiB ?? m.peakHeapMiB, HEAP_LIMIT_MIB, false),
  ];
}

async function lastRun(app: LocalApp): Promise<RunRecord> {
  const history = (await app.host.kv.get('history:runs')) as RunRecord[] | undefined;
  const [run] = history ?? [];
  if (!run) throw new Error('the bench poll recorded no run');
  return run;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
