import { z } from 'zod';
import { errorMessage } from '../../host/host-errors';
import { storageKeys } from '../../../src/state/keys';
import type { Config } from '../../../src/config/schema';
import { emptyCounts, type RunOutcome, type RunRecord } from '../../../src/config/records';
import { openCliApp, type CliApp } from '../cli-app';
import { EXIT_CODES, type ExitCode } from '../cli-errors';
import type { CommandContext } from '../command-context';
import { readConfigFile } from '../config-file';
import { confirmWrites } from '../confirm-writes';
import { formatFailure, formatRunLine, formatTime, isReturnPathRecord } from '../format/run-line';
import { ActivityWatcher, type Activity } from '../state/activity-watcher';
import { loadStoredConfig, saveConfigAsAdmin } from '../state/stored-config';
import { checkSystems } from '../systems/check-systems';
import { dryRunCommand } from './dry-run-command';
import { warnIfNothingRoutes } from './config-warnings';

/**
 * `sync [--config FILE] [--dry-run] [--yes]`: one invocation of the scheduled poll, then every queue
 * continuation it schedules, until idle. The last stdout line is one JSON object with the run's counts.
 */
export interface SyncOptions {
  configFile: string | null;
  dryRun: boolean;
  yes: boolean;
}

export async function syncCommand(ctx: CommandContext, options: SyncOptions): Promise<ExitCode> {
  const fileConfig = options.configFile === null ? null : await readConfigFile(options.configFile);
  if (options.dryRun) return dryRunCommand(ctx, fileConfig);
  await confirmWrites(ctx, 'jira', options.yes);
  const cli = await openCliApp(ctx, { kvDir: ctx.env.stateDir, claimStateDir: true });
  try {
    const config = await useConfig(ctx, cli, fileConfig, options.configFile);
    warnIfNothingRoutes(ctx, config);
    return await pollAndReport(ctx, cli);
  } finally {
    await cli.close();
  }
}

async function useConfig(ctx: CommandContext, cli: CliApp, fileConfig: Config | null, file: string | null) {
  if (fileConfig === null || file === null) return loadStoredConfig(cli.app.host);
  const saved = await saveConfigAsAdmin(cli.app.host, fileConfig, file);
  ctx.out.line(`Saved the configuration from ${file} (${saved.rules.length} rules).`);
  return saved;
}

async function pollAndReport(ctx: CommandContext, cli: CliApp): Promise<ExitCode> {
  const { app } = cli;
  const watcher = await ActivityWatcher.start(app.host);
  const failure = await app.poll().then(
    () => null,
    (error: unknown) => error,
  );
  const activity = await watcher.next();
  const run = activity.runs.filter((record) => !isReturnPathRecord(record)).at(-1);
  if (failure !== null || run === undefined || run.outcome === 'failed') await checkSystems(app, ctx.env);
  if (failure !== null) {
    ctx.out.line(`The poll failed: ${errorMessage(failure)}`);
    ctx.out.json(summaryOf(null, 'failed'));
    return EXIT_CODES.runFailures;
  }
  if (run === undefined) return reportNoRun(ctx, cli);
  ctx.out.line(formatRunLine(run));
  listFailures(ctx, activity);
  ctx.out.json(summaryOf(run, run.outcome));
  return run.outcome === 'success' && activity.failures.length === 0
    ? EXIT_CODES.done
    : EXIT_CODES.runFailures;
}

function listFailures(ctx: CommandContext, activity: Activity): void {
  if (activity.failures.length === 0) return;
  ctx.out.line(`Tasks that failed (${activity.failures.length}), kept in the error queue and retried later:`);
  for (const failure of activity.failures) ctx.out.line(`  ${formatFailure(failure)}`);
}

const LeaseSchema = z.looseObject({ runId: z.string(), expiresAt: z.number() });

/** The poll records nothing when it does nothing: paused, or another run holds the lock. */
async function reportNoRun(ctx: CommandContext, cli: CliApp): Promise<ExitCode> {
  const lease = LeaseSchema.safeParse(await cli.app.host.kv.get(storageKeys.runLock));
  if (lease.success) {
    const until = formatTime(new Date(lease.data.expiresAt).toISOString());
    ctx.out.line(
      `Another run (${lease.data.runId}) holds the run lock until ${until}; this poll did nothing.`,
    );
    ctx.out.json(summaryOf(null, 'locked'));
    return EXIT_CODES.runFailures;
  }
  if (!(await loadStoredConfig(cli.app.host)).enabled) {
    ctx.out.line('Sync is paused (the configuration says "enabled": false); this poll did nothing.');
    ctx.out.json(summaryOf(null, 'paused'));
    return EXIT_CODES.done;
  }
  ctx.out.line('The poll finished without recording a run.');
  ctx.out.json(summaryOf(null, 'failed'));
  return EXIT_CODES.runFailures;
}

function summaryOf(run: RunRecord | null, outcome: RunOutcome) {
  return {
    runId: run?.runId ?? null,
    outcome,
    ...(run?.counts ?? emptyCounts()),
    durationMs: run?.durationMs ?? 0,
  };
}
