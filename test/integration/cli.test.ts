import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { demoConfig } from '../../local/app/demo-config';
import {
  DEFAULT_SEED_IDS,
  startJiraSimulator,
  type JiraSimulator,
  type SimIssueEvent,
} from '../../local/jira-sim';
import {
  generateCompany,
  startPeopleForceSimulator,
  type PeopleForceSimulator,
} from '../../local/peopleforce-sim';
import {
  folderContents,
  lastJsonLine,
  runCliProcess,
  type CliResult,
} from '../../local/cli/testing/cli-child';

/**
 * The command line as a separate process, pointed by environment variables at simulators this test starts on
 * their own ports (so the variables are what is tested, not the embedded default), with its state in a folder
 * that successive processes share.
 */
const JIRA_EMAIL = 'sync-bot@example.com';
const JIRA_API_TOKEN = 'jira-token-7f3a9c2e51';
const TASK_PROPERTY = 'peopleforce-task';

let peopleforce: PeopleForceSimulator;
let jira: JiraSimulator;
let workDir: string;
let stateDir: string;
let configFile: string;

beforeAll(async () => {
  peopleforce = await startPeopleForceSimulator({
    company: generateCompany({ seed: 11, tasks: 40, employees: 15 }),
  });
  jira = await startJiraSimulator({ email: JIRA_EMAIL, apiToken: JIRA_API_TOKEN });
  workDir = await mkdtemp(path.join(os.tmpdir(), 'cli-test-'));
  stateDir = path.join(workDir, 'state');
  configFile = path.join(workDir, 'demo-config.json');
  await writeFile(configFile, JSON.stringify(demoConfig(), null, 2));
});

afterAll(async () => {
  await Promise.all([peopleforce.close(), jira.close()]);
  await rm(workDir, { recursive: true, force: true });
});

function environment(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    PEOPLEFORCE_URL: peopleforce.origin,
    PEOPLEFORCE_API_KEY: peopleforce.apiKey,
    JIRA_URL: jira.url,
    JIRA_EMAIL,
    JIRA_API_TOKEN,
    LOCAL_STATE_DIR: stateDir,
    ...overrides,
  };
}

function cli(args: string[], overrides: Record<string, string> = {}): Promise<CliResult> {
  return runCliProcess(args, environment(overrides));
}

function issuesPerTask(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const issue of jira.control.issues()) {
    const taskId = (issue.properties[TASK_PROPERTY] as { taskId?: string } | undefined)?.taskId;
    if (taskId !== undefined) counts.set(taskId, (counts.get(taskId) ?? 0) + 1);
  }
  return counts;
}

/** Everything the dry run promises not to touch. */
async function everythingStored() {
  return {
    tasks: JSON.stringify([...peopleforce.state.tasks.values()]),
    issues: JSON.stringify(jira.control.issues()),
    jiraWrites: jira.control.writeCount(),
    store: await folderContents(stateDir),
  };
}

function expectNoSecretsOrStacks(result: CliResult): void {
  const output = result.stdout + result.stderr;
  expect(output).not.toContain(JIRA_API_TOKEN);
  expect(output).not.toContain(Buffer.from(`${JIRA_EMAIL}:${JIRA_API_TOKEN}`).toString('base64'));
  expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
}

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  return port;
}

