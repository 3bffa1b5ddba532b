import path from 'node:path';
import { PROJECT_ROOT } from '../../app/local-app';
import { createLocalHost } from '../../host/local-host';
import { EXIT_CODES, type ExitCode } from '../cli-errors';
import type { CommandContext } from '../command-context';
import { formatStatus } from '../format/status-lines';
import { readStatusSnapshot } from '../state/status-snapshot';

/**
 * `status [--runs N] [--json]`: the stored run history and error queue, read from the state folder alone: no
 * simulator, no PeopleForce, no Jira is needed, and nothing is written.
 */
export interface StatusOptions {
  runs: number;
  json: boolean;
}

export async function statusCommand(ctx: CommandContext, options: StatusOptions): Promise<ExitCode> {
  const stateDir = ctx.env.stateDir;
  const host = createLocalHost({
    manifestPath: path.join(PROJECT_ROOT, 'manifest.yml'),
    kv: stateDir === null ? {} : { dir: stateDir },
  }).activate();
  try {
    const status = await readStatusSnapshot(host);
    if (options.json) {
      ctx.out.json(status);
      return EXIT_CODES.done;
    }
    ctx.out.line(
      stateDir === null
        ? 'State: in memory, so empty (set LOCAL_STATE_DIR to keep state between commands)'
        : `State: ${stateDir}`,
    );
    for (const line of formatStatus(status, options.runs)) ctx.out.line(line);
    return EXIT_CODES.done;
  } finally {
    await host.close();
  }
}
