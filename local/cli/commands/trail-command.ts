import path from 'node:path';
import { PROJECT_ROOT } from '../../app/local-app';
import { createLocalHost } from '../../host/local-host';
import { searchTasks } from '../../../src/admin/task-search';
import { EXIT_CODES, UsageError, type ExitCode } from '../cli-errors';
import type { CommandContext } from '../command-context';
import { formatTrail } from '../format/trail-lines';
import { withAppKv } from '../state/app-kv';

/**
 * `trail TASK_ID|ISSUE_KEY [--json]`: everything the app did to one task, read from the state folder alone
 * (no simulator, PeopleForce or Jira is needed, and nothing is written), through the admin page's own search.
 */
export interface TrailOptions {
  target: string;
  json: boolean;
}

export async function trailCommand(ctx: CommandContext, options: TrailOptions): Promise<ExitCode> {
  const target = options.target.trim();
  if (!/^\d+$/.test(target) && !/^[A-Za-z][A-Za-z0-9_]*-\d+$/.test(target)) {
    throw new UsageError(`"${target}" is neither a task id (digits) nor an issue key (like HR-12).`);
  }
  const host = createLocalHost({
    manifestPath: path.join(PROJECT_ROOT, 'manifest.yml'),
    kv: ctx.env.stateDir === null ? {} : { dir: ctx.env.stateDir },
  }).activate();
  try {
    const { matches } = await withAppKv(host, (kv) => searchTasks({ kv }, target));
    if (options.json) ctx.out.json(matches);
    else for (const match of matches) for (const line of formatTrail(match)) ctx.out.line(line);
    if (matches.length > 0) return EXIT_CODES.done;
    if (!options.json) {
      const where = ctx.env.stateDir === null ? ' (set LOCAL_STATE_DIR to read stored state)' : '';
      ctx.out.line(`No record of ${target}: it was never synced and never failed${where}.`);
    }
    return EXIT_CODES.runFailures;
  } finally {
    await host.close();
  }
}
