import { DEFAULT_SEED_IDS } from '../../local/jira-sim';
import { ADMIN_FUNCTION } from '../../local/app/local-app';
import { demoConfig } from '../../local/app/demo-config';
import { generateCompany } from '../../local/peopleforce-sim';
import type { AdoptionStatus, Envelope } from '../../src/config/admin-api';
import type { AdoptionReport } from '../../src/config/records';
import { routeTask } from '../../src/mapping/routing';
import {
  GATEWAY_DEFAULTS,
  parseTask,
  seedGatewayIssue,
  seedUnmatchedIssue,
  type GatewayStyle,
} from '../fixtures/jira/gateway-seed';
import { startTestApp, type TestApp } from '../support/app-harness';

/**
 * Adopting the self-hosted gateway's issues through the real resolver, queue consumer and poll, against a Jira
 * simulator seeded as the gateway leaves it.
 */
const config = demoConfig();
const company = generateCompany({ seed: 31, tasks: 140, employees: 25, completedRatio: 0.25 });
const tasks = company.tasks.map(parseTask);
const routed = tasks.filter((task) => routeTask(task, config.rules).kind === 'sync');
const routedOpen = routed.filter((task) => !task.completed);
const routedCompleted = routed.filter((task) => task.completed);
/** Tasks created in PeopleForce after the gateway was switched off: no issue yet. */
const newSinceSwitch = routedOpen.slice(0, 3);
const gatewayOpen = routedOpen.slice(3);
const gatewayDone = routedCompleted.slice(0, 8);
const duplicated = gatewayOpen.slice(0, 3);
const staleSummary = gatewayOpen.slice(5, 7);

interface Seeded {
  gatewayIssues: number;
  duplicateKeys: string[];
  orphanKeys: string[];
  unmatchedKeys: string[];
}

function seedGateway(app: TestApp, style: GatewayStyle): Seeded {
  const jira = app.jiraSim!.control;
  let gatewayIssues = 0;
  const stale = new Set(staleSummary.map((task) => task.id));
  for (const task of gatewayOpen) {
    seedGatewayIssue(jira, task, config, {
      ...style,
      ...(stale.has(task.id) ? { summary: 'Old title' } : {}),
    });
    gatewayIssues += 1;
  }
  for (const task of gatewayDone) {
    seedGatewayIssue(jira, task, config, { ...style, done: true });
    gatewayIssues += 1;
  }
  const duplicateKeys = duplicated.map((task) => seedGatewayIssue(jira, task, config, style)!.key);
  const gone = { ...routedOpen[0]!, id: 990_001 };
  const orphanKeys = [seedGatewayIssue(jira, gone, config, style)!.key];
  const unmatchedKeys = [
    seedUnmatchedIssue(jira, style, true).key,
    seedUnmatchedIssue(jira, style, false).key,
  ];
  return { gatewayIssues, duplicateKeys, orphanKeys, unmatchedKeys };
}

