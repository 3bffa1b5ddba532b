import { POLL_TRIGGER } from '../../app/local-app';
import type { LocalHost } from '../../host/local-host';
import type { Config } from '../../../src/config/schema';
import { createForgeSyncDeps } from '../../../src/platform/forge-sync-deps';
import { previewSync } from '../../../src/sync/preview-sync';
import { openCliApp } from '../cli-app';
import { EXIT_CODES, type ExitCode } from '../cli-errors';
import type { CommandContext } from '../command-context';
import { formatPreview } from '../format/preview-lines';
import { functionBehind } from '../manifest-functions';
import { sandboxStateDir } from '../state/state-sandbox';
import { loadStoredConfig } from '../state/stored-config';
import { warnIfNothingRoutes } from './config-warnings';

/**
 * `sync --dry-run`: the poll's listing, routing and planning, run by `previewSync` inside the poll function's
 * invocation (the real SDK packages, the egress rules), on a private copy of the state folder. Nothing is
 * written to Jira, PeopleForce or the stored state. A configuration file given with it is used, not saved.
 */
const PREVIEW_MAX_WAIT_MS = 60_000;

export async function dryRunCommand(ctx: CommandContext, fileConfig: Config | null): Promise<ExitCode> {
  const sandbox = await sandboxStateDir(ctx.env.stateDir);
  try {
    const cli = await openCliApp(ctx, { kvDir: sandbox.dir, claimStateDir: false });
    try {
      const config = fileConfig ?? (await loadStoredConfig(cli.app.host));
      warnIfNothingRoutes(ctx, config);
      ctx.out.line('Dry run: nothing is written to Jira, PeopleForce or the stored state.');
      const preview = await previewInHost(cli.app.host, config);
      for (const line of formatPreview(preview)) ctx.out.line(line);
      ctx.out.json({
        runId: null,
        outcome: 'preview',
        ...preview.totals,
        unmatchedUsers: preview.unmatchedUsers.length,
      });
      return preview.problems.length > 0 ? EXIT_CODES.runFailures : EXIT_CODES.done;
    } finally {
      await cli.close();
    }
  } finally {
    await sandbox.dispose();
  }
}

function previewInHost(host: LocalHost, config: Config) {
  return host.runAs(functionBehind(host, 'scheduledTrigger', POLL_TRIGGER), () =>
    previewSync(createForgeSyncDeps({ maxWaitMs: PREVIEW_MAX_WAIT_MS }), config),
  );
}
