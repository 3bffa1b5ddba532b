import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { demoCompany } from '../../local/app/local-app';
import { demoConfig } from '../../local/app/demo-config';
import { startJiraSimulator, type JiraSimulator } from '../../local/jira-sim';
import { startPeopleForceSimulator, type PeopleForceSimulator } from '../../local/peopleforce-sim';
import { lastJsonLine, runCliProcess, startCli } from '../../local/cli/testing/cli-child';

/**
 * A `sync` killed with SIGKILL while it creates issues leaves its run lock and Jira issues whose links were
 * never stored. The next `sync`, in a new process on the same state folder, must finish the work with exactly
 * one issue per task: the orphans found and linked, the rest created, nothing created twice.
 */
let peopleforce: PeopleForceSimulator;
let jira: JiraSimulator;
let workDir: string;

beforeAll(async () => {
  peopleforce = await startPeopleForceSimulator({ company: demoCompany() });
  jira = await startJiraSimulator();
  workDir = await mkdtemp(path.join(os.tmpdir(), 'cli-crash-'));
});

afterAll(async () => {
  await Promise.all([peopleforce.close(), jira.close()]);
  await rm(workDir, { recursive: true, force: true });
});

function issuesPerTask(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const issue of jira.control.issues()) {
    const taskId = (issue.properties['peopleforce-task'] as { taskId?: string } | undefined)?.taskId;
    if (taskId !== undefined) counts.set(taskId, (counts.get(taskId) ?? 0) + 1);
  }
  return counts;
}

it('finishes with exactly one issue per task after a sync killed in the middle', async () => {
  const configFile = path.join(workDir, 'config.json');
  await writeFile(configFile, JSON.stringify(demoConfig()));
  const env = {
    PEOPLEFORCE_URL: peopleforce.origin,
    PEOPLEFORCE_API_KEY: peopleforce.apiKey,
    JIRA_URL: jira.url,
    LOCAL_STATE_DIR: path.join(workDir, 'state'),
  };
  const preview = await runCliProcess(['sync', '--dry-run', '--config', configFile], env);
  const expected = lastJsonLine(preview).created as number;
  expect(expected).toBeGreaterThan(100);

  // Killed from inside the simulator, the moment Jira creates the first issue: the bulk create is done in Jira,
  // but the process never sees the answer, so its links are never stored. That is the crash window to heal.
  const doomed = startCli(['sync', '--config', configFile], env);
  doomed.process.stdin.end();
  const stopListening = jira.control.onIssueEvent((event) => {
    if (event.eventType === 'avi:jira:created:issue') doomed.process.kill('SIGKILL');
  });
  const killed = await doomed.result;
  stopListening();
  expect(killed.signal).toBe('SIGKILL');
  const createdBeforeKill = jira.control.issues().length;
  expect(createdBeforeKill).toBeGreaterThan(0);
  expect(createdBeforeKill).toBeLessThan(expected);

  const resumed = await runCliProcess(['sync'], env);
  expect(resumed.code).toBe(0);
  expect(resumed.stderr).toMatch(/Released the run lock of run-\S+, left by a command that was stopped\./);
  // The orphans of the killed run are found and linked, never created a second time.
  expect(lastJsonLine(resumed)).toMatchObject({
    outcome: 'success',
    created: expected - createdBeforeKill,
    failed: 0,
  });
  const perTask = issuesPerTask();
  expect(perTask.size).toBe(expected);
  expect([...perTask.entries()].filter(([, count]) => count !== 1)).toEqual([]);
  expect(jira.control.issues()).toHaveLength(expected);
}, 60_000);