describe('adopting the self-hosted gateway issues', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await startTestApp(company);
    await app.saveConfig(config);
    app.forwardEvents(false);
  });

  afterEach(async () => {
    await app.close();
  });

  const adopt = async (payload: Record<string, unknown> = {}) => {
    await app.admin('adoptIssues', payload);
    await app.drainQueue();
    const { report } = await app.admin<AdoptionStatus>('getAdoption');
    return report!;
  };
  const storedLinkKeys = async () => (await app.host.kv.list('links:')).map((entry) => entry.key);

  it('dry run: the same counts as the adoption, with examples, and not one write', async () => {
    const seeded = seedGateway(app, GATEWAY_DEFAULTS);
    const writes = app.jiraWrites();
    const { report } = await app.admin<{ report: AdoptionReport }>('adoptIssues', { dryRun: true });

    expect(report).toMatchObject({ dryRun: true, phase: 'done', label: 'PeopleForce' });
    expect(report.counts).toEqual({
      found: seeded.gatewayIssues + duplicated.length + 1 + 2,
      adopted: seeded.gatewayIssues,
      alreadyOurs: 0,
      conflicts: duplicated.length,
      orphans: 1,
      unmatched: 2,
      failed: 0,
    });
    expect(report.conflicts.flatMap((conflict) => conflict.duplicateKeys).sort()).toEqual(
      [...seeded.duplicateKeys].sort(),
    );
    expect(report.examples.orphans.map((item) => item.issueKey)).toEqual(seeded.orphanKeys);
    expect(report.examples.unmatched.map((item) => item.issueKey).sort()).toEqual(
      [...seeded.unmatchedKeys].sort(),
    );
    expect(app.jiraWrites()).toBe(writes);
    expect(await storedLinkKeys()).toEqual([]);

    const real = await adopt();
    expect(real.counts).toEqual(report.counts);
  });

  it('adopts without a duplicate: the first sync creates only new tasks and edits only what differs', async () => {
    const seeded = seedGateway(app, GATEWAY_DEFAULTS);
    const before = await app.admin<AdoptionStatus>('getAdoption');
    expect(before.unadopted).toMatchObject({ label: 'PeopleForce', count: before.unadopted!.count });
    expect(before.unadopted!.count).toBeGreaterThanOrEqual(seeded.gatewayIssues);

    const report = await adopt();
    expect(report).toMatchObject({
      phase: 'done',
      total: seeded.gatewayIssues,
      processed: seeded.gatewayIssues,
    });
    expect(report.counts).toMatchObject({ adopted: seeded.gatewayIssues, failed: 0 });
    expect((await app.admin<AdoptionStatus>('getAdoption')).unadopted).toBeNull();

    app.jiraSim!.control.clearRequestLog();
    await app.poll();
    const run = await app.lastRun();
    expect(run.counts).toMatchObject({
      created: newSinceSwitch.length,
      updated: staleSummary.length,
      failed: 0,
    });
    const byTask = app.issuesByTask();
    for (const task of [...gatewayOpen, ...gatewayDone, ...newSinceSwitch]) {
      expect(byTask.get(task.id)).toHaveLength(1);
    }
    const edits = app.jiraSim!.control.requestLog.filter(
      (entry) => entry.method === 'PUT' && /^\/rest\/api\/3\/issue\/\d+$/.test(entry.path),
    );
    expect(edits).toHaveLength(staleSummary.length);
    for (const task of staleSummary) {
      const [key] = byTask.get(task.id)!;
      expect(app.jiraSim!.control.issue(key!)!.fields.summary).not.toBe('Old title');
    }
    for (const key of seeded.duplicateKeys) {
      expect(app.jiraSim!.control.issue(key)!.properties['peopleforce-task']).toBeUndefined();
    }

    const writes = app.jiraWrites();
    await app.poll();
    expect(app.jiraWrites()).toBe(writes);
  });

  it('is safe to run twice: the second run finds everything ours and writes nothing', async () => {
    const seeded = seedGateway(app, GATEWAY_DEFAULTS);
    await adopt();
    const writes = app.jiraWrites();
    const again = await adopt();
    expect(again.counts).toMatchObject({ adopted: 0, alreadyOurs: seeded.gatewayIssues, failed: 0 });
    expect(app.jiraWrites()).toBe(writes);
  });

  it('finishes an interrupted adoption: links stored, our property missing', async () => {
    seedGateway(app, GATEWAY_DEFAULTS);
    await adopt();
    const interrupted = gatewayOpen.slice(10, 14).map((task) => app.issuesByTask().get(task.id)![0]!);
    for (const key of interrupted) app.jiraSim!.control.deleteIssueProperty(key, 'peopleforce-task');

    const resumed = await adopt();
    expect(resumed.counts.adopted).toBe(interrupted.length);
    expect(resumed.examples.adopted.map((item) => item.issueKey).sort()).toEqual([...interrupted].sort());
    for (const key of interrupted) {
      expect(app.jiraSim!.control.issue(key)!.properties['peopleforce-task']).toBeDefined();
    }
  });

  it('reads a custom label and property key, with pf_task_id nested', async () => {
    const style: GatewayStyle = { label: 'hr-gateway', propertyKey: 'gw_state', nested: true };
    const seeded = seedGateway(app, style);
    const report = await adopt({ label: 'hr-gateway', propertyKey: 'gw_state' });
    expect(report.counts).toMatchObject({
      adopted: seeded.gatewayIssues,
      conflicts: duplicated.length,
      orphans: 1,
      unmatched: 2,
    });
    await app.poll();
    expect((await app.lastRun()).counts.created).toBe(newSinceSwitch.length);
  });

  it('refuses a label JQL could misread, naming the problem', async () => {
    const answer = (await app.host.invokeResolver(
      ADMIN_FUNCTION,
      'adoptIssues',
      { label: 'two words' },
      { accountId: DEFAULT_SEED_IDS.adminAccountId },
    )) as Envelope<unknown>;
    if (answer.ok) throw new Error('a label with a space was accepted');
    expect(answer.error.code).toBe('invalid_payload');
    expect(answer.error.problems).toEqual([
      { path: 'label', message: 'a Jira label has no spaces, quotes or backslashes' },
    ]);
  });
});
