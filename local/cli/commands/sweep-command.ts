import { errorMessage } from '../../host/host-errors';
import { openCliApp } from '../cli-app';
import { EXIT_CODES, type ExitCode } from '../cli-errors';
import type { CommandContext } from '../command-context';
import { confirmWrites } from '../confirm-writes';
import { formatAction, formatFailure } from '../format/run-line';
import { ActivityWatcher } from '../state/activity-watcher';
import { checkSystems } from '../systems/check-systems';

/**
 * `sweep`: one invocation of the hourly missed-event sweep (Jira status changes whose events never arrived),
 * then any queue work it schedules. Prints each task it completed or reopened in PeopleForce.
 */
export async function sweepCommand(ctx: CommandContext, yes: boolean): Promise<ExitCode> {
  await confirmWrites(ctx, 'peopleforce', yes);
  const cli = await openCliApp(ctx, { kvDir: ctx.env.stateDir, claimStateDir: true });
  try {
    const { app } = cli;
    const watcher = await ActivityWatcher.start(app.host);
    const failure = await app.sweep().then(
      () => null,
      (error: unknown) => error,
    );
    if (failure !== null) await checkSystems(app, ctx.env);
    const activity = await watcher.next();
    if (failure !== null) {
      ctx.out.line(`The sweep failed: ${errorMessage(failure)}`);
    }
    for (const action of activity.actions) ctx.out.line(formatAction(action));
    for (const failed of activity.failures) ctx.out.line(`Failed: ${formatFailure(failed)}`);
    if (failure === null && activity.actions.length === 0) {
      ctx.out.line('Sweep: every linked issue and its task agree; nothing to put right.');
    }
    const count = (kind: string) => activity.actions.filter((action) => action.action === kind).length;
    ctx.out.json({
      completed: count('completed'),
      reopened: count('reopened'),
      taskMissing: count('taskMissing'),
      failed: activity.failures.length + (failure === null ? 0 : 1),
    });
    return failure === null && activity.failures.length === 0 ? EXIT_CODES.done : EXIT_CODES.runFailures;
  } finally {
    await cli.close();
  }
}
