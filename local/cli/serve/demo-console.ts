import { errorMessage } from '../../host/host-errors';
import { createInterface, type Interface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalApp } from '../../app/local-app';
import { DEFAULT_SEED_IDS } from '../../jira-sim';
import type { CliOutput } from '../output';
import { formatStatus } from '../format/status-lines';
import { readStatusSnapshot } from '../state/status-snapshot';
import { probeFetch } from '../systems/probe-fetch';
import type { ActivityReporter } from './activity-reporter';
import { DEMO_HELP, parseDemoCommand, type DemoCommand } from './demo-command';
import { moveIssueAsUser } from './jira-user';
import type { ServeLoop } from './serve-loop';

/**
 * The typed demo commands of `serve`: a person's changes in the simulators, which the app then answers (a Jira
 * transition raises a product event; a PeopleForce change waits for the next poll), plus poll, status, help.
 */
const RETURN_PATH_WAIT_MS = 5_000;
const STATUS_RUNS = 5;

export class DemoConsole {
  private readonly lines: Interface;
  private work: Promise<void> = Promise.resolve();

  constructor(
    input: NodeJS.ReadableStream,
    private readonly app: LocalApp,
    private readonly loop: ServeLoop,
    private readonly reporter: ActivityReporter,
    private readonly out: CliOutput,
    private readonly onQuit: () => void,
  ) {
    this.lines = createInterface({ input, terminal: false });
    this.lines.on('line', (line) => {
      this.work = this.work.then(() => this.run(parseDemoCommand(line)));
    });
  }

  close(): void {
    this.lines.close();
  }

  private async run(command: DemoCommand): Promise<void> {
    try {
      await this.execute(command);
    } catch (error) {
      this.out.line(errorMessage(error));
    }
  }

  private async execute(command: DemoCommand): Promise<void> {
    switch (command.kind) {
      case 'empty':
        return;
      case 'invalid':
        this.out.line(command.message);
        return;
      case 'help':
        for (const line of DEMO_HELP) this.out.line(line);
        return;
      case 'quit':
        this.onQuit();
        return;
      case 'poll':
        await this.loop.pollNow();
        return;
      case 'status':
        for (const line of formatStatus(await readStatusSnapshot(this.app.host), STATUS_RUNS))
          this.out.line(line);
        return;
      case 'done':
      case 'reopen':
        await this.moveIssue(command.issueKey, command.kind === 'done');
        return;
      default:
        this.changeTask(command);
    }
  }

  private async moveIssue(issueKey: string, toDone: boolean): Promise<void> {
    const jiraSim = this.app.jiraSim;
    if (jiraSim === null)
      throw new Error('done and reopen act in the embedded Jira simulator; JIRA_URL is set.');
    const user = { jiraUrl: jiraSim.url, accountId: DEFAULT_SEED_IDS.hrManagerAccountId, send: probeFetch };
    const status = await moveIssueAsUser(user, issueKey, toDone);
    this.out.line(`${issueKey} moved to ${status} by a Jira user.`);
    const deadline = Date.now() + RETURN_PATH_WAIT_MS;
    while (Date.now() < deadline) {
      if ((await this.reporter.report()).includes(issueKey)) return;
      await sleep(100);
    }
    this.out.line(`No PeopleForce change for ${issueKey} (not linked to a task, or already in step).`);
  }

  private changeTask(command: Extract<DemoCommand, { kind: 'complete' | 'reopen-task' | 'rename' }>): void {
    const peopleforceSim = this.app.peopleforceSim;
    if (peopleforceSim === null) {
      throw new Error(
        'complete, reopen-task and rename act in the embedded PeopleForce simulator; PEOPLEFORCE_URL is set.',
      );
    }
    const { control } = peopleforceSim;
    if (command.kind === 'rename') control.updateTask(command.taskId, { title: command.title });
    else if (command.kind === 'complete') control.completeTask(command.taskId);
    else control.reopenTask(command.taskId);
    const issue = this.app.jiraSim?.control.issueByProperty(String(command.taskId));
    const change = { complete: 'completed', 'reopen-task': 'reopened', rename: 'renamed' }[command.kind];
    const follows = issue === undefined ? 'it has no issue yet' : `the next poll updates ${issue.key}`;
    this.out.line(`PeopleForce task ${command.taskId} ${change}; ${follows} (type poll to run it now).`);
  }
}
