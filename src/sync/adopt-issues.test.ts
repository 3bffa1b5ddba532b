import { ConfigSchema } from '../config/schema';
import type { TaskView } from '../mapping/task-view';
import { buildTask } from '../mapping/test-task';
import type { LogPort, QueuePort } from '../platform/ports';
import { readAdoptionReport } from '../state/adoption-report';
import { readTaskRecord } from '../state/task-trail';
import { storageKeys } from '../state/keys';
import { LinkStore } from '../state/link-store';
import { acquireRunLock } from '../state/run-lock';
import { FixedClock } from '../../test/support/fixed-clock';
import { MemoryKv } from '../../test/support/memory-kv';
import { runAdoption } from './adopt-issues';
import type { IssueSummary, IssueTracker, SyncDeps, TaskSource } from './sync.types';

/**
 * The adoption's apply steps against in-memory ports: batches of 100, links before properties, the time budget
 * and its continuation, a refused batch, and the lock it shares with the poll.
 */
const config = ConfigSchema.parse({
  rules: [
    {
      id: 'hr',
      name: 'Everything to HR',
      conditions: [],
      action: { type: 'sync', projectKey: 'HR', issueTypeId: '10001', fieldMappings: [] },
    },
  ],
});

function gatewayIssue(taskId: number, ourProperty = false): IssueSummary {
  return {
    id: String(10_000 + taskId),
    key: `HR-${taskId}`,
    fields: {
      summary: `Task ${taskId}`,
      created: '2026-10-01T09:00:00.000+0000',
      status: { statusCategory: { key: 'new' } },
      project: { key: 'HR' },
      issuetype: { id: '10001' },
    },
    properties: {
      pf_sync_metadata: { pf_task_id: String(taskId) },
      ...(ourProperty ? { 'peopleforce-task': { taskId: String(taskId) } } : {}),
    },
  };
}

class FakeJira {
  readonly propertyBatches: string[][] = [];
  failNextBatch = false;
  constructor(readonly issues: IssueSummary[]) {}

  searchAllJql(): Promise<IssueSummary[]> {
    return Promise.resolve(this.issues);
  }

  setIssueProperties(updates: ReadonlyArray<{ issueId: string; properties: Record<string, unknown> }>) {
    if (this.failNextBatch) {
      this.failNextBatch = false;
      return Promise.reject(new Error('Jira said no'));
    }
    this.propertyBatches.push(updates.map((update) => update.issueId));
    for (const update of updates) {
      const issue = this.issues.find((candidate) => candidate.id === update.issueId)!;
      issue.properties = { ...issue.properties, ...update.properties };
    }
    return Promise.resolve();
  }
}

function setUp(taskCount: number) {
  const tasks: TaskView[] = Array.from({ length: taskCount }, (_, n) =>
    buildTask({ id: n + 1, title: `Task ${n + 1}`, completed: false }),
  );
  const kv = new MemoryKv();
  const clock = new FixedClock();
  const pushed: Array<Record<string, unknown>> = [];
  const queue: QueuePort = {
    push: (body) => {
      pushed.push(body);
      return Promise.resolve();
    },
  };
  const log: LogPort = { log: () => undefined };
  const jira = new FakeJira(tasks.map((task) => gatewayIssue(task.id)));
  const peopleforce: TaskSource = {
    async *listTaskPages(completed) {
      await Promise.resolve();
      yield { page: 1, pages: 1, tasks: completed ? [] : [...tasks].reverse(), malformed: [] };
    },
    completeTask: () => Promise.resolve(),
    incompleteTask: () => Promise.resolve(),
  };
  const deps = {
    kv,
    clock,
    log,
    queue,
    peopleforce,
    jira: jira as unknown as IssueTracker,
  } satisfies SyncDeps;
  return { deps, kv, clock, jira, pushed };
}

const request = { runId: 'adopt-1', label: 'PeopleForce', propertyKey: 'pf_sync_metadata', dryRun: false };

describe('runAdoption', () => {
  it('links every issue and sets our property in batches of 100', async () => {
    const { deps, kv, jira } = setUp(250);
    await kv.set(storageKeys.config, config);
    const report = await runAdoption(deps, request);
    expect(report).toMatchObject({ phase: 'done', total: 250, processed: 250, counts: { adopted: 250 } });
    expect(jira.propertyBatches.map((batch) => batch.length)).toEqual([100, 100, 50]);
    expect((await LinkStore.load(kv)).size).toBe(250);
    expect(await readAdoptionReport(kv)).toEqual(report);
    const record = await readTaskRecord(kv, 7);
    expect(record?.snapshot?.title).toBe('Task 7');
    expect(record?.events).toEqual([
      expect.objectContaining({ action: 'adopted', issueKey: 'HR-7', trigger: 'manual' }),
    ]);
  });

  it('the dry run writes nothing: no link, no property, no report', async () => {
    const { deps, kv, jira } = setUp(30);
    await kv.set(storageKeys.config, config);
    const report = await runAdoption(deps, { ...request, dryRun: true });
    expect(report.counts.adopted).toBe(30);
    expect(jira.propertyBatches).toEqual([]);
    expect(await kv.listByPrefix('links:')).toEqual([]);
    expect(await readAdoptionReport(kv)).toBeNull();
  });

  it('stops when time runs short and continues in the queue, keeping the first survey counts', async () => {
    const { deps, kv, clock, jira, pushed } = setUp(250);
    await kv.set(storageKeys.config, config);
    const setProperties = jira.setIssueProperties.bind(jira);
    jira.setIssueProperties = (updates) => {
      clock.remaining = 10_000;
      return setProperties(updates);
    };
    const first = await runAdoption(deps, request);
    expect(first).toMatchObject({ phase: 'continued', processed: 100, total: 250 });
    expect(pushed).toEqual([
      { kind: 'adopt', runId: 'adopt-1', label: 'PeopleForce', propertyKey: 'pf_sync_metadata' },
    ]);

    clock.remaining = 300_000;
    jira.setIssueProperties = setProperties;
    const second = await runAdoption(deps, request);
    expect(second).toMatchObject({
      phase: 'done',
      processed: 250,
      total: 250,
      counts: { adopted: 250, alreadyOurs: 0 },
    });
    expect(jira.propertyBatches.map((batch) => batch.length)).toEqual([100, 100, 50]);
  });

  it('counts a refused batch as failed but keeps its links, and a second run finishes it', async () => {
    const { deps, kv, jira } = setUp(120);
    await kv.set(storageKeys.config, config);
    jira.failNextBatch = true;
    const first = await runAdoption(deps, request);
    expect(first.counts).toMatchObject({ adopted: 120, failed: 100 });
    expect(first.examples.failed[0]?.detail).toContain('Jira said no');
    expect((await LinkStore.load(kv)).size).toBe(120);

    const second = await runAdoption(deps, { ...request, runId: 'adopt-2' });
    expect(second.counts).toMatchObject({ adopted: 100, alreadyOurs: 20, failed: 0 });
  });

  it('waits for a sync that holds the run lock, writing nothing', async () => {
    const { deps, kv, clock, jira } = setUp(10);
    await kv.set(storageKeys.config, config);
    await acquireRunLock(kv, clock, 'run-1', 360);
    const report = await runAdoption(deps, request);
    expect(report.phase).toBe('locked');
    expect(report.message).toContain('run-1');
    expect(jira.propertyBatches).toEqual([]);
  });
});
