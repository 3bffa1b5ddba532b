import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  DEFAULT_SLACK_WEBHOOK_URL,
  DEFAULT_TELEGRAM_CHAT_ID,
  DEFAULT_TELEGRAM_TOKEN,
} from '../../alert-sims';
import { PROJECT_ROOT } from '../../app/local-app';
import { startAdminServer } from '../../admin-server/start-admin-server';
import { openCliApp, type CliApp } from '../cli-app';
import { EXIT_CODES, type ExitCode } from '../cli-errors';
import type { CommandContext } from '../command-context';
import { confirmWrites } from '../confirm-writes';
import { ActivityReporter } from '../serve/activity-reporter';
import { DemoConsole } from '../serve/demo-console';
import { ServeLoop } from '../serve/serve-loop';
import { ActivityWatcher } from '../state/activity-watcher';

/**
 * `serve` (`npm start`): the app running as it would on a site — on the embedded simulators unless the
 * environment points elsewhere — with the admin page served locally, the scheduled poll every interval, the
 * queue drained as events fall due, and demo commands on stdin. Ctrl-C stops it cleanly.
 */
export interface ServeOptions {
  intervalSeconds: number;
  /** The admin page's port; 0 picks a free one. */
  port: number;
  yes: boolean;
}

const STOP_GRACE_MS = 5_000;
const ADMIN_BUILD_INDEX = path.join(PROJECT_ROOT, 'static', 'admin', 'build', 'index.html');

export async function serveCommand(ctx: CommandContext, options: ServeOptions): Promise<ExitCode> {
  await confirmWrites(ctx, 'jira', options.yes);
  const cli = await openCliApp(ctx, { kvDir: ctx.env.stateDir, claimStateDir: true });
  try {
    const jiraUrl = cli.app.jiraSim?.url ?? ctx.env.jira?.url;
    const admin = await startAdminServer({
      host: cli.app.host,
      port: options.port,
      accountId: cli.adminAccountId,
      ...(jiraUrl === undefined ? {} : { jiraBaseUrl: jiraUrl }),
    });
    try {
      printWhereToLook(ctx, cli, admin.url, options.intervalSeconds);
      await runUntilStopped(ctx, cli, options.intervalSeconds * 1000);
    } finally {
      await admin.close();
    }
  } finally {
    await cli.close();
  }
  ctx.out.line('Stopped.');
  return EXIT_CODES.done;
}

async function runUntilStopped(ctx: CommandContext, cli: CliApp, intervalMs: number): Promise<void> {
  const reporter = new ActivityReporter(await ActivityWatcher.start(cli.app.host), ctx.out);
  const loop = new ServeLoop(cli.app, reporter, ctx.out, intervalMs);
  let stop: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => {
    stop = () => {
      resolve();
    };
  });
  const demo = new DemoConsole(ctx.input, cli.app, loop, reporter, ctx.out, stop);
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  loop.start();
  try {
    await stopped;
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    demo.close();
    await loop.stop(STOP_GRACE_MS);
  }
}

function printWhereToLook(ctx: CommandContext, cli: CliApp, adminUrl: string, intervalSeconds: number): void {
  const { app } = cli;
  ctx.out.line(`Admin page:  ${adminUrl}`);
  if (!existsSync(ADMIN_BUILD_INDEX)) ctx.out.line('             (not built yet: run npm run build:admin)');
  ctx.out.line(`Issue panel: ${adminUrl}issue-panel/?issue=HR-1 (any synced issue key)`);
  ctx.out.line(
    app.peopleforceSim === null
      ? `PeopleForce: ${ctx.env.peopleforce?.url ?? ''}`
      : `PeopleForce: ${app.peopleforceSim.url} (simulator, ${app.peopleforceSim.state.tasks.size} tasks)`,
  );
  ctx.out.line(
    app.jiraSim === null
      ? `Jira:        ${ctx.env.jira?.url ?? ''}`
      : `Jira:        ${app.jiraSim.url}/rest/api/3/search/jql?jql=project%3DHR (simulator)`,
  );
  printAlertSimulators(ctx, cli);
  ctx.out.line(`State:       ${ctx.env.stateDir ?? 'in memory (set LOCAL_STATE_DIR to keep it)'}`);
  if (ctx.env.stateDir !== null && cli.embedded) {
    ctx.out.note(
      'Note: the embedded simulators start empty each time; links stored in LOCAL_STATE_DIR by an earlier ' +
        'process point at issues this Jira simulator does not have.',
    );
  }
  ctx.out.line(`Polling every ${intervalSeconds} s. Type help for the demo commands; Ctrl-C stops.`);
}

/** Where the Alerts tab's channels can point locally; every message they receive is printed here. */
function printAlertSimulators(ctx: CommandContext, cli: CliApp): void {
  const { slackSim, telegramSim } = cli.app;
  if (slackSim === null || telegramSim === null) return;
  ctx.out.line(`Alerts:      Slack webhook ${DEFAULT_SLACK_WEBHOOK_URL} (simulator)`);
  ctx.out.line(
    `             Telegram token ${DEFAULT_TELEGRAM_TOKEN}, chat ${DEFAULT_TELEGRAM_CHAT_ID} (simulator)`,
  );
  const print = (channel: string) => (message: { text: string }) => {
    ctx.out.line(`alert → ${channel}: ${message.text.split('\n').slice(1).join(' | ')}`);
  };
  slackSim.onMessage(print('Slack'));
  telegramSim.onMessage(print('Telegram'));
}
