import type { Config } from '../../../src/config/schema';
import type { CommandContext } from '../command-context';

/** A configuration without an enabled sync rule sends nothing to Jira; say so rather than report "0 created". */
export function warnIfNothingRoutes(ctx: CommandContext, config: Config): void {
  const syncing = config.rules.filter((rule) => rule.enabled && rule.action.type === 'sync');
  if (syncing.length > 0) return;
  ctx.out.note(
    'The configuration has no enabled sync rule, so no task goes to Jira. ' +
      'Save one with --config FILE or on the admin page.',
  );
}
