import { z } from 'zod';
import { ADMIN_FUNCTION, POLL_TRIGGER } from '../../app/local-app';
import type { LocalHost } from '../../host/local-host';
import { AdoptionRequestSchema, AdoptionStatusSchema, envelopeSchema } from '../../../src/config/admin-api';
import type { AdoptionReport } from '../../../src/config/records';
import { createForgeSyncDeps } from '../../../src/platform/forge-sync-deps';
import { newAdoptionRunId, runAdoption } from '../../../src/sync/adopt-issues';
import { openCliApp, type CliApp } from '../cli-app';
import { EXIT_CODES, UsageError, type ExitCode } from '../cli-errors';
import type { CommandContext } from '../command-context';
import { confirmWrites } from '../confirm-writes';
import { formatAdoption } from '../format/adoption-lines';
import { functionBehind } from '../manifest-functions';
import { sandboxStateDir } from '../state/state-sandbox';

/**
 * `adopt [--label L] [--property-key K] [--dry-run] [--yes]`: adopts the issues a previous integration left in
 * Jira, as the admin page does (the resolver, then the queue consumer). The dry run runs in the poll's
 * invocation on a private copy of the state folder and writes nothing anywhere. The last stdout line is one
 * JSON object with the counts.
 */
export interface AdoptOptions {
  label: string | undefined;
  propertyKey: string | undefined;
  dryRun: boolean;
  yes: boolean;
}

const DRY_RUN_MAX_WAIT_MS = 60_000;
const StartAnswerSchema = envelopeSchema(z.unknown());
const StatusAnswerSchema = envelopeSchema(AdoptionStatusSchema);

export async function adoptCommand(ctx: CommandContext, options: AdoptOptions): Promise<ExitCode> {
  const request = readRequest(options);
  if (request.dryRun) return dryRun(ctx, request);
  await confirmWrites(ctx, 'jira', options.yes);
  const cli = await openCliApp(ctx, { kvDir: ctx.env.stateDir, claimStateDir: true });
  try {
    const report = await adoptThroughResolver(cli, request);
    return printReport(ctx, cli, report);
  } finally {
    await cli.close();
  }
}

function readRequest(options: AdoptOptions) {
  const parsed = AdoptionRequestSchema.safeParse({
    label: options.label,
    propertyKey: options.propertyKey,
    dryRun: options.dryRun,
  });
  if (parsed.success) return parsed.data;
  const flag = (path: string) => (path === 'propertyKey' ? '--property-key' : `--${path}`);
  const [first] = parsed.error.issues;
  throw new UsageError(`${flag(String(first?.path[0] ?? 'label'))}: ${first?.message ?? 'not valid'}.`);
}

async function dryRun(
  ctx: CommandContext,
  request: z.infer<typeof AdoptionRequestSchema>,
): Promise<ExitCode> {
  const sandbox = await sandboxStateDir(ctx.env.stateDir);
  try {
    const cli = await openCliApp(ctx, { kvDir: sandbox.dir, claimStateDir: false });
    try {
      ctx.out.line('Dry run: nothing is written to Jira, PeopleForce or the stored state.');
      const report = await dryRunInHost(cli.app.host, request);
      return printReport(ctx, cli, report);
    } finally {
      await cli.close();
    }
  } finally {
    await sandbox.dispose();
  }
}

function dryRunInHost(host: LocalHost, request: z.infer<typeof AdoptionRequestSchema>) {
  return host.runAs(functionBehind(host, 'scheduledTrigger', POLL_TRIGGER), () =>
    runAdoption(createForgeSyncDeps({ maxWaitMs: DRY_RUN_MAX_WAIT_MS }), {
      ...request,
      runId: newAdoptionRunId(new Date()),
    }),
  );
}

async function adoptThroughResolver(
  cli: CliApp,
  request: z.infer<typeof AdoptionRequestSchema>,
): Promise<AdoptionReport> {
  const { host } = cli.app;
  const caller = { accountId: cli.adminAccountId };
  const started = StartAnswerSchema.parse(
    await host.invokeResolver(ADMIN_FUNCTION, 'adoptIssues', request, caller),
  );
  if (!started.ok) throw new Error(`The adoption did not start: ${started.error.message}`);
  await cli.app.drainQueue();
  const status = StatusAnswerSchema.parse(
    await host.invokeResolver(ADMIN_FUNCTION, 'getAdoption', {}, caller),
  );
  if (!status.ok) throw new Error(`The adoption's report could not be read: ${status.error.message}`);
  if (status.data.report === null) throw new Error('The adoption finished without a report.');
  return status.data.report;
}

function printReport(ctx: CommandContext, cli: CliApp, report: AdoptionReport): ExitCode {
  const jiraUrl = ctx.env.jira?.url ?? cli.app.jiraSim?.url ?? null;
  for (const line of formatAdoption(report, jiraUrl)) ctx.out.line(line);
  ctx.out.json({ runId: report.runId, dryRun: report.dryRun, phase: report.phase, ...report.counts });
  return report.phase === 'done' && report.counts.failed === 0 ? EXIT_CODES.done : EXIT_CODES.runFailures;
}
