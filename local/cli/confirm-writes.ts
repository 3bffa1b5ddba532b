import { createInterface } from 'node:readline';
import type { CommandContext } from './command-context';
import { UsageError } from './cli-errors';
import { isLocalUrl } from './environment';

/**
 * Against a real system the command line writes only when a person said so: a question at a terminal, `--yes`
 * anywhere else. Simulators and other servers on this machine need neither.
 */
export type WriteTarget = 'jira' | 'peopleforce';

export async function confirmWrites(ctx: CommandContext, target: WriteTarget, yes: boolean): Promise<void> {
  const url = target === 'jira' ? ctx.env.jira?.url : ctx.env.peopleforce?.url;
  if (url === undefined || isLocalUrl(url) || yes) return;
  const system = target === 'jira' ? 'Jira' : 'PeopleForce';
  if (!ctx.interactive) {
    throw new UsageError(
      `Refusing to write to ${system} at ${url} without confirmation: add --yes` +
        (target === 'jira' ? ' (or use sync --dry-run to only preview).' : '.'),
    );
  }
  const changes = target === 'jira' ? 'creates, edits and transitions issues' : 'completes and reopens tasks';
  ctx.out.note(`This ${changes} in ${system} at ${url}. Continue? Type "yes":`);
  const answer = await readOneLine(ctx.input);
  if (!/^y(es)?$/i.test(answer.trim()))
    throw new UsageError('Stopped before writing anything: not confirmed.');
}

function readOneLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const lines = createInterface({ input, terminal: false });
    let answered = false;
    lines.once('line', (line) => {
      answered = true;
      lines.close();
      resolve(line);
    });
    lines.once('close', () => {
      if (!answered) resolve('');
    });
  });
}
