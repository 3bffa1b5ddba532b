import { z } from 'zod';
import { ISSUE_TRIGGER } from '../../app/local-app';
import { errorMessage, HostConfigurationError } from '../../host/host-errors';
import { openCliApp } from '../cli-app';
import { EXIT_CODES, UsageError, type ExitCode } from '../cli-errors';
import type { CommandContext } from '../command-context';
import { formatAction, formatFailure } from '../format/run-line';
import { confirmWrites } from '../confirm-writes';
import { readJsonFile } from '../json-file';
import { ActivityWatcher } from '../state/activity-watcher';
import { checkSystems } from '../systems/check-systems';

/**
 * `event FILE`: delivers a Jira product event, as Forge would, to the function behind the manifest's issue
 * trigger, then runs any queue work it schedules. Prints what went back to PeopleForce.
 */
const ProductEventSchema = z.looseObject({
  eventType: z.string().min(1, 'names the event, e.g. avi:jira:updated:issue'),
  issue: z.looseObject({ id: z.string().min(1, 'is the issue id Jira sent'), key: z.string().optional() }),
});

export async function eventCommand(ctx: CommandContext, file: string, yes: boolean): Promise<ExitCode> {
  const event = await readEvent(file);
  await confirmWrites(ctx, 'peopleforce', yes);
  const cli = await openCliApp(ctx, { kvDir: ctx.env.stateDir, claimStateDir: true });
  try {
    const { app } = cli;
    const watcher = await ActivityWatcher.start(app.host);
    const failure = await app.host.deliverProductEvent(ISSUE_TRIGGER, event).then(
      () => null,
      (error: unknown) => error,
    );
    if (failure instanceof HostConfigurationError) throw new UsageError(failure.message);
    await app.drainQueue();
    if (failure !== null) await checkSystems(app, ctx.env);
    const activity = await watcher.next();
    const issue = event.issue.key ?? event.issue.id;
    if (failure !== null) {
      ctx.out.line(`The trigger failed on ${event.eventType} for ${issue}: ${errorMessage(failure)}`);
    }
    for (const action of activity.actions) ctx.out.line(formatAction(action));
    for (const failed of activity.failures) ctx.out.line(`Failed: ${formatFailure(failed)}`);
    if (failure === null && activity.actions.length === 0 && activity.failures.length === 0) {
      ctx.out.line(
        `${event.eventType} for ${issue}: no PeopleForce change (not linked, or already in step).`,
      );
    }
    ctx.out.json({
      eventType: event.eventType,
      issueId: event.issue.id,
      actions: activity.actions,
      failed: activity.failures.length + (failure === null ? 0 : 1),
    });
    return failure === null && activity.failures.length === 0 ? EXIT_CODES.done : EXIT_CODES.runFailures;
  } finally {
    await cli.close();
  }
}

async function readEvent(file: string) {
  const parsed = ProductEventSchema.safeParse(await readJsonFile(file, 'event'));
  if (parsed.success) return parsed.data;
  throw new UsageError(
    `The event file ${file} is not a Jira product event:`,
    parsed.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`),
  );
}