describe('sync, status, event, sweep and invoke against simulators given by URL', () => {
  let expectedIssues = 0;

  it('refuses an invalid configuration file with the path and reason of each problem, saving nothing', async () => {
    const invalid = path.join(workDir, 'invalid-config.json');
    await writeFile(
      invalid,
      JSON.stringify({
        rules: [
          {
            id: 'r1',
            name: 'HR',
            conditions: [{ field: 'title', operator: 'equals', values: [] }],
            action: { type: 'sync', projectKey: 'HR' },
          },
        ],
        trackingLabel: 'two words',
      }),
    );
    const result = await cli(['sync', '--config', invalid]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`The configuration file ${invalid} is not valid`);
    expect(result.stderr).toContain('rules.0.conditions.0.values: a condition needs a value');
    expect(result.stderr).toContain('rules.0.action.issueTypeId:');
    expect(result.stderr).toContain('trackingLabel: a Jira label cannot contain spaces');
    expect(result.stdout).toBe('');
    expect(await folderContents(stateDir)).toEqual(new Map());
    expect(jira.control.writeCount()).toBe(0);
  }, 20_000);

  it('previews the first sync with --dry-run and writes nothing anywhere', async () => {
    const result = await cli(['sync', '--dry-run', '--config', configFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dry run: nothing is written');
    expect(result.stdout).toMatch(/Rule "Everything else to People Ops" \(everything-to-hr\): create \d+/);
    const summary = lastJsonLine(result);
    expect(summary).toMatchObject({ outcome: 'preview', failed: 0 });
    expectedIssues = summary.created as number;
    expect(expectedIssues).toBeGreaterThan(10);
    expect(jira.control.issues()).toHaveLength(0);
    expect(await folderContents(stateDir)).toEqual(new Map());
  }, 20_000);

  it('saves the configuration and syncs: one issue per task, counts on the last line', async () => {
    const result = await cli(['sync', '--config', configFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Saved the configuration from ${configFile} (3 rules).`);
    expect(result.stdout).toMatch(
      /^run-\S+ schedule success: created \d+, updated 0, transitioned 0, errors 0 \(\d+\.\d s\)$/m,
    );
    const summary = lastJsonLine(result);
    expect(summary).toMatchObject({ outcome: 'success', created: expectedIssues, failed: 0 });
    const perTask = issuesPerTask();
    expect(perTask.size).toBe(expectedIssues);
    expect([...perTask.values()].every((count) => count === 1)).toBe(true);
    expectNoSecretsOrStacks(result);
  }, 20_000);

  it('shows in a second process the run history the first one stored', async () => {
    const history = await cli(['invoke', 'getHistory', '{"limit":1}']);
    const runId = (JSON.parse(history.stdout) as { data: { runs: Array<{ runId: string }> } }).data.runs[0]
      ?.runId;
    expect(runId).toMatch(/^run-/);
    const result = await cli(['status']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`State: ${stateDir}`);
    expect(result.stdout).toContain('Configuration: sync enabled, 3 rules');
    expect(result.stdout).toMatch(
      new RegExp(`${runId ?? 'none'} schedule success: created ${expectedIssues},`),
    );
    expect(result.stdout).toContain('Error queue: empty');
    expect(result.stdout).toContain('Alerts: Slack not set up; Telegram not set up');
  }, 20_000);

  it('prints the trail of a synced task by its id or its issue key, and refuses anything else', async () => {
    const issue = jira.control.issues()[0]!;
    const taskId = (issue.properties[TASK_PROPERTY] as { taskId: string }).taskId;
    const byId = await cli(['trail', taskId]);
    expect(byId.code).toBe(0);
    expect(byId.stdout).toContain(`Task ${taskId}: `);
    expect(byId.stdout).toMatch(new RegExp(`PeopleForce → Jira  Created ${issue.key}  \\(scheduled poll\\)`));
    const byKey = await cli(['trail', issue.key.toLowerCase()]);
    expect(byKey.stdout).toBe(byId.stdout);
    const unknown = await cli(['trail', '999999999']);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('No record of 999999999');
    const bad = await cli(['trail', 'laptop']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"laptop" is neither a task id');
  }, 20_000);

  it('previews changes made in PeopleForce without touching either simulator or the store', async () => {
    const [first, second] = [...peopleforce.state.tasks.values()].filter((task) => {
      const linked = issuesPerTask().has(String(task.id));
      return linked && !task.completed;
    });
    peopleforce.control.updateTask(first!.id, { title: 'Renamed in PeopleForce' });
    peopleforce.control.completeTask(second!.id);
    peopleforce.control.addTask({ title: 'A task added after the first sync' });
    const before = await everythingStored();

    const result = await cli(['sync', '--dry-run']);
    expect(result.code).toBe(0);
    expect(lastJsonLine(result)).toMatchObject({ created: 1, updated: 1, transitioned: 1, failed: 0 });
    expect(await everythingStored()).toEqual(before);
  }, 20_000);

  it('applies those changes on the next sync', async () => {
    const result = await cli(['sync']);
    expect(result.code).toBe(0);
    expect(lastJsonLine(result)).toMatchObject({
      outcome: 'success',
      created: 1,
      updated: 1,
      transitioned: 1,
    });
    expect(issuesPerTask().size).toBe(expectedIssues + 1);
  }, 20_000);

  it('delivers a Jira product event from a file: the issue went to done, so the task is completed', async () => {
    const issue = jira.control
      .issues()
      .find(
        (candidate) =>
          candidate.key.startsWith('HR-') && (candidate.fields.status as { name: string }).name === 'To Do',
      );
    const taskId = Number((issue!.properties[TASK_PROPERTY] as { taskId: string }).taskId);
    const events: SimIssueEvent[] = [];
    const unsubscribe = jira.control.onIssueEvent((event) => events.push(event));
    jira.control.transitionIssue(issue!.key, 'Done', DEFAULT_SEED_IDS.hrManagerAccountId);
    unsubscribe();
    const { actor: _actor, ...forgeEvent } = events[0]!;
    const eventFile = path.join(workDir, 'event.json');
    await writeFile(eventFile, JSON.stringify(forgeEvent));

    const result = await cli(['event', eventFile]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${issue!.key} → PeopleForce task ${taskId} completed (event)`);
    expect(lastJsonLine(result)).toMatchObject({ eventType: 'avi:jira:updated:issue', failed: 0 });
    expect(peopleforce.state.tasks.get(taskId)?.completed).toBe(true);

    jira.control.transitionIssue(issue!.key, 'To Do', DEFAULT_SEED_IDS.hrManagerAccountId);
    const sweep = await cli(['sweep']);
    expect(sweep.code).toBe(0);
    expect(sweep.stdout).toContain(`${issue!.key} → PeopleForce task ${taskId} reopened (sweep)`);
    expect(lastJsonLine(sweep)).toMatchObject({ completed: 0, reopened: 1, failed: 0 });
    expect(peopleforce.state.tasks.get(taskId)?.completed).toBe(false);
  }, 30_000);

  it('calls an admin resolver as a Jira administrator, with the payload inline or from a file', async () => {
    const payloadFile = path.join(workDir, 'payload.json');
    await writeFile(payloadFile, JSON.stringify({ limit: 0 }));
    const [status, refused] = await Promise.all([
      cli(['invoke', 'getStatus']),
      cli(['invoke', 'getHistory', payloadFile]),
    ]);
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ ok: true, data: { enabled: true, errorCount: 0 } });
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({ ok: false, error: { code: 'invalid_payload' } });
  }, 20_000);
});

describe('failures', () => {
  it('lists the tasks that failed and exits 1', async () => {
    const failingDir = path.join(workDir, 'failing-state');
    const failingConfig = path.join(workDir, 'failing-config.json');
    await writeFile(
      failingConfig,
      JSON.stringify({
        rules: [
          {
            id: 'department-from-title',
            name: 'Department from the title',
            action: {
              type: 'sync',
              projectKey: 'HR',
              issueTypeId: DEFAULT_SEED_IDS.hrTaskTypeId,
              fieldMappings: [{ fieldId: 'customfield_10050', source: { kind: 'path', path: 'title' } }],
            },
          },
        ],
      }),
    );
    const result = await cli(['sync', '--config', failingConfig], { LOCAL_STATE_DIR: failingDir });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Tasks that failed \(\d+\)/m);
    expect(result.stdout).toMatch(
      /^ {2}task \d+ ".+", mapping, attempt 1, next try .+: .*customfield_10050/m,
    );
    expect(lastJsonLine(result)).toMatchObject({ outcome: 'partial' });
  }, 20_000);

  it('gives one clear line and exit 3 for a refused credential or an unreachable system, never the token', async () => {
    const port = await closedPort();
    const ownState = (name: string) => ({ LOCAL_STATE_DIR: path.join(workDir, name) });
    const [badToken, noJira, badKey] = await Promise.all([
      cli(['sync'], { JIRA_API_TOKEN: 'not-the-right-token', ...ownState('bad-token') }),
      cli(['sync'], { JIRA_URL: `http://127.0.0.1:${port}`, ...ownState('no-jira') }),
      cli(['sweep'], { PEOPLEFORCE_API_KEY: 'not-the-right-key', ...ownState('bad-key') }),
    ]);
    expect(badToken.code).toBe(3);
    expect(badToken.stderr.trim()).toBe(
      `Jira at ${jira.url} refused the credentials (401). Check JIRA_EMAIL and JIRA_API_TOKEN.`,
    );
    expect(badToken.stdout).toBe('');
    expect(badToken.stderr).not.toContain('not-the-right-token');
    expect(noJira.code).toBe(3);
    expect(noJira.stderr.trim()).toBe(
      `Jira at http://127.0.0.1:${port} cannot be reached: nothing is listening there (connection refused). Check JIRA_URL.`,
    );
    expect(badKey.code).toBe(3);
    expect(badKey.stderr.trim()).toBe(
      `PeopleForce at ${peopleforce.origin} refused the API key (401). Check PEOPLEFORCE_API_KEY.`,
    );
    for (const result of [badToken, noJira, badKey]) expectNoSecretsOrStacks(result);
  }, 20_000);

  it('refuses to write to a Jira that is not on this machine without --yes, and rejects bad usage with exit 2', async () => {
    const [remote, unknown, misplaced] = await Promise.all([
      cli(['sync'], { JIRA_URL: 'https://example.atlassian.net' }),
      cli(['synch']),
      cli(['status', '--dry-run']),
    ]);
    expect(remote.code).toBe(2);
    expect(remote.stderr).toContain(
      'Refusing to write to Jira at https://example.atlassian.net without confirmation: add --yes',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "synch"');
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toContain('status does not take --dry-run');
  }, 20_000);
});
