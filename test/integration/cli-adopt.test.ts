import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { demoConfig } from '../../local/app/demo-config';
import { startJiraSimulator, type JiraSimulator } from '../../local/jira-sim';
import {
  generateCompany,
  startPeopleForceSimulator,
  type PeopleForceSimulator,
} from '../../local/peopleforce-sim';
import { folderContents, lastJsonLine, runCliProcess } from '../../local/cli/testing/cli-child';
import { parseTask, seedGatewayIssue, type GatewayStyle } from '../fixtures/jira/gateway-seed';

/**
 * `adopt` as a separate process, pointed at simulators this test starts and seeds as the gateway leaves Jira,
 * with a custom label and property key.
 */
const JIRA_EMAIL = 'sync-bot@example.com';
const JIRA_API_TOKEN = 'jira-token-5b1e0d7c93';
const style: GatewayStyle = { label: 'hr-gateway', propertyKey: 'gw_state', nested: false };
const company = generateCompany({ seed: 17, tasks: 40, employees: 15 });

let peopleforce: PeopleForceSimulator;
let jira: JiraSimulator;
let workDir: string;
let stateDir: string;
let seeded: number;

beforeAll(async () => {
  peopleforce = await startPeopleForceSimulator({ company });
  jira = await startJiraSimulator({ email: JIRA_EMAIL, apiToken: JIRA_API_TOKEN });
  workDir = await mkdtemp(path.join(os.tmpdir(), 'cli-adopt-'));
  stateDir = path.join(workDir, 'state');
  const open = company.tasks.map(parseTask).filter((task) => !task.completed);
  seeded = open.filter((task) => seedGatewayIssue(jira.control, task, demoConfig(), style) !== null).length;
  await writeFile(path.join(workDir, 'save.json'), JSON.stringify({ config: demoConfig() }));
});

afterAll(async () => {
  await Promise.all([peopleforce.close(), jira.close()]);
  await rm(workDir, { recursive: true, force: true });
});

const cli = (args: string[]) =>
  runCliProcess(args, {
    PEOPLEFORCE_URL: peopleforce.origin,
    PEOPLEFORCE_API_KEY: peopleforce.apiKey,
    JIRA_URL: jira.url,
    JIRA_EMAIL,
    JIRA_API_TOKEN,
    LOCAL_STATE_DIR: stateDir,
  });

describe('npm run cli -- adopt', () => {
  it('rejects a label with a space, naming the flag, with exit 2', async () => {
    const result = await cli(['adopt', '--label', 'hr gateway', '--dry-run']);
    expect(result.code).toBe(2);
    expect(result.stderr + result.stdout).toContain('--label: a Jira label has no spaces');
  }, 20_000);

  it('dry run: prints the counts with links and writes nothing anywhere', async () => {
    expect(seeded).toBeGreaterThan(10);
    const saved = await cli(['invoke', 'saveConfig', path.join(workDir, 'save.json')]);
    expect(saved.code).toBe(0);
    const store = await folderContents(stateDir);
    const writes = jira.control.writeCount();

    const result = await cli(['adopt', '--label', 'hr-gateway', '--property-key', 'gw_state', '--dry-run']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dry run: nothing is written');
    expect(result.stdout).toMatch(new RegExp(`${jira.url}/browse/(HR|IT)-\\d+`));
    expect(lastJsonLine(result)).toMatchObject({ dryRun: true, found: seeded, adopted: seeded });
    expect(jira.control.writeCount()).toBe(writes);
    expect(await folderContents(stateDir)).toEqual(store);
  }, 30_000);

  it('adopts with --yes, then a second run finds them all ours', async () => {
    const first = await cli(['adopt', '--label', 'hr-gateway', '--property-key', 'gw_state', '--yes']);
    expect(first.code).toBe(0);
    expect(lastJsonLine(first)).toMatchObject({ dryRun: false, phase: 'done', adopted: seeded, failed: 0 });
    const second = await cli(['adopt', '--label', 'hr-gateway', '--property-key', 'gw_state', '--yes']);
    expect(lastJsonLine(second)).toMatchObject({ adopted: 0, alreadyOurs: seeded });
    const sync = await cli(['sync', '--yes']);
    expect(lastJsonLine(sync)).toMatchObject({ created: 0, updated: 0 });
  }, 60_000);
});
